"""Staff sign-in through the organisation's OpenID Connect provider (mozilla-django-oidc).

The flow is mozilla-django-oidc's authorization code flow, with PKCE (S256) and a nonce; the state
is single-use (the library deletes it from the session before it asks for the token). What this
module adds to the library, and why:

- **Discovery**: the endpoints come from the provider's ``/.well-known/openid-configuration``
  (``OIDC_ISSUER``), read when a sign-in starts and kept in the cache for an hour, never at
  start-up: ``make run`` and the tests without a provider never ask for it.
- **The ID token is checked whole** (OpenID Connect Core 3.1.3.7): the library checks the signature
  and the nonce only. Here the issuer, the audience (and ``azp`` when there are several), the
  expiry and the issue time are required and checked too, against the provider's published keys.
- **Accounts belong to the provider's subject**, never to an e-mail address: the user name is
  ``oidc-<sub>``. Matching by e-mail (the library's default) would let anyone whose address the
  provider vouches for take over a local break-glass account with the same address.
- **Roles follow the role claim at every sign-in** (``OIDC_ROLE_CLAIM`` through ``OIDC_ROLE_MAP``):
  the groups are set to exactly the mapped roles. No mapped role: no staff access, a page that
  says so, no account created (an existing one loses its roles and its staff status).
- **Language**: the ``locale`` claim sets Django's language cookie, as the language switcher does
  (Django keeps no language on the user; the next sign-in sets it again).
- **Second factor**: when the ID token's ``amr`` or ``acr`` says one was used
  (``OIDC_SECOND_FACTOR_AMR``/``_ACR``), the session counts as verified for django-otp
  (``OTPMiddleware`` below); otherwise the local TOTP step is still asked.
- **Logout** ends the provider's session too (RP-initiated logout) when its discovery document has
  an ``end_session_endpoint``.
- **Local passwords** stay for break-glass administrators: with ``OIDC_LOCAL_LOGIN=break-glass``
  only superusers sign in with a password (``LocalPasswordBackend``).

A refused sign-in (cancelled, an unknown or replayed state, a token that does not verify, no
mapped role) renders ``security/oidc_refused.html`` with status 403, writes nothing, and leaves a
line in the security log.
"""

import hashlib
import re

import jwt
import requests
from django.conf import settings
from django.contrib import admin, auth
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.db import transaction
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import middleware as otp_middleware
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import import_from_settings
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from chancellery.security.log import security_event
from chancellery.security.roles import ROLES

USERNAME_PREFIX = "oidc-"
# The session remembers that the provider vouched for a second factor, for this user only.
SECOND_FACTOR_SESSION_KEY = "security_provider_second_factor"
LANGUAGE_SESSION_KEY = "security_oidc_language"
ID_TOKEN_SESSION_KEY = "oidc_id_token"  # mozilla-django-oidc's, with OIDC_STORE_ID_TOKEN
DISCOVERY_SECONDS = 3600
# The mozilla-django-oidc settings that name an endpoint, and the discovery field that holds it.
ENDPOINTS = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}


class Refused(SuspiciousOperation):
    """A sign-in the provider's answer does not allow; ``reason`` picks the page's text."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(detail or reason)
        self.reason = reason


def enabled() -> bool:
    """Whether sign-in through the provider is configured (OIDC_ISSUER and OIDC_CLIENT_ID)."""
    return bool(settings.OIDC_ISSUER and settings.OIDC_RP_CLIENT_ID)


def checked_role_map(role_map: dict[str, str]) -> dict[str, str]:
    """``role_map`` (claim value -> role), refused loudly when it names a role that does not
    exist: a typo would otherwise give nobody access, silently."""
    known = {role.name for role in ROLES}
    unknown = sorted(set(role_map.values()) - known)
    if unknown:
        raise ImproperlyConfigured(
            f"OIDC_ROLE_MAP names roles that do not exist: {', '.join(unknown)} "
            f"(the roles are {', '.join(sorted(known))})."
        )
    return role_map


# Checked when the URLconf is imported (start-up, `manage.py check`), not at the first sign-in.
checked_role_map(settings.OIDC_ROLE_MAP)


def provider_metadata() -> dict:
    """The provider's discovery document, from the cache or fetched (its issuer must be ours)."""
    key = f"oidc-discovery:{settings.OIDC_DISCOVERY_URL}"
    metadata = cache.get(key)
    if metadata is None:
        response = requests.get(settings.OIDC_DISCOVERY_URL, timeout=settings.OIDC_TIMEOUT)
        response.raise_for_status()
        metadata = response.json()
        if metadata.get("issuer") != settings.OIDC_ISSUER:
            raise ImproperlyConfigured(
                f"The discovery document's issuer {metadata.get('issuer')!r} is not "
                f"OIDC_ISSUER {settings.OIDC_ISSUER!r}."
            )
        cache.set(key, metadata, DISCOVERY_SECONDS)
    return metadata


