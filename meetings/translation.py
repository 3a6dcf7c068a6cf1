"""Free text of the meetings the public reads, translated with modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from chancellery import audit
from meetings.models import Body, BodyNote, Meeting, MeetingsYear, Occasion


@register(Body)
class BodyTranslationOptions(TranslationOptions):
    fields = ("name", "plural_name", "description", "usual_frequency")


@register(Occasion)
class OccasionTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("subject",)


@register(MeetingsYear)
class MeetingsYearTranslationOptions(TranslationOptions):
    fields = ("title", "introduction")


@register(BodyNote)
class BodyNoteTranslationOptions(TranslationOptions):
    fields = ("text",)


# The audit trail, registered after the translations so that every language column is kept.
audit.track(Body, Occasion, Meeting, MeetingsYear, BodyNote)
