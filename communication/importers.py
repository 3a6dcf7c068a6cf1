"""Import web statistics from CSV: Matomo's VisitsSummary exports and a plain format.

All or nothing: every row is read and checked first; if any row is wrong, nothing is written and
each bad row is named with its line number and the reason. Records are matched on their site and
period, so importing the same file again changes nothing. A cell left empty (or a column the file
does not have) keeps the figure already stored: Matomo, for instance, often leaves a year's unique
visitors empty, and that must not erase a figure entered by hand.

Formats (comma, semicolon or tab separated; UTF-8, UTF-8 with BOM or UTF-16):

* ``matomo``: a VisitsSummary export, period month or year: columns ``date`` (``2016``,
  ``2016-01`` or a range ``2016-01-01,2016-01-31`` covering exactly one month or year),
  ``nb_uniq_visitors``, ``nb_visits``, ``nb_pageviews`` (or else ``nb_actions``); the site in a
  ``site`` column (code or address) or an ``idsite`` column (Matomo site id), or given as an option.
  Rows without any figure (periods Matomo has no data for) are skipped.
* ``plain``: columns ``site`` (code or address), ``period`` (``YYYY`` or ``YYYY-MM``),
  ``unique_visitors``, ``visits``, ``page_views``.
"""

from __future__ import annotations

import calendar
import csv
import datetime
import io
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from chancellery import freeze
from chancellery.uploads import UploadTooLarge, bounded_rows
from communication.models import MAX_YEAR, MIN_YEAR, Website, WebStatistic

FORMATS = ("matomo", "plain")
METRICS = ("unique_visitors", "visits", "page_views")

# Where each metric comes from in each format, in order of preference.
COLUMNS = {
    "matomo": {
        "unique_visitors": ("nb_uniq_visitors",),
        "visits": ("nb_visits",),
        "page_views": ("nb_pageviews", "nb_actions"),
    },
    "plain": {
        "unique_visitors": ("unique_visitors",),
        "visits": ("visits",),
        "page_views": ("page_views",),
    },
}

_GROUPED = re.compile(r"^\d{1,3}([.,'\u00a0\u202f ]\d{3})+$")


@dataclass(frozen=True)
class RowError:
    """A row that cannot be imported: its line in the file and why."""

    line: int
    message: str

    def __str__(self) -> str:
        if not self.line:  # the whole file
            return self.message
        return _("line %(line)d: %(message)s") % {"line": self.line, "message": self.message}


class ImportFailed(Exception):
    """The file was refused; nothing was written. ``errors`` names each bad row."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))


@dataclass
class ImportResult:
    """What an import did."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    def __str__(self) -> str:
        return _(
            "%(created)d created, %(updated)d updated, %(unchanged)d unchanged, %(skipped)d skipped"
        ) % {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
        }


@dataclass(frozen=True)
class _Row:
    line: int
    website: Website
    year: int
    month: int | None
    figures: dict[str, int]  # only the figures the row gives


def file_too_large_message(size: int) -> str:
    """Why a file of ``size`` bytes is refused."""
    return _("the file is too large (%(size).1f MB): the limit is %(limit).0f MB") % {
        "size": size / 2**20,
        "limit": settings.UPLOAD_MAX_BYTES / 2**20,
    }


