"""Create or update the roles' groups (idempotent): ``manage.py setup_roles``."""

from django.core.management.base import BaseCommand

from chancellery.security.roles import roles_setup


class Command(BaseCommand):
    help = "Create or update the role groups with exactly their permissions (run after migrate)."

    def handle(self, *args, **options):
        for name, count in roles_setup().items():
            self.stdout.write(f"{name}: {count} permissions")
