"""Wipe the personal data of the guests of old ceremonies; counts stay."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ceremonies.services import guests_anonymise
from chancellery.background_imports import import_jobs_forget

DEFAULT_RETENTION_DAYS = 365


class Command(BaseCommand):
    help = (
        "Anonymise the guests of ceremonies held more than the retention period ago "
        "(setting CEREMONIES_GUEST_RETENTION_DAYS, default 365 days, or --days): names, "
        "organisations, e-mail, phone, accessibility needs and notes are wiped; categories and "
        "statuses stay, so every count stays the same."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, help="Retention period in days (overrides the setting)."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would be anonymised; change nothing.",
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is None:
            days = getattr(settings, "CEREMONIES_GUEST_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)
        if days < 0:
            raise CommandError("The retention period cannot be negative.")
        report = guests_anonymise(retention_days=days, dry_run=dry_run)
        if not report.dry_run:
            # Large guest imports' files and errors, however recent, unless one is running.
            import_jobs_forget(model="ceremonies.guest")
        verb = "Would anonymise" if report.dry_run else "Anonymised"
        self.stdout.write(
            f"{verb} {report.guests} guest(s) of {report.ceremonies} ceremony(ies) held before "
            f"{report.cutoff.isoformat()} (retention: {days} days)."
        )
