"""``manage.py import_web_statistics <file> [--format matomo|plain] [--site CODE]``."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from communication.importers import FORMATS, ImportFailed, web_statistics_import
from communication.models import Website


class Command(BaseCommand):
    help = (
        "Import web statistics (unique visitors, visits, page views per month or year) from a CSV "
        "file: a Matomo VisitsSummary export or the plain format. All or nothing; importing the "
        "same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The CSV file.")
        parser.add_argument("--format", choices=FORMATS, default="matomo", dest="fmt")
        parser.add_argument(
            "--site",
            help="Code or address of the website the file is about, when it has no site column.",
        )

    def handle(self, *args, file: Path, fmt: str, site: str | None, **options):
        website = None
        if site:
            website = (
                Website.objects.filter(code=site).first()
                or Website.objects.filter(address__iexact=site).first()
            )
            if website is None:
                raise CommandError(f"Unknown website {site!r}: give its code or its address.")
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        try:
            result = web_statistics_import(data=data, fmt=fmt, site=website)
        except ImportFailed as failure:
            for error in failure.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{file}: {len(failure.errors)} bad row(s); nothing was imported."
            ) from failure
        for warning in result.warnings:
            self.stderr.write(self.style.WARNING(f"{file}: {warning}"))
        self.stdout.write(self.style.SUCCESS(f"{file}: {result}."))
