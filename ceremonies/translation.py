"""Free text of the ceremonies that the public reads, translated with modeltranslation.

Guests are not here: their data is personal and never published.
"""

from modeltranslation.translator import TranslationOptions, register

from ceremonies.models import Ceremony, CeremonyYear, Guest, GuestCategory
from chancellery import audit


@register(CeremonyYear)
class CeremonyYearTranslationOptions(TranslationOptions):
    fields = ("title", "introduction")


@register(Ceremony)
class CeremonyTranslationOptions(TranslationOptions):
    fields = ("title", "place", "description", "partners", "broadcast_note")


@register(GuestCategory)
class GuestCategoryTranslationOptions(TranslationOptions):
    fields = ("name",)


# The audit trail, registered after the translations so that every language column is kept.
audit.track(CeremonyYear, Ceremony, GuestCategory, Guest)
