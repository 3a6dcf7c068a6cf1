import datetime

import factory

from meetings.models import Body, BodyNote, Meeting, MeetingsYear, Occasion


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"body-{n}")
    position = factory.Sequence(lambda n: n)
    name_nl = factory.Sequence(lambda n: f"Orgaan {n}")
    name_fr = factory.Sequence(lambda n: f"Organe {n}")
    name_de = factory.Sequence(lambda n: f"Gremium {n}")
    name_en = factory.Sequence(lambda n: f"Body {n}")
    plural_name_nl = factory.Sequence(lambda n: f"Organen {n}")
    plural_name_fr = factory.Sequence(lambda n: f"Organes {n}")
    plural_name_de = factory.Sequence(lambda n: f"Gremien {n}")
    plural_name_en = factory.Sequence(lambda n: f"Bodies {n}")
    usual_frequency_nl = "maandelijks"
    usual_frequency_fr = "mensuellement"
    usual_frequency_de = "monatlich"
    usual_frequency_en = "monthly"


class OccasionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Occasion

    code = factory.Sequence(lambda n: f"occasion-{n}")
    name_nl = factory.Sequence(lambda n: f"gebeurtenis {n}")
    name_fr = factory.Sequence(lambda n: f"événement {n}")
    name_de = factory.Sequence(lambda n: f"Ereignis {n}")
    name_en = factory.Sequence(lambda n: f"event {n}")
    date = datetime.date(2015, 6, 1)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory)
    date = factory.Sequence(lambda n: datetime.date(2015, 1, 1) + datetime.timedelta(days=n % 365))
    status = Meeting.Status.HELD
    kind = Meeting.Kind.REGULAR


class MeetingsYearFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingsYear

    year = 2015
    title_nl = "Achter de schermen"
    title_fr = "Dans les coulisses"
    title_de = "Hinter den Kulissen"
    title_en = "Behind the scenes"
    introduction_nl = "Inleiding."
    introduction_fr = "Introduction."
    introduction_de = "Einleitung."
    introduction_en = "Introduction."


class BodyNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BodyNote

    meetings_year = factory.SubFactory(MeetingsYearFactory)
    body = factory.SubFactory(BodyFactory)
    text_nl = "Toelichting."
    text_fr = "Explication."
    text_de = "Erläuterung."
    text_en = "Explanation."
