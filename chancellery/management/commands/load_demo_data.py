"""Load the 2016 demo data: the core's part, then each domain app's ``demo.py``.

Idempotent: run twice, it neither fails nor duplicates anything. Everything is written in one
transaction, so a failure leaves the database as it was.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from chancellery import demo as core_demo
from chancellery import freeze


class Command(BaseCommand):
    help = "Load (or refresh) the 2016 annual report's demo data, and publish that report."

    def handle(self, *args, **options):
        # The demo loader refreshes its own, published, year: it lifts the freeze explicitly.
        with transaction.atomic(), freeze.lifted():
            core_demo.load()
            for app_config in apps.get_app_configs():
                if app_config.name == "chancellery":
                    continue
                if module_has_submodule(app_config.module, "demo"):
                    module = import_module(f"{app_config.name}.demo")
                    module.load()
                    self.stdout.write(f"Loaded the demo data of {app_config.label}.")
            core_demo.publish(require_complete=True)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo data of 2016 loaded; the 2016 report is published (edition 1)."
            )
        )
