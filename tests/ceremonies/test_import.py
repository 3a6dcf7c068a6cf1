"""Guest list import and export: CSV and XLSX, all or nothing, every bad row named."""

import io

import pytest
import tablib
from django.core.management import CommandError, call_command
from django.utils import translation

from ceremonies.models import Guest
from ceremonies.resources import GuestResource
from ceremonies.services import guest_list_dataset, guest_list_import
from tests.ceremonies.factories import CeremonyFactory, GuestCategoryFactory, GuestFactory

pytestmark = pytest.mark.django_db

HEADERS = [
    "ceremony",
    "category",
    "name",
    "organisation",
    "email",
    "phone",
    "language",
    "status",
    "accessibility_needs",
    "notes",
]


@pytest.fixture
def setting():
    return CeremonyFactory(code="gala"), GuestCategoryFactory(code="senators")


def row(name, *, category="senators", email="x@example.invalid", language="nl", status="invited"):
    return ["gala", category, name, "Senaat", email, "", language, status, "", ""]


MIXED = [
    row("Goede Gast"),
    row("Onbekende Categorie", category="bishops"),
    row("Slechte Mail", email="no-at-sign"),
    row("goede gast"),  # the first row again: a duplicate
    row(""),
    row("Tweede Goede Gast"),
]


def dataset(rows) -> tablib.Dataset:
    return tablib.Dataset(*rows, headers=HEADERS)


def test_good_csv_imports_every_row(setting):
    csv = dataset([row("Goede Gast"), row("Tweede Goede Gast")]).export("csv").encode()

    report = guest_list_import(dataset=guest_list_dataset(content=csv, file_format="csv"))

    assert report.created == 2
    assert Guest.objects.count() == 2


def test_mixed_csv_imports_nothing_and_names_each_bad_row_with_its_reason(setting):
    csv = dataset(MIXED).export("csv").encode()

    with translation.override("en"):
        report = guest_list_import(dataset=guest_list_dataset(content=csv, file_format="csv"))

    assert Guest.objects.count() == 0
    # Numbered as the file's lines: the header is line 1.
    reasons = {error.line: error.reason for error in report.errors}
    assert sorted(reasons) == [3, 4, 5, 6]
    assert "bishops" in reasons[3]
    assert "e-mail" in reasons[4].lower()
    assert "already" in reasons[5]
    assert "name" in reasons[6]


def test_mixed_xlsx_imports_nothing_and_names_each_bad_row(setting):
    xlsx = dataset(MIXED).export("xlsx")

    report = guest_list_import(dataset=guest_list_dataset(content=xlsx, file_format="xlsx"))

    assert Guest.objects.count() == 0
    assert [error.line for error in report.errors] == [3, 4, 5, 6]


def test_row_duplicating_a_guest_already_listed_is_refused(setting):
    ceremony, senators = setting
    GuestFactory(ceremony=ceremony, category=senators, name="Goede Gast", organisation="Senaat")
    csv = dataset([row("Nieuwe Gast"), row("Goede Gast")]).export("csv").encode()

    report = guest_list_import(dataset=guest_list_dataset(content=csv, file_format="csv"))

    assert [error.line for error in report.errors] == [3]
    assert Guest.objects.count() == 1


def test_import_command_is_atomic_and_reports_the_bad_rows(setting, tmp_path):
    path = tmp_path / "guests.csv"
    path.write_text(dataset(MIXED).export("csv"), encoding="utf-8")
    errors = io.StringIO()

    with pytest.raises(CommandError), translation.override("en"):
        call_command("import_guests", str(path), stderr=errors)

    assert Guest.objects.count() == 0
    assert "Line 3: category" in errors.getvalue()


def test_export_gives_the_import_columns_and_round_trips(setting):
    ceremony, senators = setting
    GuestFactory(ceremony=ceremony, category=senators, name="Export Gast")

    exported = GuestResource().export()

    assert exported.headers == ["id", *HEADERS]
    assert exported.dict[0]["name"] == "Export Gast"
    assert exported.dict[0]["ceremony"] == "gala"


def test_imported_guests_get_their_audit_trail(setting):
    csv = dataset([row("Goede Gast"), row("Tweede Goede Gast")]).export("csv").encode()

    guest_list_import(dataset=guest_list_dataset(content=csv, file_format="csv"))

    assert sorted(Guest.history.values_list("name", "history_type")) == [
        ("Goede Gast", "+"),
        ("Tweede Goede Gast", "+"),
    ]


def test_row_with_an_id_updates_that_guest_raises_its_version_and_records_the_change(setting):
    ceremony, senators = setting
    guest = GuestFactory(
        ceremony=ceremony, category=senators, name="Goede Gast", organisation="Senaat"
    )
    rows = [[guest.pk, *row("Goede Gast", status="confirmed")]]
    csv = tablib.Dataset(*rows, headers=["id", *HEADERS]).export("csv").encode()

    report = guest_list_import(dataset=guest_list_dataset(content=csv, file_format="csv"))

    guest.refresh_from_db()
    assert (report.created, report.updated) == (0, 1)
    assert (guest.status, guest.version) == ("confirmed", 1)
    assert Guest.history.filter(id=guest.pk, history_type="~").count() == 1


def test_row_with_an_unknown_id_is_refused(setting):
    rows = [[987654, *row("Goede Gast")]]
    csv = tablib.Dataset(*rows, headers=["id", *HEADERS]).export("csv").encode()

    report = guest_list_import(dataset=guest_list_dataset(content=csv, file_format="csv"))

    assert [error.line for error in report.errors] == [2]
    assert Guest.objects.count() == 0


def _admin_import(client, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("guests.csv", content, content_type="text/csv")
    return client.post(
        "/admin/ceremonies/guest/import/",
        {"import_file": upload, "format": "0", "resource": "0"},
    )


def test_admin_import_preview_writes_nothing_and_the_confirmation_imports_in_bulk(
    setting, admin_client
):
    csv = dataset([row("Goede Gast"), row("Tweede Goede Gast")]).export("csv").encode()

    preview = _admin_import(admin_client, csv)

    assert preview.status_code == 200
    assert Guest.objects.count() == 0
    confirm = preview.context["confirm_form"].initial
    response = admin_client.post("/admin/ceremonies/guest/process_import/", confirm)
    assert response.status_code == 302
    assert Guest.objects.count() == 2
    assert Guest.history.filter(history_type="+").count() == 2


def test_admin_import_preview_names_each_bad_row(setting, admin_client):
    csv = dataset(MIXED).export("csv").encode()

    with translation.override("en"):
        preview = _admin_import(admin_client, csv)

    result = preview.context["result"]
    assert [row.number for row in result.invalid_rows] == [3, 4, 5, 6]
    assert "bishops" in str(result.invalid_rows[0].error)
    assert "confirm_form" not in preview.context or preview.context["confirm_form"] is None
    assert Guest.objects.count() == 0
