"""Spreadsheets that staff upload (guest lists, web statistics), read within bounds.

A file of 5 MB (UPLOAD_MAX_BYTES) can still hold far more than a worker can read before its
timeout: a CSV header of a million columns, or an XLSX whose 600 kB unpack to a 144 MB sheet (an
XLSX is a zip). So the shape is bounded too, before or while the file is read, never after:

* an XLSX's zip members are summed from the zip's directory (``file_size``, which ``zipfile``
  never reads past) and its sheets' cells counted on their raw XML, before openpyxl opens it;
  then the sheet's declared dimensions, then rows, columns and cells as openpyxl streams them
  (``read_only=True``: a row at a time);
* a CSV's rows, columns and cells are counted as ``csv.reader`` yields them, and reading stops at
  the first row past a bound (a row is at most the file, parsed in C).

Past a bound, ``UploadTooLarge`` says which limit and what it is; nothing has been written then.
The limits are settings (IMPORT_MAX_ROWS, IMPORT_MAX_COLUMNS, IMPORT_MAX_CELLS,
IMPORT_MAX_UNCOMPRESSED_BYTES; the README lists their defaults).

Every importer reads its file here, the same way (``read_dataset``): a CSV's encoding is detected
(UTF-16 with its BOM, UTF-8 with or without BOM, else Windows-1252) and so is its delimiter
(comma, semicolon, as Excel writes CSV in Belgium, or tab); blank lines are skipped; every data
row keeps the line of the file it starts on (``LinedDataset.line_numbers``), so that an error
names the line a spreadsheet shows. ``check_columns`` then refuses a file that lacks a column the
importer needs, naming it and the columns found, and names the columns it will ignore.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import tablib
from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

_SHEET = re.compile(r"xl/worksheets/[^/]+\.xml")
_CELL_TAGS = (b"<c ", b"<c>")


class UploadTooLarge(ValueError):
    """A file refused for its shape (rows, columns, cells, unpacked size); the message names the
    limit."""


@dataclass(frozen=True)
class Limits:
    """The bounds of one file: data rows (the header not counted), columns, cells and, for an
    XLSX, the bytes its zip unpacks to."""

    rows: int
    columns: int
    cells: int
    uncompressed_bytes: int

    @classmethod
    def from_settings(cls) -> Limits:
        """The limits the settings give."""
        return cls(
            rows=settings.IMPORT_MAX_ROWS,
            columns=settings.IMPORT_MAX_COLUMNS,
            cells=settings.IMPORT_MAX_CELLS,
            uncompressed_bytes=settings.IMPORT_MAX_UNCOMPRESSED_BYTES,
        )


def _n(value: int) -> str:
    return number_format(value, force_grouping=True)


def too_many_rows(limits: Limits) -> UploadTooLarge:
    return UploadTooLarge(
        _("The file has more than %(limit)s rows: the limit is %(limit)s rows per file.")
        % {"limit": _n(limits.rows)}
    )


def too_many_columns(limits: Limits, *, line: int, count: int) -> UploadTooLarge:
    return UploadTooLarge(
        _("Line %(line)s has %(count)s columns: the limit is %(limit)s columns.")
        % {"line": _n(line), "count": _n(count), "limit": _n(limits.columns)}
    )


def too_many_cells(limits: Limits) -> UploadTooLarge:
    return UploadTooLarge(
        _("The file has more than %(limit)s cells: the limit is %(limit)s cells per file.")
        % {"limit": _n(limits.cells)}
    )


def bounded_rows(rows: Iterable[list], limits: Limits | None = None) -> Iterator[list]:
    """``rows`` (the header first), stopped with UploadTooLarge at the first row past a bound. A
    row counts as at least as wide as the header, since readers pad it to the header's width."""
    limits = limits or Limits.from_settings()
    cells = 0
    width = 0
    for line, row in enumerate(rows, start=1):
        if line > limits.rows + 1:
            raise too_many_rows(limits)
        if len(row) > limits.columns:
            raise too_many_columns(limits, line=line, count=len(row))
        width = width or len(row)
        cells += max(len(row), width)
        if cells > limits.cells:
            raise too_many_cells(limits)
        yield row


class UnreadableFile(ValueError):
    """A file that is no text of a known encoding, no valid CSV or no XLSX; the message says
    which."""


