"""The ``chancellery.security`` log: logins, second-factor events, refused accesses.

Only user names, client addresses and paths (without query string: a search may hold a guest's
name) are written, never a password, a token or a record's data. Every value goes through
``log_value``: a user name is typed by whoever tries to log in, and one with a newline or a
`` event=login`` inside would otherwise write a forged line.
"""

import logging
import re

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from chancellery.security.network import client_ip

logger = logging.getLogger("chancellery.security")

LOGIN_AT_SESSION_KEY = "security_login_at"


# A value written as it is: no space, quote, equals sign, backslash or control character.
_PLAIN = re.compile(r"[\w.,:;@/+\-]+")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char.isprintable():
        return char
    return f"\\x{ord(char):02x}" if ord(char) < 256 else f"\\u{ord(char):04x}"


def log_value(value) -> str:
    """``value`` as one token of a key=value line: plain when harmless, else in double quotes with
    backslash, quote, newline and every other control or invisible character escaped."""
    text = str(value)
    if _PLAIN.fullmatch(text):
        return text
    return '"' + "".join(_escaped(char) for char in text) + '"'


def _where(request) -> dict:
    if request is None:
        return {"ip": None, "path": None}
    return {"ip": client_ip(request), "path": getattr(request, "path", None)}


def security_event(event: str, request=None, username: str | None = None, **extra) -> None:
    """Write one event to the security log as key=value pairs."""
    fields = {"event": event, "user": username, **_where(request), **extra}
    logger.info(
        " ".join(f"{key}={log_value(value)}" for key, value in fields.items() if value is not None)
    )


@receiver(user_logged_in, dispatch_uid="chancellery.security.login")
def _logged_in(sender, request, user, **kwargs):
    import time

    if request is not None and hasattr(request, "session"):
        # The absolute session lifetime counts from here (SessionLifetimeMiddleware).
        request.session[LOGIN_AT_SESSION_KEY] = int(time.time())
    security_event("login", request, user.get_username(), staff=user.is_staff)


@receiver(user_login_failed, dispatch_uid="chancellery.security.login_failed")
def _login_failed(sender, credentials, request=None, **kwargs):
    # Django has already masked the password in ``credentials``; we keep only the user name.
    security_event("login-failed", request, credentials.get("username"))


@receiver(user_logged_out, dispatch_uid="chancellery.security.logout")
def _logged_out(sender, request, user, **kwargs):
    security_event("logout", request, user.get_username() if user else None)
