"""Finding 16.1: a Matomo file whose unique visitors' column is misspelt is refused, naming the
column it lacks and the columns it has; a column nothing reads is named in a warning."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from communication.importers import web_statistics_import
from communication.models import WebStatistic
from tests.communication.factories import YEAR, WebsiteFactory
from tests.staff import log_in_as

pytestmark = [pytest.mark.django_db, pytest.mark.otp]

IMPORT_URL = "/admin/communication/webstatistic/import/"
MISSPELT = f"date,nb_unique_visitors,nb_visits\n{YEAR},92294,150000\n".encode()


@pytest.fixture
def premier():
    return WebsiteFactory(code="premier-be", address="www.premier.be")


def upload(client, content: bytes, site, language="nl"):
    return client.post(
        IMPORT_URL,
        {
            "file": SimpleUploadedFile("VisitsSummary.csv", content, content_type="text/csv"),
            "fmt": "matomo",
            "site": site.pk,
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_a_misspelt_unique_visitors_column_is_refused_and_named(client, django_user_model, premier):
    log_in_as(client, django_user_model, "communication")

    response = upload(client, MISSPELT, premier)

    assert response.status_code == 200
    page = response.content.decode()
    assert (
        "Het bestand mist de kolom nb_uniq_visitors (gevonden kolommen: date, "
        "nb_unique_visitors, nb_visits)."
    ) in page
    assert not WebStatistic.objects.exists()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Il manque au fichier la colonne nb_uniq_visitors"),
        ("de", "Der Datei fehlt die Spalte nb_uniq_visitors"),
        ("en", "The file lacks the column nb_uniq_visitors"),
    ],
)
def test_the_refusal_is_in_the_staff_members_language(
    client, django_user_model, premier, language, sentence
):
    log_in_as(client, django_user_model, "communication")

    response = upload(client, MISSPELT, premier, language=language)

    assert sentence in response.content.decode()


def test_a_column_nothing_reads_is_named_in_a_warning(client, django_user_model, premier):
    log_in_as(client, django_user_model, "communication")
    content = f"date,nb_uniq_visitors,nb_visits,nb_visitz\n{YEAR},92294,150000,1\n".encode()

    response = upload(client, content, premier)

    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "De kolom nb_visitz wordt door deze import niet gelezen: ze is genegeerd." in page
    assert WebStatistic.objects.get().unique_visitors == 92294


def test_matomos_own_columns_are_read_without_a_warning(premier):
    content = (
        f"date,nb_uniq_visitors,nb_visits,nb_users,nb_actions,bounce_rate\n{YEAR},1,2,0,3,50%\n"
    ).encode()

    result = web_statistics_import(data=content, fmt="matomo", site=premier)

    assert (result.created, result.warnings) == (1, ())


def test_a_semicolon_file_reports_errors_with_the_files_line_numbers(premier):
    content = f"date;nb_uniq_visitors\n\n{YEAR}-01;10\n\n{YEAR}-13;5\n".encode("cp1252")

    with pytest.raises(Exception) as refused:
        web_statistics_import(data=content, fmt="matomo", site=premier)

    assert [error.line for error in refused.value.errors] == [5]
