"""Write a year's texts missing or outdated in one language as XLIFF 1.2 or PO, for translators.

    manage.py export_translations 2016 fr --format xliff --output annual-report-2016-fr.xlf

Without ``--output`` the file goes to standard output. See ``chancellery.translation_exchange``.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from chancellery import translation_exchange


class Command(BaseCommand):
    help = "Export a year's texts missing or outdated in one language as XLIFF 1.2 or PO."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)
        parser.add_argument("language", choices=translation_exchange.target_languages())
        parser.add_argument("--format", choices=translation_exchange.FORMATS, default="xliff")
        parser.add_argument("--output", help="the file to write (default: standard output)")
        parser.add_argument(
            "--interface-language",
            default="nl",
            help="the language of the context notes (section, record, field); default nl",
        )

    def handle(self, *args, year, language, format, output, interface_language, **options):
        with translation.override(interface_language):
            content = translation_exchange.export(year, language, format)
            count = len(translation_exchange.units(year, language))
        if output:
            Path(output).write_bytes(content)
            self.stderr.write(f"{count} unit(s) written to {output}.")
        else:
            self.stdout.write(content.decode(), ending="")
        if count == 0:
            raise CommandError(f"Nothing of {year} is missing or outdated in {language}.")
