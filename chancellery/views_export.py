"""The report in other forms: the PDF and the open data (JSON, CSV). Thin views, as in views.py."""

from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from chancellery import opendata
from chancellery.models import AnnualReport
from chancellery.views import report_context


def _visible_report(request, year: int) -> AnnualReport:
    """The year's report if this user may read it (drafts: staff only), 404 otherwise."""
    report = AnnualReport.objects.visible_to(request.user).filter(year=year).first()
    if report is None:
        raise Http404("No report for this year.")
    return report


def _open(response: HttpResponse) -> HttpResponse:
    """Open data may be read by any web page (no credentials are involved)."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def report_data_json(request, year: int):
    """Every figure of the year's report, by dataset, with licence and link back (JSON)."""
    report = _visible_report(request, year)
    sections = opendata.datasets(report.year).values()
    document = opendata.report_document(
        report, absolute=request.build_absolute_uri, sections=sections
    )
    response = HttpResponse(opendata.dumps(document), content_type="application/json")
    return _open(response)


@require_safe
def report_dataset_csv(request, year: int, dataset: str):
    """One dataset of the year's report as CSV: code,label,value,unit,year."""
    report = _visible_report(request, year)
    section = opendata.datasets(report.year).get(dataset)
    if section is None:
        raise Http404("No such dataset for this year.")
    response = HttpResponse(
        opendata.csv_text(section, year=report.year), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'inline; filename="{report.year}-{section.key}-{get_language()}.csv"'
    )
    return _open(response)


@require_safe
def report_pdf(request, year: int):
    """The year's report as a PDF in the active language, shown inline."""
    # Imported here: WeasyPrint (and the Pango it loads) is needed by this view only.
    from chancellery import pdf

    report = _visible_report(request, year)
    context = report_context(report) | {
        "report_url": request.build_absolute_uri(report.get_absolute_url())
    }
    content = pdf.report_pdf(report, context=context, request=request)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{pdf.filename(report, get_language())}"'
    return response