def _setting(attr, *default):
    """mozilla-django-oidc's settings, with the endpoints taken from the discovery document."""
    if attr in ENDPOINTS:
        return provider_metadata()[ENDPOINTS[attr]]
    return import_from_settings(attr, *default)


def claim_at(claims: dict, path: str):
    """The claim at a dotted path ("roles", or Keycloak's "realm_access.roles")."""
    value = claims
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def roles_from_claims(claims: dict) -> set[str]:
    """The project's roles that the role claim's values map to."""
    values = claim_at(claims, settings.OIDC_ROLE_CLAIM)
    if isinstance(values, str):
        values = values.split()
    if not isinstance(values, list):
        return set()
    role_map = checked_role_map(settings.OIDC_ROLE_MAP)
    return {role_map[value] for value in values if isinstance(value, str) and value in role_map}


def second_factor_used(payload: dict) -> bool:
    """Whether the ID token says the provider checked a second factor (amr or acr)."""
    amr = payload.get("amr")
    methods = {amr} if isinstance(amr, str) else set(amr if isinstance(amr, list) else ())
    return bool(methods & set(settings.OIDC_SECOND_FACTOR_AMR)) or (
        payload.get("acr") in settings.OIDC_SECOND_FACTOR_ACR
    )


def language_from_claims(claims: dict) -> str | None:
    """One of the site's languages from the language claim ("fr-BE" -> "fr"), or None."""
    value = claims.get(settings.OIDC_LANGUAGE_CLAIM)
    if not isinstance(value, str):
        return None
    code = value.replace("_", "-").split("-")[0].lower()
    return code if code in dict(settings.LANGUAGES) else None


def username_for(sub: str) -> str:
    """The local user name of the provider's subject: readable when it can be, hashed when the
    subject is too long or has characters a Django user name may not have."""
    if re.fullmatch(r"[\w.@+-]{1,140}", sub):
        return USERNAME_PREFIX + sub
    return USERNAME_PREFIX + hashlib.sha256(sub.encode()).hexdigest()[:40]


