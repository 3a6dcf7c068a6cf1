"""Free text of the meetings the public reads, translated with modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

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
