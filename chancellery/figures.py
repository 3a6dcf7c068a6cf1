"""Figures across years: each figure code's values in every published edition, read back from them.

A figure page (``/<lang>/figures/<code>/``) shows one figure of the report over the years: what
each published year's editions printed, as a chart, a table, CSV and JSON, with a sentence to cite.
Its values are read from the ``data.json`` each edition stored at publication in each language
(``chancellery.editions``), never from the live data: a figure page says what was published, and a
draft is not published. The code is a figure's identity (``registry.Figure.code``): its label may
change from one year to the next (a body renamed, a better wording), its series does not break.

Every edition counts: a year's value is its current edition's, and an earlier edition that printed
another value (corrected since) is listed with it. Everything comes from one query, whatever the
number of years: the ``data.json`` files of the published editions in the page's language.
"""

from __future__ import annotations

import datetime
import io
import json
import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import F
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from chancellery import charts, spreadsheet
from chancellery.models import AnnualReport, Edition, EditionFile

CSV_COLUMNS = (
    "code",
    "year",
    "value",
    "unit",
    "label",
    "edition",
    "published",
    "licence",
    "source",
)


@dataclass(frozen=True)
class Source:
    """A published edition as its ``data.json`` describes it: what a citation names."""

    year: int
    edition: int
    title: str
    publisher: str
    published: datetime.date | None
    report_url: str
    licence_name: str
    licence_url: str

    @property
    def citation(self) -> str:
        """The sentence to cite this edition: publisher, title, URL, licence."""
        return f"{self.publisher}, {self.title}, {self.report_url}, {self.licence_name}"


@dataclass(frozen=True)
class Point:
    """A figure's value in a year's current edition, and what earlier editions printed."""

    year: int
    value: int | Decimal | str
    label: str
    unit: str
    source: Source
    # (edition number, value) of the year's earlier editions that printed another value.
    corrected: tuple[tuple[int, int | Decimal | str], ...] = ()

    @property
    def is_number(self) -> bool:
        return not isinstance(self.value, str)


@dataclass(frozen=True)
class Series:
    """One figure across the published years: its latest label and unit, its points by year."""

    code: str
    label: str
    unit: str
    section_key: str
    section_title: str
    points: tuple[Point, ...]

    @property
    def latest(self) -> Point:
        return self.points[-1]

    @property
    def is_numeric(self) -> bool:
        """Whether every value is a number (a chart can be drawn)."""
        return all(point.is_number for point in self.points)

    @property
    def earlier_labels(self) -> list[str]:
        """The labels the figure had in earlier years, when they differ from today's."""
        seen = []
        for point in self.points:
            if point.label != self.label and point.label not in seen:
                seen.append(point.label)
        return seen

    @property
    def first_year(self) -> int:
        return self.points[0].year

    @property
    def last_year(self) -> int:
        return self.points[-1].year


@dataclass
class _Entry:
    """A figure's values while the documents are read, edition by edition."""

    section_key: str
    section_title: str
    # year -> [(edition, value, label, unit, source)], editions in ascending order.
    values: dict[int, list[tuple]] = field(default_factory=dict)


def _documents(language: str) -> list[dict]:
    """The ``data.json`` of every published edition in ``language``, by year then edition.

    One query. An edition counts once it is public: published, of a published year, and no later
    than the year's current edition (a newer one still rendering is not).
    """
    contents = (
        EditionFile.objects.filter(
            name="data.json",
            language=language,
            supersedes_original="",
            edition__state=Edition.State.PUBLISHED,
            edition__report__status=AnnualReport.Status.PUBLISHED,
            edition__number__lte=F("edition__report__current_edition__number"),
        )
        .order_by("edition__report__year", "edition__number")
        .values_list("content", flat=True)
    )
    return [json.loads(bytes(content), parse_float=Decimal) for content in contents]