def decode(data: bytes) -> str:
    """The file's text: UTF-16 when it says so with a BOM, else UTF-8 (with or without BOM),
    else Windows-1252 (a spreadsheet saved on Windows); ImportFailed for bytes that are no text."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    except UnicodeDecodeError as error:
        # Bytes no text encoding accepts: a binary file (a spreadsheet not saved as CSV...).
        raise ImportFailed(
            [RowError(0, _("the file is not a text (CSV) file: %(error)s") % {"error": error})]
        ) from error


def _delimiter(first_line: str) -> str:
    return max((",", ";", "\t"), key=first_line.count)


def parse_count(text: str) -> int | None:
    """A count from a cell: empty is None; ``9414129``, ``9 414 129`` and ``9.414.129`` are read."""
    text = (text or "").strip()
    if not text:
        return None
    if _GROUPED.match(text):
        text = re.sub(r"\D", "", text)
    if not text.isdigit():
        message = _("“%(value)s” is not a whole number of zero or more")
        raise ValueError(message % {"value": text})
    return int(text)


def parse_period(text: str) -> tuple[int, int | None]:
    """``2016`` → (2016, None); ``2016-03`` → (2016, 3); a Matomo range
    ``2016-03-01,2016-03-31`` is accepted when it covers exactly one calendar month or year."""
    text = (text or "").strip()
    if match := re.fullmatch(r"(\d{4})", text):
        year, month = int(match[1]), None
    elif match := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
        year, month = int(match[1]), int(match[2])
    elif match := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*,\s*(\d{4}-\d{2}-\d{2})", text):
        try:
            start = datetime.date.fromisoformat(match[1])
            end = datetime.date.fromisoformat(match[2])
        except ValueError as error:
            message = _("“%(value)s” is not a valid date range")
            raise ValueError(message % {"value": text}) from error
        if start == datetime.date(start.year, 1, 1) and end == datetime.date(start.year, 12, 31):
            year, month = start.year, None
        elif (
            start.day == 1
            and (start.year, start.month) == (end.year, end.month)
            and end.day == calendar.monthrange(end.year, end.month)[1]
        ):
            year, month = start.year, start.month
        else:
            raise ValueError(
                _("the range “%(value)s” is neither a calendar month nor a calendar year")
                % {"value": text}
            )
    elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(_("“%(value)s” is a day; export per month or per year") % {"value": text})
    else:
        raise ValueError(
            _("the period “%(value)s” is not a year (YYYY) or a month (YYYY-MM)") % {"value": text}
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(_("the year %(year)d lies outside 1990–2100") % {"year": year})
    if month is not None and not 1 <= month <= 12:
        raise ValueError(_("the month %(month)d does not exist") % {"month": month})
    return year, month


def _site_keys(website: Website) -> set[str]:
    keys = {website.code.lower(), _bare_address(website.address)}
    if website.matomo_id is not None:
        keys.add(str(website.matomo_id))
    return keys


def _bare_address(text: str) -> str:
    text = text.strip().lower()
    text = re.sub(r"^https?://", "", text).rstrip("/")
    return text.removeprefix("www.")


def _read_rows(text: str, fmt: str, site: Website | None) -> tuple[list[_Row], list[RowError], int]:
    """Parse every row; return the good rows, the errors and how many empty rows were skipped."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        return [], [RowError(1, _("the file is empty"))], 0
    # newline="": a lone carriage return ends a line, as csv expects.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(lines[0]))
    # Rows, columns and cells counted as they are read: UploadTooLarge at the first past a bound.
    bounded = bounded_rows(reader)
    header = [name.strip().lstrip("\ufeff").lower() for name in next(bounded)]
    position = {name: index for index, name in enumerate(header)}

    metric_column = {}
    for metric, candidates in COLUMNS[fmt].items():
        metric_column[metric] = next((position[c] for c in candidates if c in position), None)
    period_column = position.get("date" if fmt == "matomo" else "period")
    site_column = position.get("site", position.get("idsite") if fmt == "matomo" else None)

    missing = []
    if period_column is None:
        missing.append("date" if fmt == "matomo" else "period")
    if site_column is None and site is None:
        missing.append("site")
    if all(column is None for column in metric_column.values()):
        missing.append(" / ".join(c for candidates in COLUMNS[fmt].values() for c in candidates))
    if missing:
        return (
            [],
            [
                RowError(
                    1,
                    _("the header lacks the column(s) %(columns)s (it has: %(header)s)")
                    % {"columns": ", ".join(missing), "header": ", ".join(header)},
                )
            ],
            0,
        )

    websites = {}
    for website in Website.objects.all():
        for key in _site_keys(website):
            websites[key] = website

    rows, errors, skipped = [], [], 0
    for cells in bounded:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        cells = cells + [""] * (len(header) - len(cells))
        reasons = []

        website = site
        if site_column is not None and cells[site_column].strip():
            key = cells[site_column].strip()
            website = websites.get(key.lower()) or websites.get(_bare_address(key))
            if website is None:
                reasons.append(_("unknown website “%(site)s”") % {"site": key})
        elif website is None:
            reasons.append(_("no website given"))

        year = month = None
        try:
            year, month = parse_period(cells[period_column])
        except ValueError as error:
            reasons.append(str(error))

        figures = {}
        for metric, column in metric_column.items():
            if column is None:
                continue
            try:
                value = parse_count(cells[column])
            except ValueError as error:
                reasons.append(f"{header[column]}: {error}")
                continue
            if value is not None:
                figures[metric] = value

        if not reasons and not figures:
            if fmt == "matomo":
                skipped += 1  # Matomo writes a row for periods it has no data for.
                continue
            reasons.append(_("no figure given: unique visitors, visits or page views"))
        if reasons:
            errors.append(RowError(line, "; ".join(reasons)))
        else:
            rows.append(_Row(line, website, year, month, figures))
    return rows, errors, skipped


