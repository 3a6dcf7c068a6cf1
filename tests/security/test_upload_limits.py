"""Finding 8: hostile uploads by authorised roles. An XLSX bomb (a small file whose sheet unpacks to
a huge XML), a CSV header of 100.000 columns, a guest list with many columns or rows: each is
refused before or while it is read, with a message naming the limit, and nothing is written.

The findings' sizes are scaled down through the limits' settings where the defaults would make the
test slow; the 100.000-column header is the real size."""

import io
import time
import zipfile
from unittest import mock

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ceremonies.models import Guest
from ceremonies.services import guest_list_dataset
from chancellery.uploads import Limits, check_xlsx_archive
from communication.importers import ImportFailed, web_statistics_import
from communication.models import WebStatistic
from tests.ceremonies.factories import CeremonyFactory, GuestCategoryFactory

pytestmark = pytest.mark.django_db

HEADERS = ["ceremony", "category", "name", "organisation", "email"]
SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def gala():
    return CeremonyFactory(code="gala"), GuestCategoryFactory(code="senators")


def _xlsx(rows=(("gala", "senators", "Ann", "Senaat", "ann@example.be"),), sheet_xml=None):
    """A guest list workbook written by openpyxl; ``sheet_xml`` replaces its sheet's XML."""
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADERS)
    for row in rows:
        workbook.active.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    if sheet_xml is None:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zip_:
        for member in source.infolist():
            data = sheet_xml if member.filename == SHEET else source.read(member)
            zip_.writestr(member.filename, data)
    return out.getvalue()


def _sheet(rows: int, *, cells_per_row: int = 5, dimension: str | None = None) -> bytes:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    row = "".join(f'<c t="inlineStr"><is><t>x{n}</t></is></c>' for n in range(cells_per_row))
    body = "".join(f'<row r="{n}">{row}</row>' for n in range(1, rows + 1))
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<worksheet xmlns="{ns}">{dim}<sheetData>{body}</sheetData></worksheet>'.encode()


def _admin_preview(client, content: bytes, name: str, file_format: str):
    upload = SimpleUploadedFile(name, content)
    return client.post(
        "/admin/ceremonies/guest/import/",
        {"import_file": upload, "format": file_format, "resource": "0"},
    )


def test_an_xlsx_bomb_is_refused_from_the_zip_directory_without_opening_it(settings, gala):
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 2 * 2**20
    bomb = _xlsx(sheet_xml=_sheet(40_000))  # a 26 MB sheet in a file of a few hundred kB
    assert len(bomb) < 600_000
    started = time.monotonic()
    with mock.patch("openpyxl.load_workbook") as load, pytest.raises(ValueError) as refused:
        guest_list_dataset(content=bomb, file_format="xlsx")
    assert time.monotonic() - started < 1
    load.assert_not_called()
    assert "de grens is 2,0 MB" in str(refused.value)


def test_the_admin_refuses_an_xlsx_bomb_with_its_limit_and_imports_nothing(
    settings, gala, admin_client
):
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 2 * 2**20
    response = _admin_preview(admin_client, _xlsx(sheet_xml=_sheet(40_000)), "bomb.xlsx", "1")
    assert response.status_code == 200
    assert "de grens is 2,0 MB" in response.content.decode()
    assert not response.context.get("confirm_form")
    assert Guest.objects.count() == 0


def test_a_sheet_of_one_row_of_too_many_cells_is_refused_before_openpyxl_reads_it(settings):
    settings.IMPORT_MAX_CELLS = 10_000
    wide = _xlsx(sheet_xml=_sheet(1, cells_per_row=20_000))
    with mock.patch("openpyxl.load_workbook") as load, pytest.raises(ValueError) as refused:
        guest_list_dataset(content=wide, file_format="xlsx")
    load.assert_not_called()
    assert "de grens is 10.000 cellen" in str(refused.value)


