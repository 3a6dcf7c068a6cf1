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
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import tablib
from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _

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


def csv_dataset(text: str, *, limits: Limits | None = None) -> tablib.Dataset:
    """A comma-separated text as a dataset (first row: the headers; blank lines skipped, short
    rows padded), read within ``limits``."""
    rows = bounded_rows(csv.reader(io.StringIO(text, newline="")), limits)
    dataset = tablib.Dataset()
    dataset.headers = next(rows, [])
    for row in rows:
        if row:
            dataset.append(row + [""] * (dataset.width - len(row)))
    return dataset


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


def xlsx_dataset(content: bytes, *, limits: Limits | None = None) -> tablib.Dataset:
    """The active sheet of an XLSX as a dataset (first row: the headers; rows padded to the
    headers' width), read within ``limits``: the archive checked first, then the sheet's declared
    dimensions, then every row as openpyxl streams it."""
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
        dataset = tablib.Dataset()
        rows = bounded_rows(sheet.iter_rows(values_only=True), limits)
        dataset.headers = list(next(rows, ()))
        width = dataset.width
        for row in rows:
            values = list(row)
            while len(values) > width and values[-1] in (None, ""):
                values.pop()
            dataset.append(values + [None] * (width - len(values)))
        return dataset
    finally:
        workbook.close()