def _key(website_id: int, year: int, month: int | None) -> tuple[int, int, int | None]:
    return (website_id, year, month)


@transaction.atomic
def web_statistics_import(
    *, data: bytes, fmt: str = "plain", site: Website | None = None
) -> ImportResult:
    """Import a CSV file of web statistics, all or nothing (raises ImportFailed naming each bad
    row); upsert by site and period, so a second import of the same file changes nothing."""
    if fmt not in FORMATS:
        raise ValueError(f"Unknown format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if len(data) > settings.UPLOAD_MAX_BYTES:
        raise ImportFailed([RowError(0, file_too_large_message(len(data)))])
    try:
        rows, errors, skipped = _read_rows(decode(data), fmt, site)
    except UploadTooLarge as error:  # its message names the limit
        raise ImportFailed([RowError(0, str(error))]) from error
    except csv.Error as error:  # a field over csv's size limit, a stray quote...
        raise ImportFailed(
            [RowError(0, _("the file is not valid CSV: %(error)s") % {"error": error})]
        ) from error

    seen: dict[tuple, int] = {}
    for row in rows:
        key = _key(row.website.pk, row.year, row.month)
        if key in seen:
            errors.append(
                RowError(
                    row.line,
                    _("same website and period as line %(line)d") % {"line": seen[key]},
                )
            )
        else:
            seen[key] = row.line

    frozen = set(freeze.published_years({row.year for row in rows}))
    for row in rows:
        if row.year in frozen:
            errors.append(
                RowError(
                    row.line,
                    _("the report of %(year)d is published: its figures are frozen")
                    % {"year": row.year},
                )
            )

    stored = {
        _key(statistic.website_id, statistic.year, statistic.month): statistic
        for statistic in WebStatistic.objects.filter(
            website__in={row.website.pk for row in rows}, year__in={row.year for row in rows}
        )
    }
    to_create, to_update, result = [], [], ImportResult(skipped=skipped)
    for row in rows:
        statistic = stored.get(_key(row.website.pk, row.year, row.month))
        if statistic is None:
            statistic = WebStatistic(
                website=row.website,
                kind=WebStatistic.Kind.YEAR if row.month is None else WebStatistic.Kind.MONTH,
                year=row.year,
                month=row.month,
            )
            to_create.append(statistic)
        changed = any(getattr(statistic, m) != v for m, v in row.figures.items())
        for metric, value in row.figures.items():
            setattr(statistic, metric, value)
        if (
            statistic.unique_visitors is not None
            and statistic.visits is not None
            and statistic.unique_visitors > statistic.visits
        ):
            errors.append(
                RowError(
                    row.line,
                    _("%(visitors)d unique visitors but only %(visits)d visits")
                    % {"visitors": statistic.unique_visitors, "visits": statistic.visits},
                )
            )
        if statistic.pk is not None:
            if changed:
                to_update.append(statistic)
            else:
                result.unchanged += 1

    if errors:
        raise ImportFailed(sorted(errors, key=lambda error: error.line))

    # Checked above, row by row, against published years: bulk writes skip the freeze signals.
    # The *_with_history helpers write the audit trail that bulk writes would skip.
    bulk_create_with_history(to_create, WebStatistic)
    if to_update:
        bulk_update_with_history(to_update, WebStatistic, list(METRICS))
    result.created = len(to_create)
    result.updated = len(to_update)
    return result