def _source(document: dict) -> Source:
    published = document.get("published")
    return Source(
        year=document["year"],
        edition=document["edition"],
        title=document["title"],
        publisher=document["publisher"],
        published=datetime.date.fromisoformat(published) if published else None,
        report_url=document["report_url"],
        licence_name=document["licence"]["name"],
        licence_url=document["licence"]["url"],
    )


def _entries(language: str) -> dict[str, _Entry]:
    """Every figure code of the published editions with its values (one query)."""
    entries: dict[str, _Entry] = {}
    for document in _documents(language):
        source = _source(document)
        for dataset in document["datasets"]:
            for figure in dataset["figures"]:
                entry = entries.get(figure["code"])
                if entry is None:
                    entry = entries[figure["code"]] = _Entry(dataset["key"], dataset["title"])
                # Documents come in year order: the latest year's section names the figure.
                entry.section_key, entry.section_title = dataset["key"], dataset["title"]
                entry.values.setdefault(source.year, []).append(
                    (source.edition, figure["value"], figure["label"], figure["unit"], source)
                )
    return entries


def _series(code: str, entry: _Entry) -> Series:
    points = []
    for year in sorted(entry.values):
        editions = entry.values[year]
        _number, value, label, unit, source = editions[-1]
        corrected = tuple(
            (number, earlier) for number, earlier, *_rest in editions[:-1] if earlier != value
        )
        points.append(Point(year, value, label, unit, source, corrected))
    latest = points[-1]
    return Series(
        code=code,
        label=latest.label,
        unit=latest.unit,
        section_key=entry.section_key,
        section_title=entry.section_title,
        points=tuple(points),
    )


def figure_series(code: str, *, language: str) -> Series | None:
    """The figure ``code`` over every published year, in ``language`` (one query); None when no
    published edition has it."""
    entry = _entries(language).get(code)
    return _series(code, entry) if entry is not None else None


@dataclass(frozen=True)
class IndexSection:
    """A report section's figures in the index."""

    key: str
    title: str
    figures: tuple[Series, ...]


def figure_index(*, language: str) -> list[IndexSection]:
    """Every published figure, grouped by the section that prints it (its latest year's), in the
    report's order, the figures in the order the report lists them (one query)."""
    from chancellery import registry

    by_section: dict[str, list[Series]] = {}
    titles: dict[str, str] = {}
    for code, entry in _entries(language).items():
        by_section.setdefault(entry.section_key, []).append(_series(code, entry))
        titles[entry.section_key] = entry.section_title
    order = {key: position for position, key in enumerate(registry.REPORT_ORDER)}
    keys = sorted(by_section, key=lambda key: (order.get(key, len(order)), key))
    return [IndexSection(key, titles[key], tuple(by_section[key])) for key in keys]


def _csv_value(value) -> object:
    return format(value, "f") if isinstance(value, Decimal) else value


def series_csv(series: Series) -> str:
    """The series as CSV, one row per year; formulas neutralised as in every open-data CSV."""
    buffer = io.StringIO()
    writer = spreadsheet.csv_writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for point in series.points:
        source = point.source
        writer.writerow(
            [
                series.code,
                point.year,
                _csv_value(point.value),
                point.unit,
                point.label,
                source.edition,
                source.published.isoformat() if source.published else "",
                source.licence_name,
                source.report_url,
            ]
        )
    return buffer.getvalue()


def series_document(series: Series, *, url: str, language: str) -> dict:
    """The series as a JSON document (values as numbers, decimals exact); ``url`` is the figure
    page's absolute URL."""
    return {
        "code": series.code,
        "language": language,
        "label": series.label,
        "unit": series.unit,
        "dataset": {"key": series.section_key, "title": series.section_title},
        "url": url,
        "series": [
            {
                "year": point.year,
                "value": point.value,
                "label": point.label,
                "unit": point.unit,
                "edition": point.source.edition,
                "published": point.source.published.isoformat() if point.source.published else None,
                "source": point.source.report_url,
                "licence": {"name": point.source.licence_name, "url": point.source.licence_url},
                "citation": point.source.citation,
                "corrected": [
                    {"edition": number, "value": value} for number, value in point.corrected
                ],
            }
            for point in series.points
        ],
    }


