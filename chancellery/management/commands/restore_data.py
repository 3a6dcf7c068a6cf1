"""Read a ``backup_data`` file back into an empty database (run ``migrate`` first).

All or nothing: ``loaddata`` writes in one transaction. A database that already holds records is
refused, so that a restore never mixes two states; ``--flush`` empties it first (everything,
sessions included). Restored records bypass the freeze guard and add no audit entry (they are
raw loads), and the cached report pages are dropped.
"""

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from chancellery.management.commands.backup_data import BACKED_UP


def _non_empty_tables() -> list[str]:
    from django.apps import apps

    labels = []
    # Groups are matched on their names (natural keys): existing roles are updated, not doubled.
    for label in [label for label in BACKED_UP if label != "auth.group"]:
        app_label, _dot, model_name = label.partition(".")
        models = (
            [apps.get_model(app_label, model_name)]
            if model_name
            else apps.get_app_config(app_label).get_models()
        )
        labels += [model._meta.label for model in models if model._default_manager.exists()]
    return labels


class Command(BaseCommand):
    help = "Restore a backup_data file into an empty database (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A file written by backup_data.")
        parser.add_argument(
            "--flush",
            action="store_true",
            help="Empty the database first (every table): for replacing the data, not merging.",
        )

    def handle(self, *args, file, flush=False, **options):
        if flush:
            call_command("flush", interactive=False, verbosity=0)
        non_empty = _non_empty_tables()
        if non_empty:
            raise CommandError(
                "The database is not empty (" + ", ".join(non_empty[:5]) + ", ...): restore into "
                "a freshly migrated database, or pass --flush to empty this one first."
            )
        call_command("loaddata", file, verbosity=0)
        cache.clear()
        self.stdout.write(self.style.SUCCESS(f"Restored {file}."))
