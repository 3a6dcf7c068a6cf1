import pytest


@pytest.fixture
def staff_user(django_user_model):
    """A logged-in-able staff member without any particular permission."""
    return django_user_model.objects.create_user(
        username="staff", password="a-long-test-password", is_staff=True
    )


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache and nothing kept of earlier tests' editions."""
    from django.core.cache import cache

    from chancellery import serving

    cache.clear()
    serving.forget()
    yield
    cache.clear()
    serving.forget()


@pytest.fixture(autouse=True)
def _editions_asked_every_time(settings):
    """A test's writes are never committed, so never notified: the processes must not keep which
    file answers a URL (chancellery/serving.py), except in the tests that commit and say so."""
    settings.EDITION_LISTEN = False


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """A task runs when it is enqueued (there is no worker in the tests): publishing renders."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def _plain_http(settings):
    """The test client and live server speak plain HTTP; production settings are tested apart."""
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /fr/ leaves French active in the test thread: start every test in Dutch."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _second_factor(request, settings):
    """Tests log in with force_login and expect the admin: the second factor is required only in
    tests marked ``otp``, which exercise it for real."""
    if request.node.get_closest_marker("otp") is None:
        settings.OTP_REQUIRED = False


@pytest.fixture(autouse=True)
def _login_throttling(request, settings):
    """django-axes counts failed logins only in tests marked ``axes``."""
    if request.node.get_closest_marker("axes") is None:
        settings.AXES_ENABLED = False
