"""Factories of external communication's models."""

import datetime

import factory

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

# Tests write to a year no demo report publishes.
YEAR = 2030


class WebsiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Website

    code = factory.Sequence(lambda n: f"site-{n}")
    address = factory.Sequence(lambda n: f"www.site{n}.be")
    name_nl = factory.Sequence(lambda n: f"Site {n}")
    name_fr = factory.Sequence(lambda n: f"Site {n}")


class YearlyStatisticFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WebStatistic

    website = factory.SubFactory(WebsiteFactory)
    kind = WebStatistic.Kind.YEAR
    year = YEAR
    month = None
    unique_visitors = 1000
    visits = 1500
    page_views = 4000


class MonthlyStatisticFactory(YearlyStatisticFactory):
    kind = WebStatistic.Kind.MONTH
    month = 1
    unique_visitors = 100
    visits = 150
    page_views = 400


class SocialAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SocialAccount

    platform = SocialAccount.Platform.FACEBOOK
    handle = factory.Sequence(lambda n: f"account{n}")
    name_nl = factory.Sequence(lambda n: f"Account {n}")
    name_fr = factory.Sequence(lambda n: f"Compte {n}")


class FollowerCountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowerCount

    account = factory.SubFactory(SocialAccountFactory)
    date = datetime.date(YEAR, 1, 1)
    followers = 1000


class CommunicationYearFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommunicationYear

    year = YEAR
    title_nl = "Steeds digitaler"
    title_fr = "Toujours plus numérique"
    introduction_nl = "Inleiding"
    introduction_fr = "Introduction"


class CommunicationTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommunicationTopic

    narrative = factory.SubFactory(CommunicationYearFactory)
    position = factory.Sequence(int)
    title_nl = factory.Sequence(lambda n: f"Onderwerp {n}")
    title_fr = factory.Sequence(lambda n: f"Sujet {n}")
    text_nl = "Tekst"
    text_fr = "Texte"


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    code = factory.Sequence(lambda n: f"campaign-{n}")
    year = YEAR
    name_nl = "#MadAboutBelgium"
    name_fr = "#MadAboutBelgium"
    title_nl = "Getooid in de nationale driekleur"
    title_fr = "Aux couleurs nationales"
    description_nl = "Beschrijving"
    description_fr = "Description"


class CampaignActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignAction

    campaign = factory.SubFactory(CampaignFactory)
    position = factory.Sequence(int)
    title_nl = factory.Sequence(lambda n: f"Actie {n}")
    title_fr = factory.Sequence(lambda n: f"Action {n}")
    start_date = datetime.date(YEAR, 8, 15)


class CampaignFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignFigure

    campaign = factory.SubFactory(CampaignFactory)
    position = factory.Sequence(int)
    code = factory.Sequence(lambda n: f"figure-{n}")
    value = 437
    unit_nl = "foto’s"
    unit_fr = "photos"
    label_nl = "in de fotomaton"
    label_fr = "dans le photomaton"