class LinedDataset(tablib.Dataset):
    """A dataset whose rows know the line of the file they start on (the header is line 1)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.line_numbers: list[int] = []


def line_numbers(dataset: tablib.Dataset) -> list[int]:
    """The file line of each data row: what the reader recorded, else (a dataset built in code)
    the header's line plus the row's position."""
    lines = getattr(dataset, "line_numbers", None)
    if lines and len(lines) == len(dataset):
        return list(lines)
    return [index + 2 for index in range(len(dataset))]


def file_too_large_message(size: int) -> str:
    """Why a file of ``size`` bytes is refused (UPLOAD_MAX_BYTES)."""
    return _("The file is too large (%(size)s MB): the limit is %(limit)s MB.") % {
        "size": number_format(size / 2**20, 1),
        "limit": number_format(settings.UPLOAD_MAX_BYTES / 2**20, 0),
    }


def decode_text(data: bytes) -> str:
    """The text of a CSV file: UTF-16 when its BOM says so, else UTF-8 (with or without BOM),
    else Windows-1252 (a spreadsheet saved on Windows); UnreadableFile for bytes that are no
    text (a workbook uploaded as CSV...)."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise UnreadableFile(not_text_message(error)) from error
    return text


def not_text_message(error) -> str:
    """Why bytes are refused as a CSV file."""
    return _("The file is not a text (CSV) file: %(error)s.") % {"error": error}


def sniff_delimiter(first_line: str) -> str:
    """The delimiter of a CSV file from its header line: comma, semicolon or tab, whichever it
    has most of (a header names columns, it does not quote delimiters)."""
    return max((",", ";", "\t"), key=first_line.count)


def csv_dataset(text: str, *, limits: Limits | None = None) -> LinedDataset:
    """A CSV text as a dataset (first row: the headers; blank lines skipped, short rows padded,
    each row's line kept), its delimiter detected, read within ``limits``."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    # newline="": a lone carriage return ends a line, as csv expects.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line))
    dataset = LinedDataset()
    previous_line = 0  # the line the reader had read up to before this record
    header_read = False
    try:
        for row in bounded_rows(_non_blank(reader), limits):
            line, previous_line = previous_line + 1 + row.blank_lines, reader.line_num
            cells = list(row)
            if not header_read:
                dataset.headers = cells
                header_read = True
                continue
            while len(cells) > dataset.width and not cells[-1].strip():
                cells.pop()  # a spreadsheet's trailing delimiters
            if len(cells) > dataset.width:
                raise too_many_cells_in_row(line=line, count=len(cells), width=dataset.width)
            dataset.append(cells + [""] * (dataset.width - len(cells)))
            dataset.line_numbers.append(line)
    except csv.Error as error:  # a field over csv's size limit, a stray quote...
        raise UnreadableFile(
            _("The file is not valid CSV (line %(line)s): %(error)s.")
            % {"line": reader.line_num, "error": error}
        ) from error
    return dataset


def too_many_cells_in_row(*, line: int, count: int, width: int) -> UnreadableFile:
    """A row with more cells than the header has columns: which cell is which is unknown."""
    return UnreadableFile(
        _("Line %(line)s has %(count)s cells but the header only %(width)s columns.")
        % {"line": _n(line), "count": _n(count), "width": _n(width)}
    )


class _Record(list):
    """A CSV record and the blank lines the reader skipped before it."""

    blank_lines = 0


def _non_blank(reader) -> Iterator[_Record]:
    blank = 0
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            blank += 1
            continue
        record = _Record(cells)
        record.blank_lines = blank
        blank = 0
        yield record


def check_xlsx_archive(content: bytes, limits: Limits | None = None) -> None:
    """Refuse an XLSX whose zip unpacks to more than the limit, or whose sheets hold more cells
    than the limit, before anything parses it. ValueError for bytes that are no zip."""
    limits = limits or Limits.from_settings()
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile as error:
        raise ValueError(_("This is not an XLSX file (not a zip archive).")) from error
    with archive:
        members = archive.infolist()
        unpacked = sum(member.file_size for member in members)
        if unpacked > limits.uncompressed_bytes:
            raise UploadTooLarge(
                _("The workbook unpacks to %(size)s MB: the limit is %(limit)s MB.")
                % {
                    "size": number_format(unpacked / 2**20, 1),
                    "limit": number_format(limits.uncompressed_bytes / 2**20, 1),
                }
            )
        # Counting the cell tags of the raw XML is cheap (bytes.count on each decompressed chunk)
        # and catches what openpyxl would otherwise build in memory before yielding a row: one
        # row of millions of cells.
        cells = 0
        for member in members:
            if not _SHEET.fullmatch(member.filename):
                continue
            with archive.open(member) as sheet:
                carry = b""
                while chunk := sheet.read(1 << 20):
                    chunk = carry + chunk
                    cells += sum(chunk.count(tag) for tag in _CELL_TAGS)
                    if cells > limits.cells:
                        raise too_many_cells(limits)
                    carry = chunk[-2:]  # shorter than a tag: no tag is counted twice


def xlsx_dataset(content: bytes, *, limits: Limits | None = None) -> LinedDataset:
    """The active sheet of an XLSX as a dataset (first row: the headers; blank rows skipped, rows
    padded to the headers' width, each row's line kept), read within ``limits``: the archive
    checked first, then the sheet's declared dimensions, then every row as openpyxl streams it."""
    import openpyxl  # only the guest import needs it

    limits = limits or Limits.from_settings()
    check_xlsx_archive(content, limits)
    workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    try:
        sheet = workbook.active
        if sheet is None:
            raise ValueError(_("The workbook has no sheet."))
        # The dimensions the sheet declares (it may not): openpyxl pads every row to them.
        if sheet.max_row is not None and sheet.max_row > limits.rows + 1:
            raise too_many_rows(limits)
        if sheet.max_column is not None and sheet.max_column > limits.columns:
            raise too_many_columns(limits, line=1, count=sheet.max_column)
        dataset = LinedDataset()
        first = sheet.min_row or 1
        rows = bounded_rows(sheet.iter_rows(values_only=True), limits)
        dataset.headers = list(next(rows, ()))
        width = dataset.width
        for line, row in enumerate(rows, start=first + 1):
            values = list(row)
            if all(value is None or str(value).strip() == "" for value in values):
                continue
            while len(values) > width and values[-1] in (None, ""):
                values.pop()
            dataset.append(values + [None] * (width - len(values)))
            dataset.line_numbers.append(line)
        return dataset
    finally:
        workbook.close()


