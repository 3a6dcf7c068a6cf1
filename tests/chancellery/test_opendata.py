"""Open data of a year's report: data.json and one CSV per dataset, from the report registry."""

import csv
import importlib
import importlib.util
import io
import json
from decimal import Decimal

import pytest
from django.apps import apps
from pypdf import PdfReader

import chancellery.demo
from chancellery import opendata
from tests.chancellery.factories import AnnualReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def report_2016():
    """The 2016 demo report of the core (foreword, colophon, ICT figures), published."""
    chancellery.demo.load()
    chancellery.demo.publish()


def figures_by_code(document: dict) -> dict[str, dict]:
    return {
        figure["code"]: figure for dataset in document["datasets"] for figure in dataset["figures"]
    }


def test_data_json_holds_the_seed_figures_as_numbers(client, report_2016):
    response = client.get("/nl/reports/2016/data.json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    figures = figures_by_code(response.json())
    assert figures["ict.requests_handled"]["value"] == 12500
    assert figures["ict.users_served"]["value"] == 50000
    assert figures["ict.service_hours"]["value"] == "24/7"


def test_data_json_labels_follow_the_language_and_codes_do_not(client, report_2016):
    dutch = client.get("/nl/reports/2016/data.json").json()
    french = client.get("/fr/reports/2016/data.json").json()

    assert dutch["language"] == "nl" and french["language"] == "fr"
    assert list(figures_by_code(dutch)) == list(figures_by_code(french))
    assert figures_by_code(dutch)["ict.users_served"]["label"] == "Gebruikers van de ICT-diensten"
    assert figures_by_code(french)["ict.users_served"]["label"] == "Utilisateurs des services ICT"


def test_data_json_states_the_year_the_licence_and_links_back_to_the_report(
    client, report_2016, settings
):
    document = client.get("/fr/reports/2016/data.json").json()

    assert document["year"] == 2016
    assert document["licence"]["name"] == "CC0 1.0"
    assert document["licence"]["url"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert "CC0 1.0" in document["licence"]["statement"]
    assert document["edition"] == 1
    assert document["report_url"] == f"{settings.SITE_URL}/fr/reports/2016/editions/1/"
    assert document["datasets"][-1]["csv_url"].startswith(
        f"{settings.SITE_URL}/fr/reports/2016/editions/1/data/"
    )


def test_each_dataset_is_a_section_of_the_report_with_its_csv(client, report_2016, settings):
    document = client.get("/nl/reports/2016/data.json").json()

    ict = next(dataset for dataset in document["datasets"] if dataset["key"] == "ict")
    assert ict["title"] == "ICT: veiligheid en synergieën krijgen voorrang"
    assert ict["csv_url"] == f"{settings.SITE_URL}/nl/reports/2016/editions/1/data/ict.csv"


def test_dataset_csv_has_a_header_row_and_one_row_per_figure(client, report_2016):
    response = client.get("/fr/reports/2016/data/ict.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert rows[0] == ["code", "label", "value", "unit", "year"]
    assert rows[1:] == [
        ["ict.requests_handled", "Demandes de clients traitées", "12500", "demandes", "2016"],
        ["ict.users_served", "Utilisateurs des services ICT", "50000", "utilisateurs", "2016"],
        ["ict.service_hours", "Disponibilité des services ICT", "24/7", "", "2016"],
    ]


def test_unknown_dataset_is_404(client, report_2016):
    response = client.get("/nl/reports/2016/data/nothing.csv")

    assert response.status_code == 404


def test_unknown_year_is_404(client, report_2016):
    assert client.get("/nl/reports/1999/data.json").status_code == 404
    assert client.get("/nl/reports/1999/data/ict.csv").status_code == 404


def test_draft_year_is_404_for_the_public(client):
    chancellery.demo.load()  # not published

    assert client.get("/nl/reports/2016/data.json").status_code == 404
    assert client.get("/nl/reports/2016/data/ict.csv").status_code == 404


def test_draft_year_is_open_to_logged_in_staff(client, staff_user):
    chancellery.demo.load()
    client.force_login(staff_user)

    response = client.get("/nl/reports/2016/data.json")

    assert response.status_code == 200
    assert response.json()["published"] is None


def test_report_page_links_to_its_open_data_and_pdf(client, report_2016):
    page = client.get("/nl/reports/2016/").content.decode()

    assert 'href="/nl/reports/2016/editions/1/data.json"' in page
    assert 'href="/nl/reports/2016/editions/1/data/ict.csv"' in page
    assert 'href="/nl/reports/2016/editions/1/pdf"' in page


def test_year_without_figures_has_no_datasets(client):
    AnnualReportFactory(year=2015, published=True)

    document = client.get("/en/reports/2015/data.json").json()

    assert document["datasets"] == []


def test_decimals_are_written_as_json_numbers():
    text = opendata.dumps({"value": opendata.plain_value(Decimal("12.50"))})

    assert json.loads(text) == {"value": 12.5}
    assert '"value": 12.5' in text


def test_integral_decimals_become_integers():
    assert opendata.plain_value(Decimal("9414129.00")) == 9414129
    assert isinstance(opendata.plain_value(Decimal("9414129.00")), int)


def test_csv_writes_decimals_with_a_dot_and_no_grouping():
    from chancellery.registry import Figure, Section

    section = Section(
        key="x",
        title="X",
        template="",
        figures=(Figure("x.share", "Share", Decimal("1234.5"), "%"),),
    )

    assert opendata.csv_text(section, year=2016).splitlines()[1] == "x.share,Share,1234.5,%,2016"


def _guest_model():
    try:
        return apps.get_model("ceremonies", "Guest")
    except LookupError:
        return None


def _ceremonies_ready() -> bool:
    return _guest_model() is not None and importlib.util.find_spec("ceremonies.demo") is not None


@pytest.mark.skipif(not _ceremonies_ready(), reason="the ceremonies app has no Guest or demo yet")
def test_no_guest_name_in_any_exported_file(client):
    chancellery.demo.load()
    ceremonies_demo = importlib.import_module("ceremonies.demo")
    ceremonies_demo.load()
    Guest = _guest_model()
    Ceremony = apps.get_model("ceremonies", "Ceremony")
    GuestCategory = apps.get_model("ceremonies", "GuestCategory")
    unique_name = "Zerbinetta Quackenbush-Olyphant"
    Guest.objects.create(
        ceremony=Ceremony.objects.filter(date__year=2016).first(),
        category=GuestCategory.objects.first(),
        name=unique_name,
        organisation="Quackenbush Olyphant Holdings",
        email="zerbinetta@example.org",
    )
    chancellery.demo.publish()

    document = client.get("/nl/reports/2016/data.json").json()
    assert any(dataset["key"] == "ceremonies" for dataset in document["datasets"])
    files = [json.dumps(document, ensure_ascii=False)] + [
        client.get(dataset["csv_url"]).content.decode() for dataset in document["datasets"]
    ]
    pdf = PdfReader(io.BytesIO(client.get("/nl/reports/2016/pdf").content))
    files.append("\n".join(page.extract_text() for page in pdf.pages))
    for text in files:
        assert "Quackenbush" not in text
        assert "Zerbinetta" not in text
        assert "zerbinetta@example.org" not in text


# Figures of the printed 2016 report (shared/seed), by their open-data code, from every app's demo.
SEED_FIGURES = {
    "meetings.council-of-ministers.total": 51,
    "ceremonies.2016-03-24-federal-parliament.guests": 245,
    "ceremonies.2016-05-22-royal-palace.guests": 600,
    "hr.headcount": 143,
    "hr.telework.share": 39.8,
    "hr.training.days-per-person": 2.3,
    "procurement.commission.meetings": 17,
    "ict.requests_handled": 12500,
    "ict.users_served": 50000,
    "ict.service_hours": "24/7",
    "communication.unique-visitors.belgium-be": 9414129,
    "communication.unique-visitors.presscenter-org": 193058,
    "communication.unique-visitors.premier-be": 92294,
    "campaigns.madaboutbelgium.photos": 437,
}


def test_data_json_of_the_whole_2016_report_holds_the_seed_figures(client):
    from django.core.management import call_command

    call_command("load_demo_data", verbosity=0)

    figures = figures_by_code(client.get("/fr/reports/2016/data.json").json())

    found = {code: figures[code]["value"] for code in SEED_FIGURES if code in figures}
    assert found == SEED_FIGURES
