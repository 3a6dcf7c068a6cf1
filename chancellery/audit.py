"""The audit trail: every change to a record of our apps, who made it, when, and what changed.

django-simple-history keeps a historical table per model (``<app>_historical<model>``). Each app
registers its models with ``track`` at the end of its ``translation.py``: that module runs after
modeltranslation added the ``_nl``/``_fr``/``_de``/``_en`` columns, so the historical model copies
them (a ``history = HistoricalRecords()`` in models.py is built before they exist and would keep
only the untranslated column). The untranslated column itself is left out of the history: through
modeltranslation it reads as "the current language", which would make an entry depend on who saved.

The admin shows the history with ``SimpleHistoryAdmin`` (the "History" button of a change form:
who, when, and for each change the field's old and new value). Bulk writes (``QuerySet.update``,
``bulk_create``) bypass the history: code that uses them must say so and handle the history itself
(see ceremonies' anonymisation).
"""

from __future__ import annotations

import simple_history
from modeltranslation.translator import NotRegistered, translator
from simple_history.models import HistoricalRecords


class ChangesOnlyHistoricalRecords(HistoricalRecords):
    """A history that records a save only when it changed something.

    Saving a record unchanged (the idempotent demo loader, an admin "Save" with nothing edited)
    would otherwise add an entry that says nothing, and the loaders promise that running them
    twice changes nothing. Costs one query per save: the record's latest entry.
    """

    def create_historical_record(self, instance, history_type, using=None):
        if history_type == "~":
            latest = getattr(instance, self.manager_name).first()
            if latest is not None and all(
                getattr(latest, field.attname) == getattr(instance, field.attname)
                for field in self.fields_included(instance)
            ):
                return
        super().create_historical_record(instance, history_type, using=using)


def untranslated_fields(model) -> list[str]:
    """The original fields of ``model`` that modeltranslation split into language columns."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(options.fields)


def track(*models) -> None:
    """Keep the history of ``models``' records, with every language column."""
    for model in models:
        simple_history.register(
            model,
            records_class=ChangesOnlyHistoricalRecords,
            excluded_fields=untranslated_fields(model),
        )


def historical_models() -> list[type]:
    """Every historical model of the audit trail."""
    from django.apps import apps

    return [
        model
        for model in apps.get_models()
        if model.__name__.startswith("Historical") and hasattr(model, "instance_type")
    ]
