"""Management dashboards: the frame that renders what the domain apps registered.

Widgets come from each app's ``report.py`` through the registry; this module imports no domain
model. Publishing and unpublishing go through ``chancellery.services``.
"""

import datetime
import functools
from decimal import Decimal

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chancellery import spreadsheet
from chancellery.models import MAX_YEAR, MIN_YEAR, AnnualReport, Edition, Licence
from chancellery.registry import registry
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
    """Anonymous: to the login page; logged in without the permission: 403."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    if not request.user.has_perm(permission):
        raise PermissionDenied
    return None


def _selected_year(request) -> int:
    raw = request.GET.get("year") or request.POST.get("year")
    if raw is None:
        return datetime.date.today().year
    try:
        year = int(raw)
    except ValueError:
        raise Http404("Not a year.") from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404("Year out of range.")
    return year


def key_figures(year: int) -> list[dict]:
    """Every figure of the year's report beside the previous year's, with the change."""
    previous = {
        figure.code: figure.value
        for section in registry.sections(year - 1)
        for figure in section.figures
    }
    rows = []
    for section in registry.sections(year):
        for figure in section.figures:
            before = previous.get(figure.code)
            numeric = _is_number(figure.value) and _is_number(before)
            rows.append(
                {
                    "section": section.title,
                    "figure": figure,
                    "previous": before,
                    "change": figure.value - before if numeric else None,
                }
            )
    return rows


def _is_number(value) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def dashboard(request):
    """The year's dashboard: status, completeness, key figures with their change, widgets."""
    refused = _require(request, DASHBOARD_PERMISSION)
    if refused:
        return refused
    year = _selected_year(request)
    report = AnnualReport.objects.filter(year=year).select_related("published_by").first()
    missing = registry.missing(year)
    if report is not None:
        missing = report_missing(report) + missing
    years = sorted(
        set(AnnualReport.objects.values_list("year", flat=True))
        | {year, datetime.date.today().year},
        reverse=True,
    )
    context = {
        "year": year,
        "years": years,
        "report": report,
        "missing": missing,
        "blocking_count": sum(1 for item in missing if item.blocking),
        "widgets": registry.widgets(year),
        "key_figures": key_figures(year),
        "may_publish": request.user.has_perm(PUBLISH_PERMISSION),
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