def dumps(document: dict) -> str:
    """The document as JSON text, decimals as JSON numbers (their digits kept as published)."""

    def default(value):
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")

    return json.dumps(document, ensure_ascii=False, indent=2, default=default)


# -- the chart -----------------------------------------------------------------------------------

_SIZE = 12
_TOP = 22
_BOTTOM = 24
_PLOT = 150


def _value_text(value) -> str:
    decimal = Decimal(str(value))
    places = 0
    if decimal != decimal.to_integral_value():
        places = min(max(-decimal.normalize().as_tuple().exponent, 1), 2)
    text = number_format(decimal, places, use_l10n=True, force_grouping=True)
    return text.replace("-", "\u2212")


def series_chart(series: Series, *, width: int = 360) -> SafeString:
    """A column chart of a numeric series, one column per year, each labelled with its value.

    Values below zero (a change against the year before) hang below the zero line. Like the
    charts of ``chancellery.charts``: no script, its values printed, a title and a description,
    columns that grow wider (and the picture smaller) rather than let texts overlap.
    """
    values = [float(point.value) for point in series.points]
    texts = [_value_text(point.value) for point in series.points]
    needed = max(
        [charts.text_width(text, _SIZE, bold=True) + 6 for text in texts]
        + [charts.text_width(str(point.year), _SIZE) + 6 for point in series.points]
    )
    count = len(values)
    slot = max(width / count, needed)
    width = slot * count
    high, low = max(max(values), 0.0), min(min(values), 0.0)
    span = (high - low) or 1.0
    # Room below the zero line for the values printed under negative columns.
    below = _SIZE + 6 if low < 0 else 0
    zero = _TOP + _PLOT * high / span
    height = _TOP + _PLOT + below + _BOTTOM
    columns = []
    for index, (point, value, text) in enumerate(zip(series.points, values, texts, strict=True)):
        length = _PLOT * abs(value) / span
        length = max(length, 1.0) if value else 0.0
        x = index * slot
        top = zero - length if value >= 0 else zero
        text_y = zero - length - 5 if value >= 0 else zero + length + _SIZE + 2
        columns.append(
            (
                _n(x + slot * 0.15),
                _n(top),
                _n(slot * 0.7),
                _n(length),
                charts.ACCENT if index == count - 1 else charts.BAR,
                _n(x + slot / 2),
                _n(text_y),
                text,
                _n(x + slot / 2),
                _n(height - 8),
                point.year,
            )
        )
    title = _("%(label)s, %(first)s–%(last)s") % {
        "label": series.label,
        "first": series.first_year,
        "last": series.last_year,
    }
    description = _(
        "One column per published year, its value printed above it (below it when negative), the "
        "latest year in red; the table below gives the same figures."
    )
    body = format_html(
        '<line x1="0" y1="{}" x2="{}" y2="{}" stroke="{}"></line>{}',
        _n(zero),
        _n(width),
        _n(zero),
        charts.GRID,
        format_html_join(
            "",
            '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
            '<text x="{}" y="{}" text-anchor="middle" font-size="12" font-weight="bold" fill="'
            + charts.INK
            + '">{}</text>'
            '<text x="{}" y="{}" text-anchor="middle" font-size="12" fill="'
            + charts.INK
            + '">{}</text>',
            columns,
        ),
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="{}" height="{}" '
        'role="img" aria-labelledby="series-chart-t series-chart-d" focusable="false" '
        'font-family="{}"><title id="series-chart-t">{}</title>'
        '<desc id="series-chart-d">{}</desc>{}</svg>',
        _n(width),
        _n(height),
        _n(width * charts.DRAWN_SCALE),
        _n(height * charts.DRAWN_SCALE),
        charts.FONT_FAMILY,
        title,
        description,
        body,
    )


def _n(value: float) -> str:
    """A coordinate as SVG writes it: at most one decimal, no trailing zero."""
    return f"{round(value, 1):g}" if math.isfinite(value) else "0"
