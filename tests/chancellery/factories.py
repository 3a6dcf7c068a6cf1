import factory

from chancellery.models import AnnualReport, IctTopic, IctYear


class AnnualReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AnnualReport
        django_get_or_create = ("year",)

    year = factory.Sequence(lambda n: 2000 + n)
    foreword_title_nl = "Voorwoord"
    foreword_title_fr = "Avant-propos"
    foreword_text_nl = factory.LazyAttribute(lambda o: f"Nederlandse tekst van het voorwoord {o.year}.")
    foreword_text_fr = factory.LazyAttribute(lambda o: f"Texte français de l'avant-propos {o.year}.")
    signatory_name = "Test Ondertekenaar"
    legal_deposit = "D/2017/9737/2"

    class Params:
        published = factory.Trait(
            status=AnnualReport.Status.PUBLISHED,
            published_at=factory.Faker("date_time", tzinfo=__import__("datetime").timezone.utc),
        )


class IctYearFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IctYear

    year = 2016
    title_nl = "ICT-titel"
    title_fr = "Titre ICT"
    requests_handled = 12500
    users_served = 50000
    service_hours = "24/7"


class IctTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IctTopic

    ict_year = factory.SubFactory(IctYearFactory)
    position = factory.Sequence(int)
    title_nl = "Onderwerp"
    text_nl = "Tekst"
