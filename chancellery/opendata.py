"""The report's figures as open data: one JSON document per year and language, one CSV per dataset.

Everything here is read from the report registry (``Section.figures``): a dataset is a report
section, keyed by the section's key, and its rows are the figures that section prints. The figures
are counts and amounts by construction (see CONTRACTS.md: personal data never leaves its app), so
nothing here can carry a name.

Values keep their type: integers and decimals become JSON numbers (never strings), text figures
such as "24/7" stay JSON strings. The CSV writes numbers with
a dot as decimal separator and no grouping, whatever the language, so that a spreadsheet or a
script reads them as numbers.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
from collections.abc import Callable, Iterable
from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from chancellery import registry, spreadsheet
from chancellery.models import LICENCE_URLS, AnnualReport, Edition, Licence

CSV_COLUMNS = ("code", "label", "value", "unit", "year")


def plain_value(value: int | Decimal | float | str) -> int | Decimal | float | str:
    """A value as open data keeps it: integral decimals become integers, text stays text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else value.normalize()
    return value


def datasets(year: int) -> dict[str, registry.Section]:
    """The year's datasets: its report sections that print figures, by section key."""
    return {section.key: section for section in registry.registry.sections(year) if section.figures}


def figure_rows(section: registry.Section) -> list[dict]:
    """The figures of a section as rows of code, label, value and unit."""
    return [
        {
            "code": figure.code,
            "label": str(figure.label),
            "value": plain_value(figure.value),
            "unit": str(figure.unit),
        }
        for figure in section.figures
    ]


def report_document(
    report: AnnualReport,
    *,
    edition: Edition | None,
    base: str,
    absolute: Callable[[str], str],
    sections: Iterable[registry.Section],
) -> dict:
    """The JSON document of a year's open data in the active language.

    ``base`` is the path the report's files hang from (an edition's, or a draft's plain URL);
    ``absolute`` turns a path into an absolute URL. A draft (``edition`` None) carries the
    licence it would be published under by default.
    """
    year = report.year
    licence = Licence(edition.licence) if edition is not None else Licence.CC0
    publisher = report.organisation or _("FPS Chancellery of the Prime Minister")
    published_at = edition.published_at if edition is not None else None
    return {
        "year": year,
        "language": get_language(),
        "title": _("Annual report %(year)s") % {"year": year},
        "publisher": publisher,
        "edition": edition.number if edition is not None else None,
        "published": published_at.date().isoformat() if published_at else None,
        "report_url": absolute(base),
        "pdf_url": absolute(base + "pdf"),
        "licence": {
            "name": licence.label,
            "url": LICENCE_URLS[licence],
            "statement": licence_statement(licence, publisher=publisher),
            "justification": licence_justification(edition),
        },
        "datasets": [
            {
                "key": section.key,
                "title": str(section.title),
                "csv_url": absolute(f"{base}data/{section.key}.csv"),
                "figures": figure_rows(section),
            }
            for section in sections
        ],
    }


def licence_justification(edition: Edition | None) -> str:
    """Why the edition's licence is not CC0, in the active language ("" for CC0 or a draft)."""
    if edition is None or edition.licence == Licence.CC0:
        return ""
    return edition.licence_justification or ""


def licence_statement(licence: Licence, *, publisher: str) -> str:
    """What the licence lets a reader do, in the active language."""
    if licence == Licence.CC_BY:
        return _(
            "These figures are published under the Creative Commons Attribution 4.0 "
            "International licence (CC BY 4.0): you may reuse them, also commercially, "
            "provided you credit the %(publisher)s and link to the annual report."
        ) % {"publisher": publisher}
    return _(
        "These figures are dedicated to the public domain (CC0 1.0), as the Royal Decree of "
        "2 June 2019 on federal open data has it by default: you may reuse them freely, also "
        "commercially, without asking; citing the %(publisher)s is welcome."
    ) % {"publisher": publisher}


def json_value(value: int | Decimal | float | str) -> int | float | str:
    """A value as JSON holds it: decimals become numbers.

    A report figure has far fewer than 15 significant digits, which a float (and any JSON reader)
    keeps exactly: ``float(Decimal("12.5"))`` prints as ``12.5``.
    """
    value = plain_value(value)
    return float(value) if isinstance(value, Decimal) else value


