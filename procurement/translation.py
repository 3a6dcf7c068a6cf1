"""Free text of the procurement app that the public reads, translated with modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from chancellery import audit
from procurement.models import (
    CommissionMeeting,
    Directive,
    LegalInstrument,
    ProcurementYear,
    Stage,
)


@register(Directive)
class DirectiveTranslationOptions(TranslationOptions):
    fields = ("title", "subject")


@register(LegalInstrument)
class LegalInstrumentTranslationOptions(TranslationOptions):
    fields = ("title", "short_description")


@register(ProcurementYear)
class ProcurementYearTranslationOptions(TranslationOptions):
    fields = ("title", "introduction", "directives_text", "next_steps")


# The audit trail, registered after the translations so that every language column is kept.
audit.track(Directive, LegalInstrument, Stage, CommissionMeeting, ProcurementYear)
