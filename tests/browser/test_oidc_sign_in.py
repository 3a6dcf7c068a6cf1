"""A staff member signs in through the identity provider in Chromium (issue 21): the login page's
button, the provider's own sign-in page (a real provider in its own process, see
tests/security/oidc_provider.py), back to the admin without a TOTP code, since the provider
reports a second factor; then out again, through the provider's end of session.

This test writes (the account): it takes ``transactional_db`` through the live server.
"""

import pytest
from django.contrib.auth import get_user_model

from tests.security.oidc_support import oidc, oidc_provider_url  # noqa: F401 (fixtures)


@pytest.mark.otp
def test_a_staff_member_signs_in_through_the_provider_in_the_browser(page, live_server, request):
    provider = request.getfixturevalue("oidc")
    provider.user("sofie", "editor", given_name="Sofie", family_name="Claes", amr=["pwd", "otp"])

    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.get_by_role("link", name="Aanmelden met FAS").click()
    page.wait_for_url(f"{provider.url}/oauth2/authorize?*")
    page.locator('input[name="sub"]').fill("sofie")
    page.get_by_role("button", name="Authorize", exact=True).click()
    page.wait_for_url(f"{live_server.url}/admin/")

    assert page.locator("#user-tools strong").text_content() == "Sofie"
    assert get_user_model().objects.get(username="oidc-sofie").groups.get().name == "editor"

    page.get_by_role("button", name="Afmelden").click()  # ends the provider's session too
    page.wait_for_url(f"{provider.url}/oauth2/end_session?*")
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(f"{live_server.url}/admin/login/")
    assert page.get_by_role("link", name="Aanmelden met FAS").is_visible()
