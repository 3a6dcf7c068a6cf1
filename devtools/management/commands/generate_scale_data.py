"""Build the scale data set of the benchmarks: 10 years of reports, every section filled.

The core's part comes from ``chancellery/scale.py``, each domain app's from its own ``scale.py``
(``generate(years=[...])``): 50.000 meetings, 100.000 guests over 200 ceremonies, monthly and yearly
statistics of 50 sites... Re-running reuses what is there. The last year is then published as its
edition 1, every file rendered (as a public reader finds it; the longest part, over a minute: its
PDFs are long); the earlier years stay drafts, previewed live. ``--published 2`` publishes the last
two years (``make bench``: the dashboard of a year compares it with the year before, as published).
"""

import time
from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from chancellery import freeze
from chancellery import scale as core_scale
from chancellery.models import AnnualReport
from chancellery.services import report_publish


class Command(BaseCommand):
    help = "Generate (or reuse) the scale data set used by `make bench`."

    def add_arguments(self, parser):
        parser.add_argument("--first-year", type=int, default=2007)
        parser.add_argument("--years", type=int, default=10)
        parser.add_argument(
            "--published", type=int, default=1, help="How many of the last years to publish."
        )

    def handle(self, *args, first_year, years, published, **options):
        year_list = list(range(first_year, first_year + years))
        with transaction.atomic(), freeze.lifted():
            core_scale.generate(years=year_list)
            for app_config in apps.get_app_configs():
                if app_config.name != "chancellery" and module_has_submodule(
                    app_config.module, "scale"
                ):
                    started = time.monotonic()
                    import_module(f"{app_config.name}.scale").generate(years=year_list)
                    self.stdout.write(f"{app_config.label}: {time.monotonic() - started:.1f} s")
        last = AnnualReport.objects.filter(
            year__in=year_list[-published:] if published > 0 else [], status="draft"
        ).order_by("year")
        for report in last:
            started = time.monotonic()
            report_publish(report=report, user=None, require_complete=False, render_now=True)
            self.stdout.write(f"{report.year} published: {time.monotonic() - started:.1f} s")
        self.stdout.write(
            self.style.SUCCESS(f"Scale data for {year_list[0]}–{year_list[-1]} ready.")
        )
