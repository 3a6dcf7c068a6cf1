"""Free text of the procurement app that the public reads, translated with modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from procurement.models import Directive, LegalInstrument, ProcurementYear


@register(Directive)
class DirectiveTranslationOptions(TranslationOptions):
    fields = ("title", "subject")


@register(LegalInstrument)
class LegalInstrumentTranslationOptions(TranslationOptions):
    fields = ("title", "short_description")


@register(ProcurementYear)
class ProcurementYearTranslationOptions(TranslationOptions):
    fields = ("title", "introduction", "directives_text", "next_steps")
