"""Public views of the core: thin, they ask the QuerySets and the registry and render.

A published year never reaches these views: ``chancellery.serving`` answers its URLs with the
stored edition's bytes. What is left here: the draft preview for staff (live, never stored),
the list of reports, the editions' manifests, and a 404 for everything else.
"""

import logging

from django.db import DatabaseError, connection
from django.db.models import F
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from chancellery import editions, registry, translation_state
from chancellery.models import AnnualReport, Edition

logger = logging.getLogger(__name__)


def draft_report(request, year: int) -> AnnualReport:
    """The year's report as a draft this user may preview (logged-in staff), 404 otherwise.

    A published year is not a draft: its URLs are the stored edition's, or do not exist.
    """
    report = (
        AnnualReport.objects.visible_to(request.user)
        .exclude(status=AnnualReport.Status.PUBLISHED)
        .filter(year=year)
        .first()
    )
    if report is None:
        raise Http404("No report for this year.")
    return report


def preview_context(request, report: AnnualReport) -> dict:
    """The draft preview's context: the live sections, files below the report's plain URL."""
    return editions.page_context(
        report,
        sections=registry.registry.sections(report.year),
        edition=None,
        base=reverse("report-detail", kwargs={"year": report.year}),
    )


def private(response: HttpResponse) -> HttpResponse:
    """A draft preview is never kept by a browser or a proxy."""
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
def report_detail(request, year: int):
    """A draft year's report, previewed live by staff (the public gets a 404)."""
    # What the public will read: an outdated German or English text falls back to the Dutch
    # (records loaded inside the readers' view, the report's own texts too).
    with translation_state.readers_view(request.LANGUAGE_CODE):
        report = draft_report(request, year)
        return private(render(request, editions.PAGE_TEMPLATE, preview_context(request, report)))


def latest_report(request):
    """The home page when no report is published (the serving middleware answers otherwise)."""
    return render(request, "chancellery/no_report.html", status=404)


def edition_detail(request, year: int, number: int, dataset: str = ""):
    """An edition's file that the serving middleware did not find: there is none."""
    raise Http404("No such edition or file.")


@require_safe
def edition_manifest(request, year: int, number: int):
    """Every file of a public edition: its URL, size and SHA-256, to verify a downloaded copy."""
    edition = (
        Edition.objects.filter(
            report__year=year,
            report__status=AnnualReport.Status.PUBLISHED,
            state=Edition.State.PUBLISHED,
            number=number,
            number__lte=F("report__current_edition__number"),
        )
        .select_related("report")
        .first()
    )
    if edition is None:
        raise Http404("No such edition.")
    response = JsonResponse(editions.manifest(edition), json_dumps_params={"indent": 2})
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, no_cache=True)
    return response


def report_list(request):
    """The published years, with their current edition."""
    reports = (
        AnnualReport.objects.published()
        .order_by("-year")
        .select_related("current_edition")
        .only("year", "published_at", "current_edition__number", "current_edition__published_at")
    )
    return render(request, "chancellery/report_list.html", {"reports": reports})


@never_cache
def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("Health check: the database does not answer.", exc_info=True)
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
