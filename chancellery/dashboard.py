"""Management dashboards: the frame that renders what the domain apps registered.

Widgets come from each app's ``report.py`` through the registry; this module imports no domain
model. Publishing and unpublishing go through ``chancellery.services``.
"""

import datetime
import functools
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import BadRequest, ValidationError
from django.db.models import F
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chancellery import collection, spreadsheet
from chancellery.models import MAX_YEAR, MIN_YEAR, AnnualReport, Edition, EditionFile, Licence
from chancellery.refusals import MissingPermission, with_admin_links
from chancellery.registry import Figure, Missing, registry
from chancellery.services import (
    PUBLISH_PERMISSION,
    edition_retry,
    report_missing,
    report_publish,
    report_unpublish,
)

DASHBOARD_PERMISSION = "chancellery.view_dashboard"
LANGUAGES = settings.LANGUAGES


def _require(request, permission):
    """Anonymous: to the login page; logged in without the permission: 403 naming it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    if not request.user.has_perm(permission):
        raise MissingPermission(permission)
    return None


def _selected_year(request) -> int:
    raw = request.GET.get("year") or request.POST.get("year")
    if raw is None:
        return datetime.date.today().year
    try:
        year = int(raw)
    except ValueError:
        raise BadRequest("Not a year.") from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise BadRequest("Year out of range.")
    return year


@dataclass(frozen=True)
class YearFigure:
    """A figure of a year with the section it belongs to (key and the year's title)."""

    section_key: str
    section_title: str
    figure: Figure


def stored_figures(years: Iterable[int]) -> dict[int, list[YearFigure]]:
    """The figures of the published years among ``years``, as their current edition's
    ``data.json`` in the active language holds them (one query).

    What the public reads of a published year is that file: the dashboard compares against it
    instead of building the year's sections again.
    """
    files = EditionFile.objects.filter(
        edition__report__year__in=list(years),
        edition__report__status=AnnualReport.Status.PUBLISHED,
        edition__report__current_edition=F("edition"),
        name="data.json",
        language=get_language(),
    ).values_list("edition__report__year", "content")
    result = {}
    for year, content in files:
        # Decimals stay decimals (a share of 52.5 %), as the live sections give them.
        document = json.loads(bytes(content), parse_float=Decimal)
        result[year] = [
            YearFigure(
                dataset["key"],
                dataset["title"],
                Figure(row["code"], row["label"], row["value"], row.get("unit", "")),
            )
            for dataset in document["datasets"]
            for row in dataset["figures"]
        ]
    return result


def year_figures(year: int) -> dict[int, list[YearFigure]]:
    """The figures of the year and of the year before: a published year's from its edition; the
    selected year's, when it is not published, from its sections, built once. The year before
    counts only as published: that is the figure the public read, and a draft's would cost its
    sections again."""
    result = stored_figures((year, year - 1))
    if year not in result:
        result[year] = [
            YearFigure(section.key, str(section.title), figure)
            for section in registry.sections(year)
            for figure in section.figures
        ]
    return result


def key_figures(year: int, figures: dict[int, list[YearFigure]]) -> list[dict]:
    """Every figure of the year's report beside the previous year's, with the change.

    A label that two figures of a section share ("Men": a count and a share) is told apart by
    its unit.
    """
    previous = {item.figure.code: item.figure.value for item in figures.get(year - 1, ())}
    current = figures.get(year, [])
    labels = Counter((item.section_key, str(item.figure.label)) for item in current)
    rows = []
    for item in current:
        figure = item.figure
        before = previous.get(figure.code)
        numeric = _is_number(figure.value) and _is_number(before)
        label = str(figure.label)
        if labels[item.section_key, label] > 1 and figure.unit:
            label = f"{label} ({figure.unit})"
        rows.append(
            {
                "section": item.section_title,
                "label": label,
                "figure": figure,
                "percent": figure.unit == "%",
                "previous": before,
                "change": figure.value - before if numeric else None,
            }
        )
    return rows


def _is_number(value) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


@dataclass(frozen=True)
class MissingRow:
    """A row of the dashboard's completeness list: the section in words and the item."""

    section: str
    item: Missing


def completeness_rows(
    missing_by_section: dict[str, list[Missing]], own: list[Missing]
) -> dict[str, list[MissingRow]]:
    """The completeness list as the dashboard shows it: what blocks first, the rest apart, each
    with its section in words (a check that names its section by key gets the registry's label).
    """
    rows = [MissingRow(item.section, item) for item in own]
    for key, items in missing_by_section.items():
        label = registry.label(key)
        for item in items:
            named = str(item.section)
            rows.append(MissingRow(label if named in (key, label) else named, item))
    return {
        "blocking": [row for row in rows if row.item.blocking],
        "fallback": [row for row in rows if not row.item.blocking],
    }


def dashboard(request):
    """The year's dashboard: status, calendar, completeness, key figures with their change,
    widgets; a fixed number of queries, however many years and records there are."""
    refused = _require(request, DASHBOARD_PERMISSION)
    if refused:
        return refused
    year = _selected_year(request)
    report = (
        AnnualReport.objects.filter(year=year)
        .select_related("published_by", "current_edition")
        .first()
    )
    frozen = report is not None and report.is_frozen
    # A published year's data is frozen and passed the check when it was published: the check
    # runs again once it is withdrawn.
    missing_by_section = {} if frozen else registry.missing_by_section(year)
    own = report_missing(report) if report is not None and not frozen else []
    # Each "fix it" link leads to a page the reader may open (management: the view page).
    missing_by_section = {
        key: with_admin_links(items, request.user) for key, items in missing_by_section.items()
    }
    own = with_admin_links(own, request.user)
    listed = completeness_rows(missing_by_section, own)
    missing = [row.item for row in listed["blocking"] + listed["fallback"]]
    figures = year_figures(year)
    years = sorted(
        set(AnnualReport.objects.values_list("year", flat=True))
        | {year, datetime.date.today().year},
        reverse=True,
    )
    context = {
        "year": year,
        "years": years,
        "report": report,
        "frozen": frozen,
        "missing": missing,
        "blocking": listed["blocking"],
        "fallback": listed["fallback"],
        "blocking_count": len(listed["blocking"]),
        "calendar": collection.calendar(year, missing_by_section=missing_by_section, frozen=frozen),
        "widgets": registry.widgets(year),
        "key_figures": key_figures(year, figures),
        "previous_published": year - 1 in figures,
        "may_publish": request.user.has_perm(PUBLISH_PERMISSION),
        "may_plan": request.user.has_perms(
            ["chancellery.add_collectiondeadline", "chancellery.change_collectiondeadline"]
        ),
        "events": list(report.publication_events.select_related("user")[:10]) if report else [],
        "editions": list(report.editions.select_related("requested_by")) if report else [],
        "licences": Licence.choices,
        "note_languages": LANGUAGES,
    }
    return render(request, "chancellery/dashboard.html", context)


def widget_csv(request, key: str):
    """A widget's table as CSV."""
    refused = _require(request, DASHBOARD_PERMISSION)
    if refused:
        return refused
    year = _selected_year(request)
    try:
        builder = registry.widget_builder(key)
    except KeyError:
        raise Http404("No such widget.") from None
    widget = builder(year)
    if widget is None:
        raise Http404("No data.")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{key}-{year}.csv"'
    writer = spreadsheet.csv_writer(response)
    writer.writerow(widget.table.columns)
    writer.writerows(["" if cell is None else cell for cell in row] for row in widget.table.rows)
    return response


@require_POST
def publish(request, year: int):
    """Publish the year's report as its next edition (publish permission; refused while
    incomplete, and from the second edition on without a correction note in nl and fr)."""
    note = {code: request.POST.get(f"correction_note_{code}", "") for code, _name in LANGUAGES}
    justification = {
        code: request.POST.get(f"licence_justification_{code}", "") for code, _name in LANGUAGES
    }
    return _change_status(
        request,
        year,
        functools.partial(
            report_publish,
            licence=request.POST.get("licence", Licence.CC0),
            correction_note=note,
            licence_justification=justification,
        ),
        _(
            "The report of %(year)s is being published: its files are being rendered. It is "
            "public once they all are."
        ),
    )


@require_POST
def unpublish(request, year: int):
    """Withdraw the year's report, or stop its publication (publish permission)."""
    return _change_status(
        request, year, report_unpublish, _("The report of %(year)s is back to draft.")
    )


@require_POST
def retry(request, year: int):
    """Render a failed edition of the year again (publish permission)."""

    def retry_failed(*, report, user):
        edition = report.editions.filter(state=Edition.State.FAILED).first()
        if edition is None:
            raise ValidationError(_("No edition of %(year)s failed.") % {"year": report.year})
        edition_retry(edition=edition, user=user)

    return _change_status(
        request, year, retry_failed, _("The files of %(year)s are being rendered again.")
    )


def _change_status(request, year, service, success_message):
    refused = _require(request, PUBLISH_PERMISSION)
    if refused:
        return refused
    report = AnnualReport.objects.filter(year=year).first()
    if report is None:
        raise Http404("No report for this year.")
    try:
        service(report=report, user=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, success_message % {"year": year})
    return redirect(f"{reverse('dashboard')}?year={year}")
