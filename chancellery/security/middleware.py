"""Middleware: refused accesses logged, session lifetime, second factor required."""

import re
import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from chancellery.security.log import LOGIN_AT_SESSION_KEY, security_event

# Where a password alone is not enough.
SECOND_FACTOR_PATHS = re.compile(r"^/(admin/|(nl|fr|de|en)/(checkin|dashboard)/)")
# Reachable with a password alone: the admin's login and logout, our verification and enrolment.
SECOND_FACTOR_EXEMPT = re.compile(r"^/(admin/(login|logout)/|(nl|fr|de|en)/account/)")


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
