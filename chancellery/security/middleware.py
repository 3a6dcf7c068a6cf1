"""Middleware: anonymous request bodies bounded, refused accesses logged, session lifetime,
second factor required."""

import re
import time
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext

from chancellery.security.log import LOGIN_AT_SESSION_KEY, security_event

# Where a password alone is not enough.
SECOND_FACTOR_PATHS = re.compile(r"^/(admin/|(nl|fr|de|en)/(checkin|dashboard)/)")
# Reachable with a password alone: the admin's login and logout, our verification and enrolment.
SECOND_FACTOR_EXEMPT = re.compile(r"^/(admin/(login|logout)/|(nl|fr|de|en)/account/)")


class AnonymousBodyLimitMiddleware:
    """Answer 413 to a request whose body is larger than ANONYMOUS_BODY_MAX_BYTES when no one is
    logged in, before anything reads the body.

    Django's limits (DATA_UPLOAD_MAX_MEMORY_SIZE) apply while the body is read, and an uploaded
    file is not counted by them: a 50 MB anonymous POST to the login page was spooled to disk
    before the CSRF check refused it. Only staff upload files; a login form is a few hundred
    bytes. The declared Content-Length is what the WSGI server reads at most, so it is the bound.
    A session cookie counts only when its session holds a logged-in user (one query, only for a
    large body): a made-up cookie lifts nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.ANONYMOUS_BODY_MAX_BYTES and not self._logged_in(request):
            with translation.override(translation.get_language_from_request(request)):
                text = gettext("The request is too large (%(size)d kB; the limit is %(limit)d kB).")
                text %= {"size": length // 1024, "limit": settings.ANONYMOUS_BODY_MAX_BYTES // 1024}
            return HttpResponse(text, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)

    @staticmethod
    def _logged_in(request) -> bool:
        key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if not key:
            return False
        session = import_module(settings.SESSION_ENGINE).SessionStore(key)
        return session.get(SESSION_KEY) is not None


class RefusedAccessLogMiddleware:
    """Log every 403 (refused) and 429 (login locked out) response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code in (403, 429):
            user = getattr(request, "user", None)
            username = user.get_username() if user is not None and user.is_authenticated else None
            event = "locked-out" if response.status_code == 429 else "access-refused"
            security_event(event, request, username, method=request.method)
        return response


class SessionLifetimeMiddleware:
    """Log out a session older than SESSION_ABSOLUTE_LIFETIME seconds, however active it is.

    Inactivity is Django's: SESSION_COOKIE_AGE with SESSION_SAVE_EVERY_REQUEST.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            login_at = request.session.setdefault(LOGIN_AT_SESSION_KEY, now)
            if now - login_at > settings.SESSION_ABSOLUTE_LIFETIME:
                security_event("session-expired", request, request.user.get_username())
                logout(request)
        return self.get_response(request)


class SecondFactorMiddleware:
    """A logged-in user without a verified second factor is sent to verify it (or to enrol one)
    on the admin, the dashboards and the check-in, and counts as anonymous everywhere else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.OTP_REQUIRED:
            return self.get_response(request)
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return self.get_response(request)
        path = request.path_info
        if SECOND_FACTOR_EXEMPT.match(path):
            return self.get_response(request)
        if SECOND_FACTOR_PATHS.match(path):
            from django_otp import user_has_device

            target = "security-verify" if user_has_device(user) else "security-enrol"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        # A password alone opens nothing, not even a draft report.
        request.user = AnonymousUser()
        return self.get_response(request)