FILE_FORMATS = ("csv", "xlsx")


def read_dataset(content: bytes, *, file_format: str, limits: Limits | None = None):
    """A staff upload (CSV or XLSX) as a ``LinedDataset``, read the one way every importer reads:
    the size checked first (UPLOAD_MAX_BYTES), then the shape within ``limits``. UploadTooLarge
    past a bound, UnreadableFile for a file that cannot be read, each with its message."""
    if file_format not in FILE_FORMATS:
        raise UnreadableFile(
            _("Unsupported file format %(format)s: use CSV or XLSX.") % {"format": file_format}
        )
    if len(content) > settings.UPLOAD_MAX_BYTES:
        raise UploadTooLarge(file_too_large_message(len(content)))
    if file_format == "csv":
        return csv_dataset(decode_text(content), limits=limits)
    try:
        return xlsx_dataset(content, limits=limits)
    except (UploadTooLarge, UnreadableFile):
        raise
    except Exception as error:  # openpyxl's errors for a damaged workbook vary
        raise UnreadableFile(
            _("The file cannot be read as XLSX: %(error)s") % {"error": error}
        ) from error


def column_name(header) -> str:
    """A header cell as importers compare it: trimmed, in lower case, without a BOM."""
    return "" if header is None else str(header).strip().lstrip("\ufeff").lower()


@dataclass(frozen=True)
class Columns:
    """What a header holds for an importer: ``missing`` (each a column needed, or alternatives
    of which one is needed, as a readable name), ``ignored`` (columns it does not read) and
    ``found`` (the header as read)."""

    found: tuple[str, ...]
    missing: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()

    @property
    def missing_message(self) -> str:
        """The refusal: which columns are missing and which the file has."""
        return ngettext(
            "The file lacks the column %(columns)s (the columns found: %(found)s).",
            "The file lacks the columns %(columns)s (the columns found: %(found)s).",
            len(self.missing),
        ) % {"columns": ", ".join(self.missing), "found": _found(self.found)}

    @property
    def ignored_message(self) -> str:
        """The warning: the columns nothing reads."""
        return ngettext(
            "The column %(columns)s is not one this import reads: it was ignored.",
            "The columns %(columns)s are not ones this import reads: they were ignored.",
            len(self.ignored),
        ) % {"columns": ", ".join(self.ignored)}


def _found(found: Sequence[str]) -> str:
    names = [name for name in found if name]
    return ", ".join(names) if names else _("none")


def check_columns(
    headers: Iterable, *, required: Sequence[Sequence[str]], known: Iterable[str]
) -> Columns:
    """Compare a header with what an importer reads: each entry of ``required`` is a column (or
    alternatives, any one will do) the importer needs; ``known`` every column it reads."""
    found = tuple(column_name(header) for header in headers)
    present = set(found)
    missing = tuple(
        " / ".join(alternatives)
        for alternatives in required
        if not present.intersection(alternatives)
    )
    known = set(known) | {name for alternatives in required for name in alternatives}
    ignored = tuple(name for name in found if name and name not in known)
    return Columns(found=found, missing=missing, ignored=ignored)
