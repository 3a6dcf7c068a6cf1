"""make bench: how long publishing one year takes, every file in four languages.

Withdraws the year if it is published, then publishes it again as its next edition, rendering
here and now (what the task worker does), and prints the time, the number of files and the mean
time per kind of file. Development only: it publishes without an editor.
"""

import time
from collections import defaultdict

from django.core.management.base import BaseCommand

from chancellery import editions
from chancellery.models import AnnualReport
from chancellery.services import report_publish, report_unpublish


class Command(BaseCommand):
    help = "Benchmark: republish a year, rendering every file here; print the times."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)

    def handle(self, *args, year, **options):
        report = AnnualReport.objects.get(year=year)
        if report.status != AnnualReport.Status.DRAFT:
            report_unpublish(report=report, user=None)
        times = defaultdict(list)
        real = editions.render_language

        def timed(edition, language):
            started = time.monotonic()
            files = real(edition, language)
            times["language"].append(time.monotonic() - started)
            return files

        editions.render_language = timed
        started = time.monotonic()
        try:
            edition = report_publish(
                report=report,
                user=None,
                require_complete=False,
                render_now=True,
                correction_note={"nl": "Benchmark.", "fr": "Benchmark."},
            )
        finally:
            editions.render_language = real
        total = time.monotonic() - started
        per_language = sum(times["language"]) / len(times["language"])
        self.stdout.write(
            f"publish {year}: edition {edition.number}, {edition.files.count()} files in "
            f"{len(times['language'])} languages, {total:.2f} s ({per_language:.2f} s per language)"
        )