class ProviderBackend(OIDCAuthenticationBackend):
    """mozilla-django-oidc's backend with the whole ID token checked, accounts by subject and roles
    from the role claim. It answers only the callback (which passes a nonce)."""

    get_settings = staticmethod(_setting)

    def __init__(self, *args, **kwargs):
        # The library reads every endpoint here; Django builds a backend for each request of a
        # signed-in user (get_user), which must not ask the provider anything.
        self.UserModel = get_user_model()

    OIDC_RP_CLIENT_ID = property(lambda self: settings.OIDC_RP_CLIENT_ID)
    OIDC_RP_CLIENT_SECRET = property(lambda self: settings.OIDC_RP_CLIENT_SECRET)
    OIDC_RP_SIGN_ALGO = property(lambda self: settings.OIDC_RP_SIGN_ALGO)
    OIDC_RP_IDP_SIGN_KEY = None
    OIDC_OP_TOKEN_ENDPOINT = property(lambda self: _setting("OIDC_OP_TOKEN_ENDPOINT"))
    OIDC_OP_USER_ENDPOINT = property(lambda self: _setting("OIDC_OP_USER_ENDPOINT"))
    OIDC_OP_JWKS_ENDPOINT = property(lambda self: _setting("OIDC_OP_JWKS_ENDPOINT"))

    def authenticate(self, request, **kwargs):
        """The callback's sign-in; None for every other authenticate() (a password form)."""
        if request is None or "nonce" not in kwargs or not enabled():
            return None
        return super().authenticate(request, **kwargs)

    def _decoded(self, token: str, *, id_token: bool) -> dict:
        """The token's claims once its signature (by one of the provider's published keys), its
        issuer, audience and, for an ID token, expiry and issue time are checked."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError as error:
            raise Refused("unverified", f"unreadable token: {error}") from error
        if header.get("alg") != self.OIDC_RP_SIGN_ALGO:
            raise Refused("unverified", f"algorithm {header.get('alg')!r}")
        response = requests.get(self.OIDC_OP_JWKS_ENDPOINT, timeout=settings.OIDC_TIMEOUT)
        response.raise_for_status()
        keys = [
            key
            for key in response.json().get("keys", [])
            if header.get("kid") in (None, key.get("kid")) and key.get("use", "sig") == "sig"
        ]
        required = ["iss", "aud", "sub", "exp", "iat"] if id_token else ["iss", "aud", "sub"]
        error = None
        for key in keys:
            try:
                payload = jwt.decode(
                    token,
                    jwt.PyJWK(key, algorithm=self.OIDC_RP_SIGN_ALGO),
                    algorithms=[self.OIDC_RP_SIGN_ALGO],
                    audience=self.OIDC_RP_CLIENT_ID,
                    issuer=settings.OIDC_ISSUER,
                    leeway=settings.OIDC_CLOCK_SKEW_SECONDS,
                    options={"require": required},
                )
            except jwt.InvalidSignatureError as wrong_key:
                error = wrong_key  # a key the provider publishes for something else: try the next
                continue
            except (jwt.InvalidTokenError, jwt.PyJWKError) as invalid:
                raise Refused("unverified", str(invalid)) from invalid
            audiences = payload["aud"] if isinstance(payload["aud"], list) else [payload["aud"]]
            if (len(audiences) > 1 or "azp" in payload) and payload.get(
                "azp"
            ) != self.OIDC_RP_CLIENT_ID:
                raise Refused("unverified", "authorized party")
            return payload
        raise Refused("unverified", f"no published key verifies the signature ({error})")

    def verify_token(self, token, **kwargs):
        """The ID token's claims, checked whole, its nonce the one this sign-in sent."""
        payload = self._decoded(token, id_token=True)
        nonce = kwargs.get("nonce")
        if not nonce or payload.get("nonce") != nonce:
            raise Refused("unverified", "nonce")
        return payload

    def get_userinfo(self, access_token, id_token, payload):
        """The user info endpoint's claims (signed or not); its subject must be the ID token's."""
        response = requests.get(
            self.OIDC_OP_USER_ENDPOINT,
            headers={"Authorization": f"Bearer {access_token}"},
            timeout=settings.OIDC_TIMEOUT,
        )
        response.raise_for_status()
        if response.headers.get("content-type", "").lower().startswith("application/jwt"):
            userinfo = self._decoded(response.text, id_token=False)
        else:
            userinfo = response.json()
        if userinfo.get("sub") != payload["sub"]:
            raise Refused("unverified", "user info of another subject")
        return userinfo

    def get_or_create_user(self, access_token, id_token, payload):
        """The staff member the provider signed in, created or updated from the claims, with
        exactly the mapped roles; None (and the reason on the request) when refused."""
        username = username_for(payload["sub"])
        try:
            claims = {**payload, **self.get_userinfo(access_token, id_token, payload)}
        except Refused as refusal:  # the library would swallow it and say nothing
            return self._refuse(refusal.reason, username)
        roles = roles_from_claims(claims)
        with transaction.atomic():
            user = self.UserModel.objects.select_for_update().filter(username=username).first()
            if not roles:
                if user is not None:
                    # A leaver, or someone whose last role was taken away: nothing is left.
                    user.groups.clear()
                    user.is_staff = False
                    user.save(update_fields=["is_staff"])
                return self._refuse("no-role", username)
            if user is not None and not user.is_active:
                return self._refuse("inactive", username)
            groups = list(Group.objects.filter(name__in=roles))
            if len(groups) != len(roles):
                raise ImproperlyConfigured(
                    "The roles' groups are missing: run manage.py setup_roles."
                )
            if user is None:
                user = self.UserModel(username=username)
                user.set_unusable_password()  # signs in through the provider only
            user.first_name = str(claims.get("given_name") or "")[:150]
            user.last_name = str(claims.get("family_name") or "")[:150]
            user.email = str(claims.get("email") or "")[:254]
            user.is_staff = True
            user.is_superuser = False
            user.save()
            user.groups.set(groups)
        user.second_factor_at_provider = second_factor_used(payload)
        user.language_at_provider = language_from_claims(claims)
        return user

    def _refuse(self, reason: str, username: str):
        # The callback view renders the page (the library only learns that there is no user).
        self.request.oidc_refusal = (reason, username)

    def get_user(self, user_id):
        """The session's user, while active (the library does not check)."""
        user = super().get_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class LocalPasswordBackend(ModelBackend):
    """Django's password sign-in; with OIDC_LOCAL_LOGIN=break-glass, for superusers only."""

    def user_can_authenticate(self, user):
        if settings.OIDC_LOCAL_LOGIN == "break-glass" and not user.is_superuser:
            return False
        return super().user_can_authenticate(user)


class OTPMiddleware(otp_middleware.OTPMiddleware):
    """django-otp's middleware; a session whose provider vouched for a second factor counts as
    verified (``SecondFactorMiddleware`` then asks for no TOTP code)."""

    def _verify_user_sync(self, request, user):
        user = super()._verify_user_sync(request, user)
        if (
            user.is_authenticated
            and user.otp_device is None
            and request.session.get(SECOND_FACTOR_SESSION_KEY) == user.pk
        ):
            user.is_verified = lambda: True
        return user


