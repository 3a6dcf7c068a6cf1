"""Findings 16.4 and 16.5 (import messages): the guest import reads a file as the statistics import
does (semicolons as Excel writes CSV in Belgium, Windows-1252, the file's line numbers), refuses a
file that lacks a column naming it, and speaks the staff member's language, django-import-export's
own messages included."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ceremonies.models import Guest
from ceremonies.services import guest_list_dataset, guest_list_import
from tests.ceremonies.factories import CeremonyFactory, GuestCategoryFactory
from tests.staff import log_in_as

pytestmark = [pytest.mark.django_db, pytest.mark.otp]

IMPORT_URL = "/admin/ceremonies/guest/import/"
# As Excel saves "CSV (gescheiden door lijstscheidingsteken)" on a Belgian Windows.
EXCEL_BE = (
    "ceremony;category;name;organisation;email\r\n"
    "gala;senators;Anaïs Dupré;Senaat;anais@example.be\r\n"
    "\r\n"
    "gala;senators;Jan Peeters;Kamer;jan@example.be\r\n"
).encode("cp1252")


@pytest.fixture
def gala():
    return CeremonyFactory(code="gala"), GuestCategoryFactory(code="senators")


def upload(client, content: bytes, name="gasten.csv"):
    return client.post(
        IMPORT_URL,
        {"import_file": SimpleUploadedFile(name, content), "format": "0", "resource": "0"},
        HTTP_ACCEPT_LANGUAGE="nl",
    )


def test_protocol_imports_a_semicolon_csv_from_excel(client, django_user_model, gala):
    log_in_as(client, django_user_model, "protocol")

    preview = upload(client, EXCEL_BE)

    assert preview.status_code == 200
    assert "Ce champ ne peut pas" not in preview.content.decode()
    confirm = preview.context["confirm_form"].initial
    done = client.post("/admin/ceremonies/guest/process_import/", confirm, follow=True)
    assert sorted(Guest.objects.values_list("name", flat=True)) == ["Anaïs Dupré", "Jan Peeters"]
    page = done.content.decode()
    assert "Import klaar: 2 gasten toegevoegd, 0 gasten bijgewerkt." in page
    assert "Import finished" not in page


def test_bad_rows_are_numbered_with_the_files_lines_in_dutch(client, django_user_model, gala):
    log_in_as(client, django_user_model, "protocol")
    content = EXCEL_BE + b"gala;bishops;Onbekend;;\r\ngala;senators;Jan Peeters;Kamer;\r\n"

    preview = upload(client, content)

    rows = preview.context["result"].invalid_rows
    assert [row.number for row in rows] == [5, 6]  # line 3 of the file is blank
    page = preview.content.decode()
    assert "Niet veld specifiek" not in page
    assert "De rij als geheel" in page  # the duplicate concerns the whole row
    assert not Guest.objects.exists()


def test_a_file_without_the_name_column_is_refused_naming_it(client, django_user_model, gala):
    log_in_as(client, django_user_model, "protocol")

    preview = upload(client, b"ceremony;category;naam\r\ngala;senators;Anna\r\n")

    page = preview.content.decode()
    assert "Het bestand mist de kolom name (gevonden kolommen: ceremony, category, naam)." in page
    assert preview.context.get("confirm_form") is None
    assert not Guest.objects.exists()


def test_a_column_nothing_reads_is_named_in_a_warning(client, django_user_model, gala):
    log_in_as(client, django_user_model, "protocol")

    preview = upload(client, b"ceremony;category;name;tafel\r\ngala;senators;Anna;7\r\n")

    assert "De kolom tafel wordt door deze import niet gelezen: ze is genegeerd." in (
        preview.content.decode()
    )


def test_the_command_and_the_admin_read_the_same_lines(gala):
    content = EXCEL_BE + b"gala;bishops;Onbekend;;\r\n"

    report = guest_list_import(dataset=guest_list_dataset(content=content, file_format="csv"))

    assert [error.line for error in report.errors] == [5]
