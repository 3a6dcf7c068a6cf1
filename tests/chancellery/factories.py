import factory

from chancellery.models import AnnualReport, IctTopic, IctYear


class AnnualReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AnnualReport
        django_get_or_create = ("year",)
        skip_postgeneration_save = True

    year = factory.Sequence(lambda n: 2000 + n)
    foreword_title_nl = "Voorwoord"
    foreword_title_fr = "Avant-propos"
    foreword_text_nl = factory.LazyAttribute(
        lambda o: f"Nederlandse tekst van het voorwoord {o.year}."
    )
    foreword_text_fr = factory.LazyAttribute(
        lambda o: f"Texte français de l'avant-propos {o.year}."
    )
    signatory_name = "Test Ondertekenaar"
    legal_deposit = "D/2017/9737/2"

    @factory.post_generation
    def published(report, create, extracted, **kwargs):
        """``published=True``: published as its edition 1, through the service (files rendered)."""
        if create and extracted and report.status == AnnualReport.Status.DRAFT:
            from chancellery.services import report_publish

            report_publish(report=report, user=None, require_complete=False, render_now=True)
            report.refresh_from_db()


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