def test_a_sheet_declaring_a_million_rows_is_refused_by_its_dimensions():
    sheet = _sheet(2, dimension="A1:E1048576")
    with pytest.raises(ValueError, match="meer dan 100.000 rijen"):
        guest_list_dataset(content=_xlsx(sheet_xml=sheet), file_format="xlsx")


def test_sheet_rows_are_counted_while_read_when_no_dimension_is_declared(settings):
    settings.IMPORT_MAX_ROWS = 50
    with pytest.raises(ValueError, match="meer dan 50 rijen"):
        guest_list_dataset(content=_xlsx(sheet_xml=_sheet(500)), file_format="xlsx")


def test_an_xlsx_within_the_limits_is_read_as_before():
    dataset = guest_list_dataset(content=_xlsx(), file_format="xlsx")
    assert dataset.headers == HEADERS
    assert list(dataset) == [("gala", "senators", "Ann", "Senaat", "ann@example.be")]


def test_the_unpacked_size_is_summed_over_every_member():
    limits = Limits(rows=10, columns=10, cells=100, uncompressed_bytes=1000)
    with pytest.raises(ValueError, match="uitgepakt"):
        check_xlsx_archive(_xlsx(), limits)  # openpyxl's own members exceed 1000 bytes


def test_a_statistics_header_of_100_000_columns_is_refused_quickly():
    header = ",".join(f"c{n}" for n in range(100_000))
    data = (header + "\nbelgium.be,2016,1\n" * 1000).encode()
    started = time.monotonic()
    with pytest.raises(ImportFailed) as refused:
        web_statistics_import(data=data, fmt="plain")
    assert time.monotonic() - started < 1
    assert [str(error) for error in refused.value.errors] == [
        "Regel 1 heeft 100.000 kolommen: de grens is 100 kolommen."
    ]
    assert WebStatistic.objects.count() == 0


def test_a_statistics_file_of_too_many_rows_is_refused(settings):
    settings.IMPORT_MAX_ROWS = 20
    data = ("site,period,visits\n" + "belgium.be,2016,1\n" * 21).encode()
    with pytest.raises(ImportFailed, match="meer dan 20 rijen"):
        web_statistics_import(data=data, fmt="plain")


def test_a_guest_csv_of_many_columns_is_refused_with_its_limit(gala):
    wide = (",".join(HEADERS + [f"extra{n}" for n in range(10_000)]) + "\n").encode()
    wide += b"gala,senators,Ann,Senaat,ann@example.be\n" * 100
    with pytest.raises(ValueError) as refused:
        guest_list_dataset(content=wide, file_format="csv")
    assert str(refused.value) == "Regel 1 heeft 10.005 kolommen: de grens is 100 kolommen."


def test_the_admin_refuses_a_guest_csv_of_many_columns_without_a_preview(gala, admin_client):
    wide = (",".join(HEADERS + [f"extra{n}" for n in range(10_000)]) + "\n").encode()
    response = _admin_preview(admin_client, wide, "guests.csv", "0")
    assert "Regel 1 heeft 10.005 kolommen: de grens is 100 kolommen." in response.content.decode()
    assert not response.context.get("confirm_form")
    assert len(response.content) < 200_000  # no preview table of 10.000 columns
    assert Guest.objects.count() == 0


def test_a_guest_csv_of_too_many_cells_is_refused(settings, gala):
    settings.IMPORT_MAX_CELLS = 100
    content = (",".join(HEADERS) + "\n" + "gala,senators,Ann,Senaat,a@example.be\n" * 20).encode()
    with pytest.raises(ValueError, match="meer dan 100 cellen"):
        guest_list_dataset(content=content, file_format="csv")


def test_the_import_guests_command_names_the_limit(settings, gala, tmp_path):
    from django.core.management import CommandError, call_command

    settings.IMPORT_MAX_ROWS = 2
    path = tmp_path / "guests.csv"
    path.write_text(",".join(HEADERS) + "\n" + "gala,senators,Ann,Senaat,a@example.be\n" * 3)
    with pytest.raises(CommandError, match="meer dan 2 rijen"):
        call_command("import_guests", str(path))
    assert Guest.objects.count() == 0
