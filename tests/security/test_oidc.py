"""Staff sign in through the organisation's OpenID Connect provider: a real one, in its own process
on the loopback (tests/security/oidc_provider.py), over the whole flow (oidc_support.py)."""

import time

import pytest
import requests
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django_otp.plugins.otp_totp.models import TOTPDevice

from chancellery.security.oidc import checked_role_map
from tests.security.oidc_support import CLIENT_ID, claims_of, query_of

User = get_user_model()


def _signed_in_as(client) -> str | None:
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id).username if user_id else None


def test_a_member_signs_in_through_the_provider_with_the_role_of_the_claim(client, oidc):
    sub = oidc.user("ann", "hr", given_name="Ann", family_name="Peeters")

    response = oidc.sign_in(client, sub, next_url="/admin/hr/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/hr/"
    user = User.objects.get(username="oidc-ann")
    assert (user.first_name, user.last_name, user.email) == (
        "Ann",
        "Peeters",
        "ann@chancellery.test",
    )
    assert list(user.groups.values_list("name", flat=True)) == ["hr"]
    assert user.is_staff and not user.is_superuser and not user.has_usable_password()
    assert client.get("/admin/hr/").status_code == 200
    assert client.get("/admin/meetings/").status_code == 404  # not this role's app


def test_the_authorization_request_carries_pkce_a_state_and_a_nonce(client, oidc):
    query = query_of(oidc.start(client))

    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43
    assert len(query["state"]) >= 32 and len(query["nonce"]) >= 32
    assert query["scope"] == "openid email profile"
    assert query["client_id"] == CLIENT_ID
    assert query["redirect_uri"] == "http://testserver/oidc/callback/"


def test_a_second_sign_in_updates_name_and_e_mail_from_the_claims(client, oidc):
    oidc.sign_in(client, oidc.user("bert", "hr", family_name="Janssens"))
    client.logout()

    oidc.sign_in(client, oidc.user("bert", "hr", family_name="Maes", email="bert@fgov.test"))

    user = User.objects.get(username="oidc-bert")
    assert (user.last_name, user.email) == ("Maes", "bert@fgov.test")
    assert User.objects.filter(username__startswith="oidc-bert").count() == 1


def test_the_language_claim_sets_the_language_of_the_admin(client, oidc):
    response = oidc.sign_in(client, oidc.user("claire", "hr", locale="fr-BE"))

    assert response.cookies["django_language"].value == "fr"
    assert "Site d’administration" in client.get("/admin/").content.decode()


def test_an_account_with_the_e_mail_of_a_local_administrator_is_another_account(client, oidc):
    chief = User.objects.create_superuser("chief", "chief@chancellery.test", "a-long-password")

    oidc.sign_in(client, oidc.user("mallory", "hr", email="chief@chancellery.test"))

    assert _signed_in_as(client) == "oidc-mallory"
    chief.refresh_from_db()
    assert chief.is_superuser and not chief.groups.exists()


# Each validly signed by the provider (but the forged one), each wrong in one way.
WRONG_TOKENS = {
    "wrong issuer": {"iss": "http://127.0.0.1:9"},
    "wrong audience": {"aud": "another-application"},
    "wrong nonce": {"nonce": "a-nonce-of-another-sign-in"},
    "expired": {"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200},
    "badly signed": None,
}


@pytest.mark.parametrize("wrong", WRONG_TOKENS)
def test_an_id_token_that_does_not_verify_is_refused_and_creates_nothing(client, oidc, wrong):
    sub = f"eve-{wrong.replace(' ', '-')}"
    oidc.user(sub, "administrator", **(WRONG_TOKENS[wrong] or {}))
    if WRONG_TOKENS[wrong] is None:
        oidc.forge_signature(sub)
    users = User.objects.count()

    response = oidc.sign_in(client, sub)

    assert response.status_code == 403
    assert "Het antwoord van de identiteitsprovider kon niet worden geverifieerd" in (
        response.content.decode()
    )
    assert User.objects.count() == users
    assert _signed_in_as(client) is None


def test_a_replayed_state_is_refused_and_changes_nothing(client, oidc):
    callback_url = oidc.authorize(oidc.start(client), oidc.user("frank", "hr"))
    oidc.callback(client, callback_url)
    client.logout()

    response = oidc.callback(client, callback_url)

    assert response.status_code == 403
    assert "Deze aanmeldlink werd al gebruikt of is verlopen" in response.content.decode()
    assert _signed_in_as(client) is None


def test_a_callback_opened_in_another_browser_is_refused(client, oidc):
    from django.test import Client

    callback_url = oidc.authorize(oidc.start(client), oidc.user("gina", "hr"))

    other = Client()
    response = oidc.callback(other, callback_url)

    assert response.status_code == 403
    assert not User.objects.filter(username="oidc-gina").exists()
    assert other.session.get("_auth_user_id") is None


def test_a_user_without_a_mapped_role_is_told_so_and_nothing_is_created(client, oidc):
    sub = oidc.user("hugo", roles=["kanselarij-cafetaria"])

    response = oidc.sign_in(client, sub, language="fr")

    assert response.status_code == 403
    assert "aucun rôle dans cette application" in response.content.decode()
    assert not User.objects.filter(username="oidc-hugo").exists()
    assert _signed_in_as(client) is None


def test_a_role_removed_at_the_provider_is_removed_at_the_next_sign_in(client, oidc):
    oidc.sign_in(client, oidc.user("ines", "hr", "communication"))
    client.logout()

    oidc.sign_in(client, oidc.user("ines", "communication"))

    user = User.objects.get(username="oidc-ines")
    assert list(user.groups.values_list("name", flat=True)) == ["communication"]
    assert client.get("/admin/hr/").status_code == 404


def test_the_last_role_removed_at_the_provider_ends_staff_access(client, oidc):
    oidc.sign_in(client, oidc.user("jan", "hr"))
    client.logout()

    response = oidc.sign_in(client, oidc.user("jan"))

    assert response.status_code == 403
    user = User.objects.get(username="oidc-jan")
    assert not user.is_staff and not user.groups.exists()


def test_a_user_deactivated_here_is_refused(client, oidc):
    oidc.sign_in(client, oidc.user("karel", "hr"))
    client.logout()
    User.objects.filter(username="oidc-karel").update(is_active=False)

    response = oidc.sign_in(client, "karel")

    assert response.status_code == 403
    assert _signed_in_as(client) is None


def test_a_sign_in_cancelled_at_the_provider_says_so(client, oidc):
    authorization_url = oidc.start(client)
    denied = requests.post(
        authorization_url, data={"action": "deny"}, allow_redirects=False, timeout=5
    )

    response = oidc.callback(client, denied.headers["Location"])

    assert response.status_code == 403
    assert "geannuleerd" in response.content.decode()


@pytest.mark.otp
def test_a_second_factor_at_the_provider_skips_the_totp_code(client, oidc):
    oidc.sign_in(client, oidc.user("lena", "hr", amr=["pwd", "otp"]))

    assert client.get("/admin/hr/").status_code == 200
    assert not TOTPDevice.objects.exists()


@pytest.mark.otp
def test_without_a_second_factor_at_the_provider_the_totp_code_is_asked(client, oidc):
    oidc.sign_in(client, oidc.user("marc", "hr", amr=["pwd"]))

    response = client.get("/admin/hr/")

    assert response.status_code == 302
    assert response["Location"].startswith("/nl/account/enrol/?next=")


@pytest.mark.otp
def test_an_acr_value_of_the_setting_counts_as_a_second_factor(client, oidc, settings):
    settings.OIDC_SECOND_FACTOR_ACR = ["urn:be:chancellery:loa:substantial"]
    oidc.sign_in(client, oidc.user("nora", "hr", acr="urn:be:chancellery:loa:substantial"))

    assert client.get("/admin/hr/").status_code == 200


@pytest.mark.otp
def test_a_later_sign_in_without_a_second_factor_asks_for_the_code_again(client, oidc):
    oidc.sign_in(client, oidc.user("omar", "hr", amr=["otp"]))
    oidc.sign_in(client, oidc.user("omar", "hr", amr=["pwd"]))

    assert client.get("/admin/hr/").status_code == 302


def test_logout_ends_the_session_at_the_provider(client, oidc):
    response = oidc.sign_in(client, oidc.user("paul", "hr"))
    id_token = client.session["oidc_id_token"]

    response = client.post("/admin/logout/")

    end_session_url = response.context["end_session_url"]
    assert f'<meta http-equiv="refresh" content="0; url={end_session_url}">' in (
        response.content.decode().replace("&amp;", "&")
    )
    assert end_session_url.startswith(f"{oidc.url}/oauth2/end_session?")
    query = query_of(end_session_url)
    assert query["id_token_hint"] == id_token
    assert claims_of(id_token)["sub"] == "paul"
    assert query["post_logout_redirect_uri"] == "http://testserver/admin/login/"
    assert requests.get(end_session_url, timeout=5).status_code == 200
    assert _signed_in_as(client) is None


def test_logout_of_a_local_account_is_the_admins(client, staff_user, oidc):
    client.force_login(staff_user)

    response = client.post("/admin/logout/")

    assert response.status_code == 200
    assert _signed_in_as(client) is None


def test_the_login_page_offers_the_provider_first(client, oidc):
    html = client.get("/admin/login/?next=/admin/hr/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()

    button = html.index('href="/nl/account/sign-in/?next=/admin/hr/"')
    assert "Aanmelden met FAS" in html
    assert button < html.index('id="login-form"')


def test_without_a_provider_the_login_page_has_the_password_form_only(client, db):
    html = client.get("/admin/login/").content.decode()

    assert "/account/sign-in/" not in html
    assert 'id="login-form"' in html
    assert client.get("/nl/account/sign-in/").status_code == 404
    assert client.get("/oidc/callback/?code=x&state=y").status_code == 404


def test_with_break_glass_only_a_staff_password_is_refused(client, staff_user, oidc, settings):
    settings.OIDC_LOCAL_LOGIN = "break-glass"

    response = client.post(
        "/admin/login/", {"username": "staff", "password": "a-long-test-password"}
    )

    assert response.status_code == 200  # the form again, with its error
    assert _signed_in_as(client) is None


def test_with_break_glass_a_superuser_signs_in_with_a_password(client, oidc, settings):
    settings.OIDC_LOCAL_LOGIN = "break-glass"
    User.objects.create_superuser("chief", "", "a-long-test-password")

    response = client.post(
        "/admin/login/", {"username": "chief", "password": "a-long-test-password"}
    )

    assert response.status_code == 302
    assert _signed_in_as(client) == "chief"


def test_a_role_map_naming_an_unknown_role_is_refused_at_start_up():
    with pytest.raises(ImproperlyConfigured, match="editors"):
        checked_role_map({"kanselarij-editor": "editors"})


def test_the_groups_of_the_roles_must_exist(client, oidc):
    Group.objects.filter(name="hr").delete()

    with pytest.raises(ImproperlyConfigured, match="setup_roles"):
        oidc.sign_in(client, oidc.user("quinten", "hr"))


def test_an_unreachable_provider_is_a_page_that_says_so(client, oidc, settings):
    settings.OIDC_DISCOVERY_URL = "http://127.0.0.1:9/.well-known/openid-configuration"

    response = client.get("/de/account/sign-in/")

    assert response.status_code == 503
    assert "Der Identitätsanbieter ist nicht erreichbar" in response.content.decode()
