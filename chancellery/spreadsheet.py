"""Cells a spreadsheet opens safely: no text that Excel or LibreOffice would run as a formula.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula
to a spreadsheet (``=HYPERLINK(...)`` can send the other cells of the sheet anywhere on one
click). As OWASP recommends (CSV injection), such a text gets a leading apostrophe, which shows it
as text; numbers are left as they are, including numbers written as text (``-3``, ``-3.5``,
``+32``), which a spreadsheet reads as numbers and never as a formula.

Used by every export a spreadsheet may open: the guest list (``SafeCSV``/``SafeXLSX``, the
formats of the guest admin), the dashboard widgets' CSV and the open-data CSVs (``csv_writer``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any

from import_export.formats.base_formats import CSV, XLSX

from chancellery.uploads import csv_dataset, decode_text, xlsx_dataset

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def escape_cell(value: Any) -> Any:
    """``value`` as a spreadsheet may open it: a formula-like text with a leading apostrophe."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_PREFIXES)
        and not _NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def unescape_cell(value: Any) -> Any:
    """The text ``escape_cell`` was given: what an exported file brings back when imported."""
    if isinstance(value, str) and value[:1] == "'" and escape_cell(value[1:]) == value:
        return value[1:]
    return value


def escape_row(values: Iterable[Any]) -> list[Any]:
    """Every cell of a row through ``escape_cell``."""
    return [escape_cell(value) for value in values]


class _EscapingWriter:
    """A ``csv.writer`` whose rows go through ``escape_row``."""

    def __init__(self, file, **kwargs):
        self._writer = csv.writer(file, **kwargs)

    def writerow(self, row: Iterable[Any]):
        return self._writer.writerow(escape_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]):
        for row in rows:
            self.writerow(row)


def csv_writer(file, **kwargs) -> _EscapingWriter:
    """``csv.writer(file)`` that neutralises formulas in every row it writes."""
    return _EscapingWriter(file, **kwargs)


class _EscapingFormat:
    """django-import-export calls ``_escape_formulae`` before an export when the setting
    IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT is on. Its own version only strips a leading ``=`` and
    turns every cell, numbers too, into text: this one applies ``escape_cell``."""

    def _escape_formulae(self, dataset):
        headers = dataset.headers
        rows = [escape_row(row) for row in dataset]
        dataset.wipe()
        dataset.headers = headers
        dataset.extend(rows)


class SafeCSV(_EscapingFormat, CSV):
    """CSV for django-import-export, formulas neutralised on export, read as every import reads
    (chancellery.uploads: encoding and delimiter detected, line numbers kept, within the import
    limits)."""

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            in_stream = decode_text(in_stream)
        return csv_dataset(in_stream)


class SafeXLSX(_EscapingFormat, XLSX):
    """XLSX for django-import-export, formulas neutralised on export, read within the import
    limits (chancellery.uploads: the zip's unpacked size before openpyxl opens it)."""

    def create_dataset(self, in_stream):
        return xlsx_dataset(in_stream)
