"""Time the all-or-nothing guest list import on a generated CSV (for `make bench`).

A new ceremony in a year without a report (so not frozen) receives ``--rows`` guests through the
same path as `import_guests` (``guest_list_dataset`` then ``guest_list_import``); the whole run is
rolled back afterwards, so the database is left as it was.
"""

import csv
import datetime
import io
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from ceremonies.models import Ceremony, Guest, GuestCategory
from ceremonies.services import guest_list_dataset, guest_list_import

COLUMNS = [
    "ceremony",
    "category",
    "name",
    "organisation",
    "email",
    "phone",
    "language",
    "status",
    "accessibility_needs",
    "notes",
]


class Rollback(Exception):
    """Leaves the benchmark's atomic block, undoing everything it wrote."""


def guest_csv(*, ceremony: str, categories: list[str], rows: int) -> bytes:
    """A guest list file of ``rows`` distinct guests of ``ceremony``, as staff would upload it."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    languages = [code for code, _label in Guest.Language.choices]
    statuses = [code for code, _label in Guest.Status.choices]
    for number in range(rows):
        writer.writerow(
            [
                ceremony,
                categories[number % len(categories)],
                f"Bench Guest {number}",
                f"Organisation {number % 97}",
                f"guest{number}@example.be",
                f"+32 2 501 {number % 10000:04d}",
                languages[number % len(languages)],
                statuses[number % len(statuses)],
                "",
                "",
            ]
        )
    return out.getvalue().encode("utf-8")


class Command(BaseCommand):
    help = "Import a generated guest list of --rows rows, print the seconds, roll everything back."

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=10000)

    def handle(self, *args, rows, **options):
        report = None
        try:
            with transaction.atomic():
                year = timezone.localdate().year + 50  # no report there: nothing is frozen
                ceremony = Ceremony.objects.create(
                    code=f"bench-import-{time.time_ns()}",
                    title="Bench import",
                    date=datetime.date(year, 6, 1),
                    place="Brussels",
                )
                categories = list(GuestCategory.objects.values_list("code", flat=True)[:8])
                if not categories:
                    categories = [
                        GuestCategory.objects.create(code="bench-category", name="Bench").code
                    ]
                content = guest_csv(ceremony=ceremony.code, categories=categories, rows=rows)
                started = time.monotonic()
                dataset = guest_list_dataset(content=content, file_format="csv")
                report = guest_list_import(dataset=dataset)
                seconds = time.monotonic() - started
                raise Rollback
        except Rollback:
            pass
        if not report.ok:
            raise CommandError(f"The import refused the file: {report.errors[:3]}")
        self.stdout.write(
            f"guest import: {report.created} rows in {seconds:.2f} s "
            f"({report.created / seconds:.0f} rows/s), all or nothing, rolled back"
        )
