"""Data entry: ceremonies and their narrative (translated), categories, and the guest lists.

Guests are personal data: the admin shows them only to users with the guest permissions, and the
spreadsheet import/export (django-import-export) asks for those permissions too.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from import_export.forms import ImportForm
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from ceremonies.models import Ceremony, CeremonyYear, Guest, GuestCategory
from ceremonies.resources import GuestResource
from ceremonies.services import file_too_large_message
from chancellery.freeze import YearDataAdminMixin
from chancellery.locking import OptimisticLockAdminMixin
from chancellery.spreadsheet import SafeCSV, SafeXLSX


@admin.register(CeremonyYear)
class CeremonyYearAdmin(
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["year", "title"]


@admin.register(Ceremony)
class CeremonyAdmin(YearDataAdminMixin, SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["title", "date", "place", "code"]
    list_filter = ["date"]
    search_fields = ["title", "place", "code"]
    date_hierarchy = "date"
    prepopulated_fields = {"code": ["title"]}


@admin.register(GuestCategory)
class GuestCategoryAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["name", "code", "position", "shown_without_number"]
    list_editable = ["position"]
    search_fields = ["name", "code"]


class GuestImportForm(ImportForm):
    """The spreadsheet import form, refusing a file above the upload limit before reading it."""

    def clean_import_file(self):
        file = self.cleaned_data["import_file"]
        if file is not None and file.size > settings.UPLOAD_MAX_BYTES:
            raise forms.ValidationError(file_too_large_message(file.size), code="too_large")
        return file


@admin.register(Guest)
class GuestAdmin(
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    ImportExportModelAdmin,
):
    resource_classes = [GuestResource]
    import_form_class = GuestImportForm
    # Exports neutralise formulas (chancellery.spreadsheet).
    formats = [SafeCSV, SafeXLSX]
    # All or nothing: a file with one bad row imports nothing (the preview lists every bad row).
    rollback_on_validation_errors = True
    list_display = ["name", "organisation", "category", "ceremony", "status", "language"]
    list_filter = ["ceremony", "category", "status", "language"]
    search_fields = ["name", "organisation", "email"]
    list_select_related = ["ceremony", "category"]
    # By name, along an index: the model's ordering (ceremony date, category position) sorts
    # 100.000 guests through two joins on every page.
    ordering = ["name", "id"]
    readonly_fields = ["anonymised_at"]
    actions = ["mark_confirmed", "mark_attended"]
    fieldsets = [
        (None, {"fields": ["ceremony", "category", "name", "organisation", "status"]}),
        (_("Contact"), {"fields": ["email", "phone", "language"]}),
        (_("Protocol"), {"fields": ["accessibility_needs", "notes", "anonymised_at"]}),
    ]

    def has_change_permission(self, request, obj=None):
        # An anonymised guest has nothing left to edit.
        if obj is not None and obj.anonymised_at is not None:
            return False
        return super().has_change_permission(request, obj)

    def has_import_permission(self, request):
        return request.user.has_perm("ceremonies.add_guest") and request.user.has_perm(
            "ceremonies.change_guest"
        )

    def has_export_permission(self, request):
        return request.user.has_perm("ceremonies.view_guest")

    def _set_status(self, request, queryset, status):
        # The freeze guard would refuse a published year's guest: change only the editable ones.
        changed = 0
        # All or nothing: a failure half-way leaves no guest changed.
        with transaction.atomic():
            for guest in queryset.select_related("ceremony"):
                if self.has_change_permission(request, guest):
                    guest.status = status
                    guest.save(update_fields=["status"])
                    changed += 1
        self.message_user(request, _("%(count)d guest(s) updated.") % {"count": changed})

    @admin.action(description=_("Mark the selected guests confirmed"), permissions=["change"])
    def mark_confirmed(self, request, queryset):
        self._set_status(request, queryset, Guest.Status.CONFIRMED)

    @admin.action(description=_("Mark the selected guests attended"), permissions=["change"])
    def mark_attended(self, request, queryset):
        self._set_status(request, queryset, Guest.Status.ATTENDED)
