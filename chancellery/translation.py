"""Free text of the core models, translated with modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from chancellery import audit
from chancellery.models import (
    AccessibilityIssue,
    AccessibilityStatement,
    AnnualReport,
    CollectionDeadline,
    Edition,
    IctTopic,
    IctYear,
    PrivacyNotice,
    PublicationEvent,
    StaffLanguage,
)


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


@register(AccessibilityStatement)
class AccessibilityStatementTranslationOptions(TranslationOptions):
    fields = ("contact_address",)


@register(AccessibilityIssue)
class AccessibilityIssueTranslationOptions(TranslationOptions):
    fields = ("description", "alternative")


@register(PrivacyNotice)
class PrivacyNoticeTranslationOptions(TranslationOptions):
    fields = (
        "controller",
        "controller_address",
        "purposes",
        "legal_basis",
        "data_categories",
        "source",
        "recipients",
    )


# The public statements' history: who changed what the law asks to publish, and when.
audit.track(AccessibilityStatement, AccessibilityIssue, PrivacyNotice)
# Staff enter the calendar's dates and their own e-mail language: who changed it, and when.
audit.track(CollectionDeadline, StaffLanguage)
