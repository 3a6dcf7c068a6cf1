"""Render, here and now, every edition still waiting for its files (normally the task worker's job).

After the upgrade that introduced editions, the reports published before are editions waiting
for their files; or the worker was down when an editor published. Each edition becomes public
once its files are rendered, as through the worker.
"""

from django.core.management.base import BaseCommand, CommandError

from chancellery import editions
from chancellery.models import Edition


class Command(BaseCommand):
    help = "Render every edition waiting for its files, and make each public once rendered."

    def handle(self, *args, **options):
        waiting = Edition.objects.filter(state=Edition.State.RENDERING).select_related("report")
        failed = []
        for edition in waiting.order_by("report__year", "number"):
            try:
                outcome = editions.edition_render(edition_id=edition.pk)
            except Exception as error:  # the edition is marked failed; say so and go on
                failed.append(f"{edition.report.year}: {error}")
                continue
            self.stdout.write(f"{edition.report.year}, edition {edition.number}: {outcome}.")
        if failed:
            raise CommandError("Rendering failed for " + "; ".join(failed))
