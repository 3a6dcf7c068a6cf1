import pytest


@pytest.fixture
def staff_user(django_user_model):
    """A logged-in-able staff member without any particular permission."""
    return django_user_model.objects.create_user(
        username="staff", password="a-long-test-password", is_staff=True
    )