_MESSAGES = {
    "cancelled": lambda: _("The sign-in was cancelled at the identity provider."),
    "state": lambda: _(
        "This sign-in link was already used or has expired. Start the sign-in again from the "
        "login page."
    ),
    "unverified": lambda: _(
        "The identity provider's answer could not be verified, so you were not signed in. Start "
        "again; if it happens again, tell the service desk."
    ),
    "no-role": lambda: _(
        "Your account at the identity provider has no role in this application, so it gives no "
        "access to the admin, the dashboards or the check-in. Ask your manager to request a "
        "role."
    ),
    "inactive": lambda: _("Your account in this application is deactivated."),
    "unreachable": lambda: _("The identity provider cannot be reached. Try again later."),
}


def refused(request, reason: str, *, username=None, detail=None, status: int = 403):
    """The page that says why the sign-in was refused (nothing was written), and its log line."""
    security_event("provider-login-refused", request, username, reason=reason, detail=detail)
    context = {"message": _MESSAGES[reason](), "reason": reason}
    return render(request, "security/oidc_refused.html", context, status=status)


class SignInView(OIDCAuthenticationRequestView):
    """/<lang>/account/sign-in/: off to the provider, remembering the page's language."""

    get_settings = staticmethod(_setting)

    def __init__(self, *args, **kwargs):
        super(OIDCAuthenticationRequestView, self).__init__(*args, **kwargs)

    def get(self, request):
        if not enabled():
            raise Http404
        try:
            self.OIDC_OP_AUTH_ENDPOINT = _setting("OIDC_OP_AUTHORIZATION_ENDPOINT")
        except requests.RequestException:
            return refused(request, "unreachable", status=503)
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        request.session[LANGUAGE_SESSION_KEY] = translation.get_language()
        return super().get(request)


class CallbackView(OIDCAuthenticationCallbackView):
    """/oidc/callback/ (one redirect URI whatever the language): the library's callback, with
    refusals as a page, the second factor and the language taken from the provider."""

    get_settings = staticmethod(_setting)

    def get(self, request):
        if not enabled():
            raise Http404
        language = request.session.get(LANGUAGE_SESSION_KEY) or translation.get_language()
        with translation.override(language):
            try:
                return super().get(request)
            except Refused as refusal:
                return refused(request, refusal.reason, detail=str(refusal))
            except SuspiciousOperation:  # the library's "state not found in session"
                return refused(request, "state")
            except requests.RequestException:
                return refused(request, "unreachable", status=503)

    def login_failure(self):
        if self.request.GET.get("error"):
            return refused(self.request, "cancelled")
        reason, username = getattr(self.request, "oidc_refusal", ("state", None))
        return refused(self.request, reason, username=username)

    def login_success(self):
        response = super().login_success()
        session = self.request.session
        if getattr(self.user, "second_factor_at_provider", False):
            session[SECOND_FACTOR_SESSION_KEY] = self.user.pk
        else:
            session.pop(SECOND_FACTOR_SESSION_KEY, None)
        language = getattr(self.user, "language_at_provider", None)
        if language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response

    @property
    def success_url(self):
        return self.request.session.get("oidc_login_next") or reverse("admin:index")


@require_POST
def logout(request):
    """The admin's logout (POST /admin/logout/); after a sign-in through the provider, on to the
    provider's end_session_endpoint to end its session too (RP-initiated logout), with the ID
    token as hint and back to the login page."""
    id_token = request.session.get(ID_TOKEN_SESSION_KEY)
    end_session = None
    if id_token and enabled():
        try:
            end_session = provider_metadata().get("end_session_endpoint")
        except requests.RequestException:
            end_session = None  # the local session ends anyway
    if not end_session:
        return admin.site.logout(request)
    auth.logout(request)
    query = urlencode(
        {
            "id_token_hint": id_token,
            "client_id": settings.OIDC_RP_CLIENT_ID,
            "post_logout_redirect_uri": request.build_absolute_uri(reverse("admin:login")),
        }
    )
    # A page that goes on at once, not a redirect: the logout is a form, and the pages' policy
    # (form-action 'self') forbids a form's redirect to another site.
    context = {"end_session_url": f"{end_session}?{query}", "name": settings.OIDC_PROVIDER_NAME}
    return render(request, "security/oidc_logout.html", context)


def sign_in_context(request) -> dict:
    """Template context: the provider's name for the login page's button, when configured."""
    if not enabled():
        return {}
    return {
        "oidc_sign_in": {
            "name": settings.OIDC_PROVIDER_NAME,
            "break_glass_only": settings.OIDC_LOCAL_LOGIN == "break-glass",
        }
    }
