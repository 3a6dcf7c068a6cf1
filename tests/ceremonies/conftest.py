import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache

from chancellery import demo as core_demo
from chancellery import freeze
from chancellery.registry import registry


@pytest.fixture(autouse=True)
def empty_cache():
    """No cached report pages between tests (the demo loader's bulk writes send no signal)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def only_our_sections(monkeypatch):
    """The report with only the core's and the ceremonies' sections: other apps are in flux."""
    monkeypatch.setattr(
        registry,
        "_sections",
        {key: build for key, build in registry._sections.items() if key in ("ict", "ceremonies")},
    )


@pytest.fixture
def demo_2016(db, only_our_sections):
    """The published 2016 report with the ceremonies' demo data."""
    from ceremonies import demo

    with freeze.lifted():
        core_demo.load()
        demo.load()
    core_demo.publish()


@pytest.fixture
def protocol_user(django_user_model):
    """A staff member with the guest permissions (the protocol role)."""
    user = django_user_model.objects.create_user(
        username="protocol", password="a-long-test-password", is_staff=True
    )
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="ceremonies",
            codename__in=["view_guest", "change_guest", "add_guest"],
        )
    )
    return user