def dumps(document: dict) -> str:
    """The document as JSON text (UTF-8, indented), decimals as numbers."""
    return json.dumps(document, ensure_ascii=False, indent=2, default=json_value)


def csv_text(section: registry.Section, *, year: int) -> str:
    """A dataset as CSV: a header row (code,label,value,unit,year), then one row per figure."""
    buffer = io.StringIO()
    writer = spreadsheet.csv_writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in figure_rows(section):
        value = row["value"]
        writer.writerow(
            [
                row["code"],
                row["label"],
                format(value, "f") if isinstance(value, Decimal) else value,
                row["unit"],
                year,
            ]
        )
    return buffer.getvalue()


# The table schema of every dataset's CSV (Frictionless Table Schema); ``value``'s type is the
# dataset's own (``value_type``).
def _fields(value_type: str) -> list[dict]:
    return [
        {
            "name": "code",
            "type": "string",
            "title": _("Code"),
            "description": _("The figure's identifier, the same in every language and year."),
            "constraints": {"required": True, "unique": True},
        },
        {
            "name": "label",
            "type": "string",
            "title": _("Label"),
            "description": _("What the figure counts, in the file's language."),
            "constraints": {"required": True},
        },
        {
            "name": "value",
            "type": value_type,
            "title": _("Value"),
            "description": _("The figure as the report prints it."),
            "constraints": {"required": True},
        },
        {
            "name": "unit",
            "type": "string",
            "title": _("Unit"),
            "description": _("What the value is counted in (empty for a text or a code)."),
        },
        {
            "name": "year",
            "type": "integer",
            "title": _("Year"),
            "description": _("The year of the report."),
            "constraints": {"required": True},
        },
    ]


def value_type(section: registry.Section) -> str:
    """The Table Schema type of a dataset's values: integer, number, or string when any is text."""
    values = [plain_value(figure.value) for figure in section.figures]
    if all(isinstance(value, int) for value in values):
        return "integer"
    if all(isinstance(value, int | Decimal | float) for value in values):
        return "number"
    return "string"


def data_package(
    document: dict,
    *,
    published_at: datetime.datetime | None,
    sections: Iterable[registry.Section],
    csv_files: dict[str, bytes],
) -> dict:
    """The Frictionless Data Package (``datapackage.json``) of a year's open data.

    ``document`` is the year's ``report_document`` (its titles, licence and URLs); ``csv_files``
    the bytes of each dataset's CSV by section key, whose size and SHA-256 the package states, so
    that a reader checks what it downloaded. Paths are relative to the package (``data/ict.csv``),
    which sits beside ``data.json``: the edition's files keep together wherever they are copied.
    """
    year = document["year"]
    licence = document["licence"]
    licence_entry = {
        "name": "CC0-1.0" if licence["url"] == LICENCE_URLS[Licence.CC0] else "CC-BY-4.0",
        "path": licence["url"],
        "title": licence["name"],
    }
    edition = document["edition"]
    package = {
        "profile": "tabular-data-package",
        "name": f"chancellery-annual-report-{year}-{document['language']}",
        "title": document["title"],
        "description": _(
            "The figures of the annual report %(year)s of the %(publisher)s, one table per section."
        )
        % {"publisher": document["publisher"], "year": year},
        "homepage": document["report_url"],
        "version": str(edition) if edition is not None else "draft",
        "created": published_at.isoformat() if published_at else None,
        "language": document["language"],
        "licenses": [licence_entry],
        "licence_statement": licence["statement"],
        "licence_justification": licence["justification"],
        "contributors": [{"title": document["publisher"], "role": "publisher"}],
        "keywords": [str(section.title) for section in sections],
        "resources": [],
    }
    for section in sections:
        content = csv_files[section.key]
        package["resources"].append(
            {
                "profile": "tabular-data-resource",
                "name": section.key,
                "path": f"data/{section.key}.csv",
                "title": str(section.title),
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": len(content),
                "hash": "sha256:" + hashlib.sha256(content).hexdigest(),
                "licenses": [licence_entry],
                "schema": {"fields": _fields(value_type(section)), "primaryKey": ["code"]},
            }
        )
    if package["created"] is None:
        del package["created"]
    return package
