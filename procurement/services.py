"""Writes of the procurement app that span records: recording a stage against its siblings."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from procurement.models import LegalInstrument, Stage, stages_errors


@transaction.atomic
def stage_record(
    *, instrument: LegalInstrument, kind: int, date: datetime.date, reference: str = ""
) -> Stage:
    """Record (or re-date) the stage ``kind`` of ``instrument``, refusing an impossible order.

    Raises ValidationError when the stage is in the future, out of order with the act's other
    stages, or disagrees with the act's own date or publication date.
    """
    stage = Stage.objects.filter(instrument=instrument, kind=kind).first() or Stage(
        instrument=instrument, kind=kind
    )
    stage.date = date
    stage.reference = reference
    stage.full_clean()
    siblings = [(other.kind, other.date) for other in instrument.stages.exclude(kind=kind)] + [
        (kind, date)
    ]
    messages = stages_errors(instrument, siblings, complete=False)
    if messages:
        raise ValidationError(messages)
    stage.save()
    return stage
