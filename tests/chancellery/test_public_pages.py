"""Public pages of the core: visibility of drafts, languages, formats, fallback, health check."""

import pytest

from tests.chancellery.factories import AnnualReportFactory, IctYearFactory

pytestmark = pytest.mark.django_db


def test_draft_report_is_404_for_the_public(client):
    AnnualReportFactory(year=2016)

    response = client.get("/nl/reports/2016/")

    assert response.status_code == 404


def test_draft_report_is_previewed_by_logged_in_staff(client, staff_user):
    AnnualReportFactory(year=2016)
    client.force_login(staff_user)

    response = client.get("/nl/reports/2016/")

    assert response.status_code == 200
    assert "Conceptversie" in response.content.decode()


def test_published_report_is_public(client):
    AnnualReportFactory(year=2016, published=True)

    response = client.get("/nl/reports/2016/")

    assert response.status_code == 200
    assert "Nederlandse tekst van het voorwoord 2016." in response.content.decode()


def test_unknown_year_is_404_in_the_readers_language(client):
    response = client.get("/fr/reports/1999/")

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_home_shows_the_latest_published_report(client):
    AnnualReportFactory(year=2015, published=True)
    AnnualReportFactory(year=2016, published=True)
    AnnualReportFactory(year=2017)  # a draft is not the latest for the public

    response = client.get("/nl/")

    assert response.status_code == 200
    assert response.content == client.get("/nl/reports/2016/").content


def test_report_list_shows_published_years_only(client):
    AnnualReportFactory(year=2015, published=True)
    AnnualReportFactory(year=2017)

    content = client.get("/nl/reports/").content.decode()

    assert "/nl/reports/2015/" in content
    assert "/nl/reports/2017/" not in content


@pytest.mark.parametrize(
    ("lang", "contents_heading"),
    [("nl", "Inhoud"), ("fr", "Sommaire"), ("de", "Inhalt"), ("en", "Contents")],
)
def test_each_language_renders_its_own_interface_strings(client, lang, contents_heading):
    AnnualReportFactory(year=2016, published=True)

    content = client.get(f"/{lang}/reports/2016/").content.decode()

    assert f'<html lang="{lang}">' in content
    assert contents_heading in content


@pytest.mark.parametrize(
    ("lang", "requests"),
    [("nl", "12.500"), ("fr", "12\u00a0500"), ("de", "12.500"), ("en", "12,500")],
)
def test_figures_are_formatted_per_locale(client, lang, requests):
    IctYearFactory(year=2016, requests_handled=12500)
    AnnualReportFactory(year=2016, published=True)

    content = client.get(f"/{lang}/reports/2016/").content.decode()

    assert requests in content


def test_years_are_never_grouped_like_numbers(client):
    AnnualReportFactory(year=2016, published=True)

    content = client.get("/nl/reports/2016/").content.decode()

    assert "Jaarverslag 2016" in content
    assert "2.016" not in content


@pytest.mark.parametrize(("lang", "date"), [("nl", "20 juni 2016"), ("fr", "20 juin 2016")])
def test_dates_are_formatted_per_locale(client, lang, date):
    import datetime

    from chancellery.services import report_publish

    report_publish(
        report=AnnualReportFactory(year=2016),
        user=None,
        require_complete=False,
        render_now=True,
        published_at=datetime.datetime(2016, 6, 20, 10, tzinfo=datetime.UTC),
    )

    content = client.get(f"/{lang}/reports/2016/").content.decode()

    assert date in content


def test_german_falls_back_to_dutch_when_not_translated(client):
    AnnualReportFactory(year=2016, published=True, foreword_text_de="")

    content = client.get("/de/reports/2016/").content.decode()

    assert "Nederlandse tekst van het voorwoord 2016." in content


def test_english_falls_back_to_dutch_when_not_translated(client):
    AnnualReportFactory(year=2016, published=True, foreword_text_en="")

    content = client.get("/en/reports/2016/").content.decode()

    assert "Nederlandse tekst van het voorwoord 2016." in content


def test_french_reader_gets_the_french_text_when_it_exists(client):
    AnnualReportFactory(year=2016, published=True)

    content = client.get("/fr/reports/2016/").content.decode()

    assert "Texte français de l&#x27;avant-propos 2016." in content


def test_language_switcher_links_to_the_same_page_in_each_language(client):
    AnnualReportFactory(year=2016, published=True)

    content = client.get("/nl/reports/2016/").content.decode()

    for lang in ("nl", "fr", "de", "en"):  # the same edition in each language
        assert f'href="/{lang}/reports/2016/editions/1/"' in content


def test_report_query_count_does_not_grow_with_the_number_of_reports(
    client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    AnnualReportFactory(year=2016, published=True)
    client.get("/nl/reports/2016/")  # the bytes are kept by the process from now on
    with CaptureQueriesContext(connection) as few:
        client.get("/nl/reports/2016/")
    for year in range(2010, 2016):
        AnnualReportFactory(year=year, published=True)
    with CaptureQueriesContext(connection) as many:
        client.get("/nl/reports/2016/")

    assert len(many) == len(few)


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"


@pytest.mark.django_db(transaction=True)
def test_healthz_answers_503_when_the_database_is_down(client):
    import socket

    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("needs a database server to take away")
    with socket.socket() as probe:  # a port where no database listens
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    original = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(dead_port))
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(original)

    assert response.status_code == 503
    assert client.get("/healthz").status_code == 200
