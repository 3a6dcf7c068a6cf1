"""An administrator resets a user's second factor: ``manage.py reset_second_factor <username>``."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from chancellery.security.log import security_event
from chancellery.security.services import second_factor_reset


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app and recovery codes: at their next login they enrol a "
        "new one (QR code page). Their sessions stop being verified at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        removed = second_factor_reset(user=user)
        security_event("second-factor-reset", None, username, devices=removed, by="command")
        self.stdout.write(f"{username}: {removed} device(s) removed; they enrol at next login.")
