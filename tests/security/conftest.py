import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.security.oidc_support import oidc, oidc_provider_url  # noqa: F401 (fixtures)


@pytest.fixture
def staff(django_user_model):
    """A superuser (every page is open to them once past the second factor)."""
    return django_user_model.objects.create_superuser(
        username="chief", password="a-long-test-password", email=""
    )


@pytest.fixture
def authenticator(staff):
    """A confirmed authenticator app of ``staff``."""
    return TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
