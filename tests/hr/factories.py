import datetime
from decimal import Decimal

import factory

from hr.models import Commitment, StaffFigures, YearNarrative


class StaffFiguresFactory(factory.django.DjangoModelFactory):
    """A year's staff counts that add up (the 2016 report's by default)."""

    class Meta:
        model = StaffFigures

    year = 2017
    reference_date = factory.LazyAttribute(lambda o: datetime.date(o.year, 12, 31))
    headcount = 143
    men = 51
    women = 92
    gender_other = 0
    statutory = 89
    contractual = 54
    telework_base = 118
    telework_base_label_nl = "personeelsleden van wie de functie telewerk toelaat"
    telework_base_label_fr = "membres du personnel dont la fonction permet le télétravail"
    telework_base_label_de = "Personal, dessen Funktion Telearbeit erlaubt"
    telework_base_label_en = "staff whose function allows telework"
    teleworkers = 47
    training_days_total = Decimal("329.0")


class YearNarrativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = YearNarrative

    year = 2017
    title_nl = "Duurzame ontwikkeling als rode draad"
    title_fr = "Le développement durable comme fil rouge"
    title_de = "Nachhaltige Entwicklung als roter Faden"
    title_en = "Sustainable development as a common thread"


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment

    narrative = factory.SubFactory(YearNarrativeFactory)
    position = factory.Sequence(lambda n: n + 1)
    title_nl = factory.Sequence(lambda n: f"Verbintenis {n}")
    title_fr = factory.Sequence(lambda n: f"Engagement {n}")
    title_de = factory.Sequence(lambda n: f"Verpflichtung {n}")
    title_en = factory.Sequence(lambda n: f"Commitment {n}")
    text_nl = "Tekst."
    text_fr = "Texte."
    text_de = "Text."
    text_en = "Text."
