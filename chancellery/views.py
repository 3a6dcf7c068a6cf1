"""Public views of the core: thin, they ask the QuerySets and the registry and render."""

import logging

from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from chancellery import registry
from chancellery.models import AnnualReport

logger = logging.getLogger(__name__)


def report_context(report: AnnualReport) -> dict:
    """What the report template needs: the report and its registered sections."""
    return {"report": report, "sections": registry.registry.sections(report.year)}


def report_detail(request, year: int):
    """A year's report; drafts only for logged-in staff (a preview), 404 otherwise."""
    report = AnnualReport.objects.visible_to(request.user).filter(year=year).first()
    if report is None:
        raise Http404("No report for this year.")
    return render(request, "chancellery/report_detail.html", report_context(report))


def latest_report(request):
    """The home page: the latest published report."""
    report = AnnualReport.objects.latest_published()
    if report is None:
        return render(request, "chancellery/no_report.html", status=404)
    return render(request, "chancellery/report_detail.html", report_context(report))


def report_list(request):
    """The published years."""
    reports = AnnualReport.objects.published().order_by("-year").only("year", "published_at")
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
