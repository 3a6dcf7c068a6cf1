import datetime

import factory

from procurement.models import CommissionMeeting, Directive, LegalInstrument, ProcurementYear, Stage


class DirectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Directive
        django_get_or_create = ("number",)

    number = factory.Sequence(lambda n: f"2014/{n + 100}/EU")
    title_nl = "betreffende iets"
    title_fr = "concernant quelque chose"
    title_en = "on something"
    subject_nl = "over iets"
    subject_fr = "sur quelque chose"
    subject_en = "on something"
    adopted_on = datetime.date(2014, 2, 26)
    transposition_deadline = datetime.date(2016, 4, 18)


class LegalInstrumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LegalInstrument
        skip_postgeneration_save = True

    kind = LegalInstrument.Kind.LAW
    title_nl = factory.Sequence(lambda n: f"inzake onderwerp {n}")
    title_fr = factory.Sequence(lambda n: f"relative au sujet {n}")
    title_en = factory.Sequence(lambda n: f"on subject {n}")

    @factory.post_generation
    def directives(self, create, extracted, **kwargs):
        if create and extracted:
            self.directives.set(extracted)


class StageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Stage

    instrument = factory.SubFactory(LegalInstrumentFactory)
    kind = Stage.Kind.DRAFTING
    date = datetime.date(2016, 3, 1)


class CommissionMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommissionMeeting

    date = factory.Sequence(lambda n: datetime.date(2018, 1, 1) + datetime.timedelta(days=n))


class ProcurementYearFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProcurementYear
        django_get_or_create = ("year",)

    year = 2018
    title_nl = "Omzetting van de Europese richtlijnen"
    title_fr = "Transposition des directives européennes"
    title_en = "Transposition of the European directives"
    introduction_nl = "Inleiding."
    introduction_fr = "Introduction."
    introduction_en = "Introduction."
