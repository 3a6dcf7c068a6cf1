"""Browser tests: Debian's Chromium, driven by Playwright's sync API, against pytest-django's live server.

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


@pytest.fixture
def demo_report(transactional_db):
    """The whole 2016 demo report (every app's demo data), published, as `make run` shows it."""
    call_command("load_demo_data", verbosity=0)
