"""No public page or open-data file shows a guest's name or e-mail: only counts leave the app."""

import pytest
from django.core.management import call_command

from ceremonies.models import Ceremony, Guest, GuestCategory
from ceremonies.report import ceremonies_section
from chancellery import freeze

pytestmark = pytest.mark.django_db

NAME = "Qwxzorp Uniquename-Testgast"
EMAIL = "qwxzorp.unique@example.invalid"
LANGUAGES = ("nl", "fr", "de", "en")


@pytest.fixture
def unique_guest(demo_2016):
    with freeze.lifted():
        return Guest.objects.create(
            ceremony=Ceremony.objects.get(code="2016-05-22-royal-palace"),
            category=GuestCategory.objects.get(code="victims"),
            name=NAME,
            email=EMAIL,
            phone="+32 2 555 01 23",
            status=Guest.Status.ATTENDED,
        )


def public_urls():
    for lang in LANGUAGES:
        yield f"/{lang}/"
        yield f"/{lang}/reports/"
        yield f"/{lang}/reports/2016/"
        yield f"/{lang}/reports/2016/data.json"
        yield f"/{lang}/reports/2016/data/ceremonies.csv"


def test_the_unique_guest_is_counted(unique_guest):
    figures = {f.code: f.value for f in ceremonies_section(2016).figures}

    assert figures["ceremonies.2016-05-22-royal-palace.guests"] == 601


@pytest.mark.parametrize("url", list(public_urls()))
def test_public_page_never_shows_a_guests_name_email_or_phone(client, unique_guest, url):
    response = client.get(url)

    assert response.status_code == 200
    body = response.content.decode()
    assert "Qwxzorp" not in body
    assert "qwxzorp" not in body
    assert "555 01 23" not in body


def test_report_page_shows_every_seed_figure_in_dutch(client, demo_2016):
    body = client.get("/nl/reports/2016/").content.decode()

    assert "Hulde aan de slachtoffers van de terroristische aanslagen" in body
    for figure in (245, 60, 150, 600, 200, 100, 190, 33, 77):
        assert f'<td class="num">{figure}</td>' in body
    for text in (
        "24 maart 2016",
        "22 mei 2016",
        "Federaal Parlement",
        "Koninklijk Paleis",
        "Senatoren",
        "Federale volksvertegenwoordigers",
        "Naasten en familieleden van de overleden slachtoffers",
        "Jongeren",
        "De Koning en de Koningin",
        "De leden van de federale regering",
        "De ministers-presidenten en de voorzitters van de parlementen van de deelstaten",
        "Rechtstreeks uitgezonden op de vier nationale zenders",
        "FOD Binnenlandse Zaken",
        "FOD Buitenlandse Zaken",
        "Ministerie van Defensie",
    ):
        assert text in body


def test_report_page_shows_the_ceremonies_in_french(client, demo_2016):
    body = client.get("/fr/reports/2016/").content.decode()

    for text in (
        "Hommage aux victimes des attentats terroristes",
        "24 mars 2016",
        "22 mai 2016",
        "Députés fédéraux",
        "Le Roi et la Reine",
        "quatre chaînes nationales",
        "Palais royal",
    ):
        assert text in body
    assert '<td class="num">245</td>' in body
    assert '<td class="num">600</td>' in body


def test_report_page_says_which_guests_are_counted(client, demo_2016):
    body = client.get("/en/reports/2016/").content.decode()

    assert "confirmed their attendance" in body
    assert "who attended" in body


def test_anonymisation_keeps_the_counts(demo_2016):
    before = ceremonies_section(2016).figures

    call_command("anonymise_guests", "--days", "30")

    assert ceremonies_section(2016).figures == before
    assert not Guest.objects.exclude(name="").exists()
    assert not Guest.objects.exclude(email="").exists()
