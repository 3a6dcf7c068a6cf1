"""Figure pages: one figure across the published years (page, CSV, JSON) and their index.

Thin views over ``chancellery.figures``: one query each, whatever the number of years. They read
only what was published (the editions' stored ``data.json``), so they are public and the same for
everyone; a reader's browser revalidates them (a new edition may change a series at any time).
"""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from chancellery import editions, figures


def public(response: HttpResponse, *, data: bool = False) -> HttpResponse:
    """Shared caches may keep it, revalidated on every use; open data is readable by any page."""
    patch_cache_control(response, public=True, no_cache=True)
    if data:
        response["Access-Control-Allow-Origin"] = "*"
    return response


def _series(code: str) -> figures.Series:
    series = figures.figure_series(code, language=get_language())
    if series is None:
        raise Http404("No published figure has this code.")
    return series


@require_safe
def figure_index(request):
    """Every published figure, by report section, with its latest value."""
    sections = figures.figure_index(language=get_language())
    return public(render(request, "chancellery/figures/index.html", {"sections": sections}))


@require_safe
def figure_detail(request, code: str):
    """A figure's values in every published year: chart, table, downloads, citation."""
    series = _series(code)
    context = {
        "series": series,
        "chart": figures.series_chart(series) if series.is_numeric else None,
        "page_url": editions.absolute(reverse("figure-detail", kwargs={"code": code})),
    }
    return public(render(request, "chancellery/figures/detail.html", context))


@require_safe
def figure_csv(request, code: str):
    """A figure's series as CSV: one row per year, with its edition, licence and source."""
    series = _series(code)
    response = HttpResponse(figures.series_csv(series), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{code}-{get_language()}.csv"'
    return public(response, data=True)


@require_safe
def figure_json(request, code: str):
    """A figure's series as JSON, values as numbers, each year with its citation."""
    series = _series(code)
    url = editions.absolute(reverse("figure-detail", kwargs={"code": code}))
    document = figures.series_document(series, url=url, language=get_language())
    return public(HttpResponse(figures.dumps(document), content_type="application/json"), data=True)
