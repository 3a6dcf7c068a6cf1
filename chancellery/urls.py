from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import path

from chancellery import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", views.latest_report, name="home"),
    path("reports/", views.report_list, name="report-list"),
    path("reports/<int:year>/", views.report_detail, name="report-detail"),
    prefix_default_language=True,
)
