"""Write back a translator's XLIFF or PO file: every unit checked, all or nothing.

    manage.py import_translations fr annual-report-2016-fr.xlf --user lead.editor

Refused as a whole, with each refused unit and its reason, when one unit cannot be written (see
``chancellery.translation_exchange``); the audit trail records the user named by ``--user``.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from chancellery import translation_exchange


class Command(BaseCommand):
    help = "Import a translated XLIFF or PO file (every unit checked; all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("language", choices=translation_exchange.target_languages())
        parser.add_argument("file")
        parser.add_argument("--user", help="the username the audit trail records")
        parser.add_argument(
            "--interface-language", default="nl", help="the language of the messages; default nl"
        )

    def handle(self, *args, language, file, user, interface_language, **options):
        writer = None
        if user:
            writer = get_user_model().objects.filter(username=user).first()
            if writer is None:
                raise CommandError(f"No user {user!r}.")
        with translation.override(interface_language):
            try:
                written = translation_exchange.translations_import(
                    content=Path(file).read_bytes(), language=language, user=writer
                )
            except ValidationError as error:
                raise CommandError("\n".join(error.messages)) from error
        self.stdout.write(f"{len(written)} translation(s) written.")
