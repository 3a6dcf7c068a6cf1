"""What several browser tests share: axe's verdict on a page, logging in through the real form."""

from axe_playwright_python.sync_playwright import Axe
from django.utils import translation

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[str]:
    """The WCAG 2.1 A/AA violations axe finds on the page, one readable line per failing node."""
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at {node['target']}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]


def admin_log_in(
    page, base_url: str, username: str, password: str, *, language: str = "nl"
) -> None:
    """Log in through the admin's login form, as a person would: fields found by their labels.

    The browser asks for ``language`` (its context's locale), so the labels are looked up in it.
    """
    from django.contrib.auth import get_user_model

    with translation.override(language):
        username_label = str(get_user_model()._meta.get_field("username").verbose_name)
        password_label = translation.gettext("Password")
        log_in = translation.gettext("Log in")
    page.goto(base_url + "/admin/login/")
    page.get_by_label(username_label, exact=False).fill(username)
    page.get_by_label(password_label, exact=False).fill(password)
    page.get_by_role("button", name=log_in).click()
    page.wait_for_url("**/admin/")
