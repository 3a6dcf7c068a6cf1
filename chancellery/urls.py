from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, register_converter

from chancellery import (
    dashboard,
    views,
    views_export,
    views_figures,
    views_statements,
    views_translations,
)


class YearConverter:
    """A year as the report's URLs write it: four digits, no leading zero (one URL per page)."""

    regex = "[1-9][0-9]{3}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


class NumberConverter(YearConverter):
    """An edition number: 1, 2, ... without leading zeros."""

    regex = "[1-9][0-9]{0,4}"


class FigureCodeConverter:
    """A figure's code (``meetings.council-of-ministers.total``): dot-separated slugs."""

    regex = "[-a-zA-Z0-9_]+(?:[.][-a-zA-Z0-9_]+)*"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(YearConverter, "year")
register_converter(NumberConverter, "number")
register_converter(FigureCodeConverter, "figure")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # The identity provider's callback and the admin's logout, which ends the provider's session
    # too: before the admin.
    path("", include("chancellery.security.provider_urls")),
    path("admin/", admin.site.urls),
    path(
        "reports/<year:year>/editions/<number:number>/manifest.json",
        views.edition_manifest,
        name="edition-manifest",
    ),
    # The DCAT-AP catalogue: one language-neutral URI, two formats.
    path("catalog", views_export.catalog, name="catalog"),
    path("catalog.ttl", views_export.catalog_turtle, name="catalog-ttl"),
    path("catalog.jsonld", views_export.catalog_jsonld, name="catalog-jsonld"),
]

# The report's public URLs of a published year are answered by chancellery.serving before these
# views: the views only preview drafts for staff, or say 404.
urlpatterns += i18n_patterns(
    path("", views.latest_report, name="home"),
    path("reports/", views.report_list, name="report-list"),
    path("reports/<year:year>/", views.report_detail, name="report-detail"),
    path("reports/<year:year>/pdf", views_export.report_pdf, name="report-pdf"),
    path("reports/<year:year>/data.json", views_export.report_data_json, name="report-data-json"),
    path(
        "reports/<year:year>/datapackage.json",
        views_export.report_datapackage,
        name="report-datapackage",
    ),
    path(
        "reports/<year:year>/data/<slug:dataset>.csv",
        views_export.report_dataset_csv,
        name="report-dataset-csv",
    ),
    path(
        "reports/<year:year>/editions/<number:number>/",
        views.edition_detail,
        name="edition-detail",
    ),
    path(
        "reports/<year:year>/editions/<number:number>/pdf",
        views.edition_detail,
        name="edition-pdf",
    ),
    path(
        "reports/<year:year>/editions/<number:number>/data.json",
        views.edition_detail,
        name="edition-data-json",
    ),
    path(
        "reports/<year:year>/editions/<number:number>/data/<slug:dataset>.csv",
        views.edition_detail,
        name="edition-dataset-csv",
    ),
    path(
        "reports/<year:year>/editions/<number:number>/datapackage.json",
        views.edition_detail,
        name="edition-datapackage",
    ),
    path("figures/", views_figures.figure_index, name="figure-index"),
    path("figures/<figure:code>/", views_figures.figure_detail, name="figure-detail"),
    path("figures/<figure:code>.csv", views_figures.figure_csv, name="figure-csv"),
    path("figures/<figure:code>.json", views_figures.figure_json, name="figure-json"),
    path("accessibility/", views_statements.accessibility, name="accessibility-statement"),
    path("privacy/", views_statements.privacy, name="privacy-notice"),
    path("checkin/", include("ceremonies.urls")),
    path("account/", include("chancellery.security.urls")),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard/widgets/<slug:key>.csv", dashboard.widget_csv, name="dashboard-widget-csv"),
    path("dashboard/<year:year>/publish", dashboard.publish, name="dashboard-publish"),
    path("dashboard/<year:year>/unpublish", dashboard.unpublish, name="dashboard-unpublish"),
    path("dashboard/<year:year>/retry", dashboard.retry, name="dashboard-retry"),
    path(
        "dashboard/<year:year>/translations/",
        views_translations.translations,
        name="dashboard-translations",
    ),
    prefix_default_language=True,
)

# A refusal says what is missing and whom to ask (chancellery/refusals.py).
handler403 = "chancellery.refusals.permission_denied"
