"""Free text of external communication that the public reads, translated with modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from chancellery import audit
from communication.models import (
    Campaign,
    CampaignAction,
    CampaignFigure,
    CommunicationTopic,
    CommunicationYear,
    FollowerCount,
    SocialAccount,
    Website,
    WebStatistic,
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


# The audit trail, registered after the translations so that every language column is kept.
audit.track(
    Website,
    WebStatistic,
    SocialAccount,
    FollowerCount,
    CommunicationYear,
    CommunicationTopic,
    Campaign,
    CampaignAction,
    CampaignFigure,
)
