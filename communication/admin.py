"""Data entry for external communication; web statistics can also be imported from CSV."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)
from simple_history.admin import SimpleHistoryAdmin

from chancellery.admin_widgets import TranslationStateAdminMixin
from chancellery.freeze import YearDataAdminMixin
from chancellery.locking import OptimisticLockAdminMixin, OptimisticLockInlineMixin
from communication.forms import WebStatisticImportForm
from communication.importers import ImportFailed, web_statistics_import
from communication.models import (
    Campaign,
    CampaignAction,
    CampaignFigure,
    CommunicationTopic,
    CommunicationYear,
    FollowerCount,
    SocialAccount,
    Website,
    WebStatistic,
)


@admin.register(Website)
class WebsiteAdmin(
    TranslationStateAdminMixin, OptimisticLockAdminMixin, SimpleHistoryAdmin, TranslationAdmin
):
    list_display = ["address", "name", "code", "languages", "matomo_id", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["address", "name", "code"]
    prepopulated_fields = {"code": ["address"]}


@admin.register(WebStatistic)
class WebStatisticAdmin(YearDataAdminMixin, OptimisticLockAdminMixin, SimpleHistoryAdmin):
    list_display = ["website", "year", "month", "kind", "unique_visitors", "visits", "page_views"]
    list_filter = ["kind", "year", "website"]
    list_select_related = ["website"]
    change_list_template = "communication/admin/webstatistic_change_list.html"

    def get_urls(self):
        urls = [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="communication_webstatistic_import",
            ),
        ]
        return urls + super().get_urls()

    def import_view(self, request):
        """Upload a CSV file; all or nothing, each bad row listed with its line."""
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        errors = []
        form = WebStatisticImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                result = web_statistics_import(
                    data=form.cleaned_data["file"].read(),
                    fmt=form.cleaned_data["fmt"],
                    site=form.cleaned_data["site"],
                )
            except ImportFailed as failure:
                errors = failure.errors
            else:
                self.message_user(
                    request, _("Import done: %(result)s.") % {"result": result}, messages.SUCCESS
                )
                for warning in result.warnings:
                    self.message_user(request, warning, messages.WARNING)
                return redirect(reverse("admin:communication_webstatistic_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import web statistics"),
            "form": form,
            "errors": errors,
        }
        return TemplateResponse(request, "communication/admin/import.html", context)


@admin.register(SocialAccount)
class SocialAccountAdmin(
    TranslationStateAdminMixin, OptimisticLockAdminMixin, SimpleHistoryAdmin, TranslationAdmin
):
    list_display = ["handle", "platform", "name", "address"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_filter = ["platform"]
    search_fields = ["handle", "name"]


@admin.register(FollowerCount)
class FollowerCountAdmin(YearDataAdminMixin, OptimisticLockAdminMixin, SimpleHistoryAdmin):
    list_display = ["account", "date", "followers"]
    list_filter = ["account"]
    list_select_related = ["account"]
    date_hierarchy = "date"


class CommunicationTopicInline(
    TranslationStateAdminMixin, OptimisticLockInlineMixin, TranslationStackedInline
):
    model = CommunicationTopic
    extra = 0


@admin.register(CommunicationYear)
class CommunicationYearAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["year", "title"]
    inlines = [CommunicationTopicInline]


class CampaignActionInline(
    TranslationStateAdminMixin, OptimisticLockInlineMixin, TranslationStackedInline
):
    model = CampaignAction
    extra = 0


# A figure prints as "<value> <unit> <label>" (437 photos taken in the photo booth): the help says
# so, lest the unit be written again at the start of the label.
FIGURE_HELP_TEXTS = {
    "unit": _(
        "Printed right after the number and before the label: “photos” in “437 photos taken in "
        "the photo booth”."
    ),
    "label": _(
        "Printed after the number and the unit: write only what follows them, “taken in the "
        "photo booth”, not “photos taken in the photo booth”."
    ),
}


class CampaignFigureInline(
    TranslationStateAdminMixin, OptimisticLockInlineMixin, TranslationTabularInline
):
    model = CampaignFigure
    extra = 0

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        # The language columns (unit_nl, unit_fr...) carry the field they translate.
        original = getattr(db_field, "translated_field", db_field)
        if formfield is not None and original.name in FIGURE_HELP_TEXTS:
            formfield.help_text = FIGURE_HELP_TEXTS[original.name]
        return formfield


@admin.register(Campaign)
class CampaignAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["name", "year", "title"]
    list_filter = ["year"]
    inlines = [CampaignActionInline, CampaignFigureInline]
