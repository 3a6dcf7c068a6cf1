"""Import web statistics from CSV: Matomo's VisitsSummary exports and a plain format.

All or nothing: every row is read and checked first; if any row is wrong, nothing is written and
each bad row is named with its line number and the reason. Records are matched on their site and
period, so importing the same file again changes nothing. A cell left empty (or a column the file
does not have, but for unique visitors) keeps the figure already stored: Matomo, for instance,
often leaves a year's unique visitors empty, and that must not erase a figure entered by hand.

The unique visitors' column must be there, even with empty cells: it holds the one figure the
report prints, and a file that names it otherwise (``nb_unique_visitors``) is refused with the
columns it has, not read as a file without unique visitors. A column the import does not read is
named in a warning.

Files are read as every import reads them (``chancellery.uploads.read_dataset``: comma, semicolon
or tab separated; UTF-8 with or without BOM, UTF-16 or Windows-1252; line numbers as the file's).

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
import datetime
import re
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from chancellery import freeze
from chancellery.uploads import (
    UnreadableFile,
    UploadTooLarge,
    check_columns,
    line_numbers,
    read_dataset,
)
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

# The other columns of a VisitsSummary export: known, not read, never warned about.
MATOMO_OTHER_COLUMNS = {
    "label",
    "nb_users",
    "max_actions",
    "bounce_count",
    "sum_visit_length",
    "nb_visits_converted",
    "bounce_rate",
    "nb_actions_per_visit",
    "avg_time_on_site",
    "sum_daily_nb_uniq_visitors",
    "sum_daily_nb_users",
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
    # Columns the file has but nothing reads (a misspelt name): said even when the import succeeds.
    warnings: tuple[str, ...] = ()

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


def _required_columns(fmt: str, site: Website | None) -> list[tuple[str, ...]]:
    """The columns a file of ``fmt`` cannot do without: its period, its site (unless given as an
    option) and the unique visitors, the one figure the report prints (its cells may be empty)."""
    required = [("date",) if fmt == "matomo" else ("period",)]
    if site is None:
        required.append(("site", "idsite") if fmt == "matomo" else ("site",))
    required.append(COLUMNS[fmt]["unique_visitors"])
    return required


def _read_rows(
    data: bytes, fmt: str, site: Website | None
) -> tuple[list[_Row], list[RowError], int, tuple[str, ...]]:
    """Parse every row; return the good rows, the errors, how many empty rows were skipped and the
    warnings (columns the file has but nothing reads)."""
    # Read as every import reads (chancellery.uploads): encoding and delimiter detected, rows,
    # columns and cells counted as they are read, each row with its line in the file.
    dataset = read_dataset(data, file_format="csv")
    if not dataset.headers:
        return [], [RowError(1, _("the file is empty"))], 0, ()
    known = {name for candidates in COLUMNS[fmt].values() for name in candidates}
    known |= {"date", "site", "idsite"} if fmt == "matomo" else {"period", "site"}
    if fmt == "matomo":
        known |= MATOMO_OTHER_COLUMNS
    columns = check_columns(dataset.headers, required=_required_columns(fmt, site), known=known)
    if columns.missing:
        return [], [RowError(1, columns.missing_message)], 0, ()
    warnings = (columns.ignored_message,) if columns.ignored else ()
    header = list(columns.found)
    position = {name: index for index, name in enumerate(header)}

    metric_column = {}
    for metric, candidates in COLUMNS[fmt].items():
        metric_column[metric] = next((position[c] for c in candidates if c in position), None)
    period_column = position["date" if fmt == "matomo" else "period"]
    site_column = position.get("site", position.get("idsite") if fmt == "matomo" else None)

    websites = {}
    for website in Website.objects.all():
        for key in _site_keys(website):
            websites[key] = website

    rows, errors, skipped = [], [], 0
    for line, cells in zip(line_numbers(dataset), dataset, strict=True):
        cells = ["" if cell is None else str(cell) for cell in cells]
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
    return rows, errors, skipped, warnings


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
    try:
        rows, errors, skipped, warnings = _read_rows(data, fmt, site)
    except (UploadTooLarge, UnreadableFile) as error:  # its message names the limit or the fault
        raise ImportFailed([RowError(0, str(error))]) from error

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
        # Locked until the end of the import: no admin save slips in between (its version).
        for statistic in WebStatistic.objects.select_for_update().filter(
            website__in={row.website.pk for row in rows}, year__in={row.year for row in rows}
        )
    }
    to_create, to_update = [], []
    result = ImportResult(skipped=skipped, warnings=warnings)
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
                # Raised as the admin raises it: a change form opened before the import refuses
                # to overwrite the imported figures (chancellery.locking).
                statistic.version += 1
                to_update.append(statistic)
            else:
                result.unchanged += 1

    if errors:
        raise ImportFailed(sorted(errors, key=lambda error: error.line))

    # Checked above, row by row, against published years: bulk writes skip the freeze signals.
    # The *_with_history helpers write the audit trail that bulk writes would skip.
    bulk_create_with_history(to_create, WebStatistic)
    if to_update:
        bulk_update_with_history(to_update, WebStatistic, [*METRICS, "version"])
    result.created = len(to_create)
    result.updated = len(to_update)
    return result
