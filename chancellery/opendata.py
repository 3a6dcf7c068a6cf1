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
