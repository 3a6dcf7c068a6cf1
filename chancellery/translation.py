"""Free text of the core models, translated with modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from chancellery import audit
from chancellery.models import AnnualReport, Edition, IctTopic, IctYear, PublicationEvent


@register(AnnualReport)
class AnnualReportTranslationOptions(TranslationOptions):
    fields = (
        "foreword_title",
        "foreword_text",
        "signatory_role",
        "organisation",
        "address",
        "publisher_role",
    )


@register(Edition)
class EditionTranslationOptions(TranslationOptions):
    fields = ("correction_note", "licence_justification")


@register(IctYear)
class IctYearTranslationOptions(TranslationOptions):
    fields = ("title", "introduction")


@register(IctTopic)
class IctTopicTranslationOptions(TranslationOptions):
    fields = ("title", "text")


# The audit trail, registered after the translations so that every language column is kept.
# An edition's files are not: they never change (the record is its own trail) and are large.
audit.track(AnnualReport, PublicationEvent, Edition, IctYear, IctTopic)
