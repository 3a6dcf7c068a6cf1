"""The draft preview in other forms: the PDF and the open data (JSON, CSV), live, for staff;
and the DCAT-AP catalogue of what is published, for everyone.

A published year's PDF and open data are its stored edition's files (``chancellery.serving``);
these views only ever answer a draft, to staff who may preview it. The catalogue reads only
published editions (``chancellery.catalogue``). Thin views, as in views.py.
"""

from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from chancellery import catalogue, opendata
from chancellery.views import draft_report, preview_context, private


def _draft_document(request, year: int):
    """The draft's report, its preview context and its open-data document."""
    report = draft_report(request, year)
    context = preview_context(request, report)
    document = opendata.report_document(
        report,
        edition=None,
        base=context["base"],
        absolute=request.build_absolute_uri,
        sections=context["datasets"],
    )
    return report, context, document


@require_safe
def report_data_json(request, year: int):
    """Every figure of the draft's report, by dataset (JSON)."""
    _report, _context, document = _draft_document(request, year)
    return private(HttpResponse(opendata.dumps(document), content_type="application/json"))


@require_safe
def report_datapackage(request, year: int):
    """The draft's Frictionless data package, describing its live CSVs."""
    report, context, document = _draft_document(request, year)
    package = opendata.data_package(
        document,
        published_at=None,
        sections=context["datasets"],
        csv_files={
            section.key: opendata.csv_text(section, year=report.year).encode()
            for section in context["datasets"]
        },
    )
    return private(HttpResponse(opendata.dumps(package), content_type="application/json"))


@require_safe
def report_dataset_csv(request, year: int, dataset: str):
    """One dataset of the draft's report as CSV: code,label,value,unit,year."""
    report = draft_report(request, year)
    section = opendata.datasets(report.year).get(dataset)
    if section is None:
        raise Http404("No such dataset for this year.")
    response = HttpResponse(
        opendata.csv_text(section, year=report.year), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'inline; filename="{report.year}-{section.key}-{get_language()}.csv"'
    )
    return private(response)


@require_safe
def report_pdf(request, year: int):
    """The draft's report as a PDF in the active language, shown inline."""
    # Imported here: WeasyPrint (and the Pango it loads) is needed by this view only.
    from chancellery import pdf

    report = draft_report(request, year)
    context = preview_context(request, report) | {
        "report_url": request.build_absolute_uri(report.get_absolute_url())
    }
    content = pdf.report_pdf(
        context=context, request=request, base_url=request.build_absolute_uri("/")
    )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{pdf.filename(report, get_language())}"'
    return private(response)


def _catalogue(request, format: str):
    content, digest = catalogue.catalogue_bytes(format)
    etag = f'"{digest}"'
    if etag in request.META.get("HTTP_IF_NONE_MATCH", ""):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(content, content_type=catalogue.FORMATS[format])
    response["ETag"] = etag
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, no_cache=True)
    return response


@require_safe
def catalog_turtle(request):
    """The DCAT-AP catalogue of everything published, in Turtle."""
    return _catalogue(request, "turtle")


@require_safe
def catalog_jsonld(request):
    """The DCAT-AP catalogue of everything published, in JSON-LD."""
    return _catalogue(request, "json-ld")


@require_safe
def catalog(request):
    """The catalogue's own URI: 303 to its JSON-LD when the client asks for it, else Turtle."""
    wants_jsonld = "application/ld+json" in request.META.get("HTTP_ACCEPT", "")
    response = redirect("catalog-jsonld" if wants_jsonld else "catalog-ttl")
    response.status_code = 303
    patch_vary_headers(response, ["Accept"])
    return response
