"""Browser tests: Debian's Chromium, driven by Playwright's sync API, against the live server.

Every test here is marked ``browser``; run them alone with ``pytest -m browser``. They need
/usr/bin/chromium (``make test`` installs it) and the collected static files (``collectstatic``).
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

# Playwright's sync API runs an event loop in this thread; Django then refuses database calls
# from "an async context" although the test itself is synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    """Mark every test of this folder as a browser test."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def _served_as_in_production(app):
    """No test static handler: WhiteNoise serves the collected (hashed) files, as in production."""
    return app


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, but static files come from STATIC_ROOT through WhiteNoise.

    pytest-django's own serves them from the finders, which do not know the hashed names that
    the manifest storage puts in the pages: the pages would be tested without their stylesheets.
    """
    from django.conf import settings
    from pytest_django.live_server_helper import LiveServer

    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if not manifest.exists():
        pytest.fail(f"{manifest} is missing: run `manage.py collectstatic` first (make test does).")
    # The server speaks plain HTTP. Its middleware reads these settings once, when the server
    # thread starts: a per-test override would come too late.
    plain_http = override_settings(
        SECURE_SSL_REDIRECT=False,
        SECURE_HSTS_SECONDS=0,
        SESSION_COOKIE_SECURE=False,
        CSRF_COOKIE_SECURE=False,
    )
    plain_http.enable()
    addr = request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS")
    server = LiveServer(addr or "localhost", start=False)
    server.thread.static_handler = _served_as_in_production
    server.start()
    yield server
    server.stop()
    plain_http.disable()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `apt-get install chromium` (make test does it).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab (no cookies), as wide as a laptop screen."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


# The demo data is loaded once per test module, committed, and shared by the module's tests, which
# only read it (a browser's log-in writes a session row and last_login: nothing a page shows).
# A test that writes must not use ``demo_report``: it takes ``transactional_db`` and loads what it
# needs itself (see test_staff_walkthrough.py); its database is emptied after it, as usual.
SUPERUSER = {"username": "admin", "password": "a-long-test-password"}


@pytest.fixture(scope="module")
def _demo_site(django_db_setup, django_db_blocker):
    """The 2016 demo report (every app's demo data, published) and a superuser, for one module.

    Emptied again at the end of the module (the same flush as after a ``transactional_db`` test).
    """
    from django.contrib.auth import get_user_model

    with django_db_blocker.unblock():
        call_command("load_demo_data", verbosity=0)
        get_user_model().objects.create_superuser(email="admin@example.com", **SUPERUSER)
    yield
    with django_db_blocker.unblock():
        call_command("flush", verbosity=0, interactive=False)


@pytest.fixture
def demo_report(_demo_site, django_db_blocker):
    """The whole 2016 demo report, published, as `make run` shows it (shared within the module:
    read it, do not write it). The test and the live server may use the database meanwhile."""
    with django_db_blocker.unblock():
        from chancellery.models import AnnualReport

        # A test of this module that took ``transactional_db`` would have emptied the database.
        assert AnnualReport.objects.published().filter(year=2016).exists(), (
            "The shared demo data is gone: a test of this module wrote to the database "
            "(transactional_db); move it to a module of its own."
        )
        yield


@pytest.fixture
def superuser(demo_report):
    """The username and password of the demo site's superuser."""
    return SUPERUSER


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """pytest-django's own helper, except for tests on the shared demo data (``demo_report``).

    Its version gives every live-server test ``transactional_db``, which empties the database
    after the test: the module's shared data would be gone for the next test.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    if "demo_report" not in request.fixturenames:
        request.getfixturevalue("transactional_db")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()
