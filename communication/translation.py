"""Free text of external communication that the public reads, translated with modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from communication.models import (
    Campaign,
    CampaignAction,
    CampaignFigure,
    CommunicationTopic,
    CommunicationYear,
    SocialAccount,
    Website,
)


@register(Website)
class WebsiteTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(SocialAccount)
class SocialAccountTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(CommunicationYear)
class CommunicationYearTranslationOptions(TranslationOptions):
    fields = ("title", "introduction")


@register(CommunicationTopic)
class CommunicationTopicTranslationOptions(TranslationOptions):
    fields = ("title", "text")


@register(Campaign)
class CampaignTranslationOptions(TranslationOptions):
    fields = ("name", "title", "description")


@register(CampaignAction)
class CampaignActionTranslationOptions(TranslationOptions):
    fields = ("title", "place", "description")


@register(CampaignFigure)
class CampaignFigureTranslationOptions(TranslationOptions):
    fields = ("unit", "label")
