"""Free text of the HR models the public reads, translated with modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from chancellery import audit
from hr.models import Commitment, StaffFigures, YearNarrative


@register(StaffFigures)
class StaffFiguresTranslationOptions(TranslationOptions):
    fields = ("telework_base_label",)


@register(YearNarrative)
class YearNarrativeTranslationOptions(TranslationOptions):
    fields = ("title", "introduction", "commitments_title", "commitments_introduction")


@register(Commitment)
class CommitmentTranslationOptions(TranslationOptions):
    fields = ("title", "text", "date_label", "figure_unit")


# The audit trail, registered after the translations so that every language column is kept.
audit.track(StaffFigures, YearNarrative, Commitment)
