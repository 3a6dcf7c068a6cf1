"""WCAG 2.1 A/AA as axe-core checks it, in a real browser, on the public pages and the login page.

axe-core comes from the axe-playwright-python package (its bundled axe.min.js): nothing is fetched.
To check another page, add its path to PAGES (and, if it needs a logged-in user, see STAFF_PAGES).
"""

import pytest

from tests.browser.helpers import admin_log_in, axe_violations

PAGES = [
    "/nl/reports/2016/",
    "/fr/reports/2016/",
    "/de/reports/2016/",
    "/en/reports/2016/",
    "/nl/",
    "/nl/reports/",
    "/fr/reports/",
    "/nl/reports/1999/",  # the 404 page
    "/fr/no-such-page/",  # the 404 page, in French
    "/admin/login/",
]
NOT_FOUND = {"/nl/reports/1999/", "/fr/no-such-page/"}


# Pages only staff see, checked logged in as a superuser: a path, or a function of nothing that
# returns one (for a path with a record's id in it).
def first_ceremony_checkin() -> str:
    from ceremonies.models import Ceremony

    return f"/nl/checkin/{Ceremony.objects.order_by('date').first().pk}/"


STAFF_PAGES = [
    "/admin/",
    "/nl/dashboard/",
    "/fr/dashboard/",
    "/nl/checkin/",
    first_ceremony_checkin,
    "/nl/reports/2016/",  # as staff see it (a logged-in user bypasses the cache)
]


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_wcag_violation(page, live_server, demo_report, path):
    response = page.goto(live_server.url + path)

    assert response.status == (404 if path in NOT_FOUND else 200)

    assert axe_violations(page) == []


@pytest.mark.parametrize("path", STAFF_PAGES, ids=lambda p: p if isinstance(p, str) else p.__name__)
def test_staff_page_has_no_wcag_violation(page, live_server, demo_report, superuser, path):
    admin_log_in(page, live_server.url, superuser["username"], superuser["password"])
    response = page.goto(live_server.url + (path if isinstance(path, str) else path()))

    assert response.status == 200

    assert axe_violations(page) == []


def test_axe_reports_a_known_violation(page):
    """The harness itself: axe runs and reports (an image without alt, a field without label)."""
    page.set_content('<html lang="en"><title>t</title><main><img src="x.png"><input></main></html>')

    found = axe_violations(page)

    assert any(line.startswith("image-alt") for line in found)
    assert any(line.startswith("label") for line in found)


def test_pages_are_tested_with_their_stylesheets(page, live_server, demo_report):
    """Otherwise axe would judge unstyled pages (contrast, focus, reflow would mean nothing)."""
    page.goto(live_server.url + "/nl/reports/2016/")

    assert page.evaluate("() => document.styleSheets[0].cssRules.length") > 10
    position = "() => getComputedStyle(document.querySelector('.skip-link')).position"
    assert page.evaluate(position) == "absolute"
