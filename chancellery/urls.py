from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from chancellery import dashboard, views, views_export
from chancellery.caching import cached_report_view

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", views.latest_report, name="home"),
    path("reports/", views.report_list, name="report-list"),
    path("reports/<int:year>/", cached_report_view(views.report_detail), name="report-detail"),
    path("checkin/", include("ceremonies.urls")),
    path("account/", include("chancellery.security.urls")),
    path("reports/<int:year>/pdf", cached_report_view(views_export.report_pdf), name="report-pdf"),
    path(
        "reports/<int:year>/data.json",
        cached_report_view(views_export.report_data_json),
        name="report-data-json",
    ),
    path(
        "reports/<int:year>/data/<slug:dataset>.csv",
        cached_report_view(views_export.report_dataset_csv),
        name="report-dataset-csv",
    ),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard/widgets/<slug:key>.csv", dashboard.widget_csv, name="dashboard-widget-csv"),
    path("dashboard/<int:year>/publish", dashboard.publish, name="dashboard-publish"),
    path("dashboard/<int:year>/unpublish", dashboard.unpublish, name="dashboard-unpublish"),
    prefix_default_language=True,
)
