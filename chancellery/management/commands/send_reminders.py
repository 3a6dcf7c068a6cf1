"""The daily check of the data-collection calendar, for cron or the systemd timer of deploy/."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from chancellery import collection, tasks


class Command(BaseCommand):
    help = (
        "Record each report section's progress and e-mail the reminders due today (never the "
        "same one twice). --enqueue leaves it to the task worker instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue", action="store_true", help="Queue the task for the worker (db_worker)."
        )
        parser.add_argument(
            "--date", help="Check as on this day (YYYY-MM-DD), e.g. to try the reminders out."
        )

    def handle(self, *args, enqueue=False, date=None, **options):
        if enqueue:
            if date:
                raise CommandError("--date cannot be combined with --enqueue.")
            result = tasks.send_reminders.enqueue()
            self.stdout.write(f"Queued: {result.id}")
            return
        today = None
        if date:
            try:
                today = datetime.date.fromisoformat(date)
            except ValueError:
                raise CommandError(f"Not a date (YYYY-MM-DD): {date}") from None
        counts = collection.reminders_send(today=today)
        self.stdout.write(
            f"{counts['sent']} sent, {counts['already_sent']} already sent, "
            f"{counts['failed']} refused by the mail server."
        )
        if counts["failed"]:
            raise CommandError("The mail server refused some reminders; they are sent next time.")
