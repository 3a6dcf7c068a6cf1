"""Create the benchmark's superuser and print a session cookie value for it (loopback bench only)."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Print a session key of a superuser named 'bench' (created when missing)."

    def handle(self, *args, **options):
        user, _created = get_user_model().objects.get_or_create(
            username="bench", defaults={"is_staff": True, "is_superuser": True}
        )
        if not user.has_usable_password():
            user.set_unusable_password()
            user.save()
        engine = import_module(settings.SESSION_ENGINE)
        session = engine.SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        for key, value in getattr(settings, "BENCH_SESSION_EXTRA", {}).items():
            session[key] = value
        session.save()
        self.stdout.write(session.session_key)
