"""Create the benchmark's superuser and print a session cookie value for it (loopback bench only).

The session is marked as having passed the second factor, with a static device named "bench":
the admin and the dashboards would otherwise redirect every request to the verification page.
"""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice


def mark_second_factor_passed(session, user) -> None:
    """Record in ``session`` that ``user`` passed the second factor (benchmarks, tooling only)."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name="bench")
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id


def password_backend() -> str:
    """The configured backend that signs staff in with their password (Django's ModelBackend or
    the project's subclass of it): a session must name a backend the settings list."""
    for path in settings.AUTHENTICATION_BACKENDS:
        if "axes" not in path and issubclass(import_string(path), ModelBackend):
            return path
    raise LookupError("No password backend in AUTHENTICATION_BACKENDS.")


class Command(BaseCommand):
    help = "Print a session key of a superuser named 'bench' (created when missing)."

    def handle(self, *args, **options):
        user, _created = get_user_model().objects.get_or_create(
            username="bench", defaults={"is_staff": True, "is_superuser": True}
        )
        if user.has_usable_password():
            user.set_unusable_password()
            user.save()
        session = import_module(settings.SESSION_ENGINE).SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = password_backend()
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        mark_second_factor_passed(session, user)
        session.save()
        self.stdout.write(session.session_key)
