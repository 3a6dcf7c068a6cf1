"""The translations page of the dashboard (#19), as an editor's browser shows it: WCAG 2.1 AA."""

from tests.browser.helpers import admin_log_in, axe_violations


def test_the_translations_page_passes_axe(page, live_server, superuser):
    admin_log_in(page, live_server.url, superuser["username"], superuser["password"])

    page.goto(live_server.url + "/nl/dashboard/2016/translations/")

    assert page.get_by_role("heading", level=1).inner_text() == "Vertalingen 2016"
    assert axe_violations(page) == []
