"""Import a guest list file (CSV or XLSX), all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ceremonies.services import IMPORT_FORMATS, guest_list_dataset, guest_list_import


class Command(BaseCommand):
    help = (
        "Import a guest list (CSV, comma or semicolon separated, or XLSX) with the columns "
        "ceremony, category, name, organisation, email, phone, language, status, "
        "accessibility_needs, notes (optional id). "
        "All or nothing: one bad row and no row is written; every bad row is reported."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The CSV or XLSX file.")
        parser.add_argument(
            "--format", choices=IMPORT_FORMATS, help="Default: the file's extension."
        )

    def handle(self, *args, path, format=None, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        file_format = format or file.suffix.lower().lstrip(".")
        if file_format not in IMPORT_FORMATS:
            raise CommandError("Unsupported format: use a .csv or .xlsx file, or --format.")
        try:
            dataset = guest_list_dataset(content=file.read_bytes(), file_format=file_format)
        except Exception as error:  # tablib's errors for unreadable files vary per format
            raise CommandError(f"Cannot read {file}: {error}") from error
        report = guest_list_import(dataset=dataset)
        if not report.ok:
            for error in report.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(report.errors)} bad row(s): nothing was imported.")
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
        self.stdout.write(
            self.style.SUCCESS(f"Imported {report.created} new guest(s), updated {report.updated}.")
        )
