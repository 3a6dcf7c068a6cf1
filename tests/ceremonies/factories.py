import datetime

import factory

from ceremonies.models import Ceremony, CeremonyYear, Guest, GuestCategory


class CeremonyYearFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CeremonyYear
        django_get_or_create = ("year",)

    year = 2030
    title_nl = "Plechtigheden"
    title_fr = "Cérémonies"
    title_de = "Zeremonien"
    title_en = "Ceremonies"


class CeremonyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Ceremony

    code = factory.Sequence(lambda n: f"2030-ceremony-{n}")
    title_nl = factory.Sequence(lambda n: f"Plechtigheid {n}")
    title_fr = factory.Sequence(lambda n: f"Cérémonie {n}")
    title_de = factory.Sequence(lambda n: f"Zeremonie {n}")
    title_en = factory.Sequence(lambda n: f"Ceremony {n}")
    date = datetime.date(2030, 6, 1)
    place_nl = "Brussel"
    place_fr = "Bruxelles"
    place_de = "Brüssel"
    place_en = "Brussels"


class GuestCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GuestCategory
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"category-{n}")
    name_nl = factory.Sequence(lambda n: f"categorie {n}")
    name_fr = factory.Sequence(lambda n: f"catégorie {n}")
    name_en = factory.Sequence(lambda n: f"category {n}")
    position = factory.Sequence(lambda n: n)


class GuestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Guest

    ceremony = factory.SubFactory(CeremonyFactory)
    category = factory.SubFactory(GuestCategoryFactory)
    name = factory.Sequence(lambda n: f"Testgast {n:05d}")
    email = factory.Sequence(lambda n: f"guest{n}@example.invalid")
    status = Guest.Status.CONFIRMED
