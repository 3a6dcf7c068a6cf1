"""Data entry: ceremonies and their narrative (translated), categories, and the guest lists.

Guests are personal data: the admin shows them only to users with the guest permissions, and the
spreadsheet import/export (django-import-export) asks for those permissions too.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from import_export.formats.base_formats import CSV, XLSX
from modeltranslation.admin import TranslationAdmin

from ceremonies.models import Ceremony, CeremonyYear, Guest, GuestCategory
from ceremonies.resources import GuestResource
from chancellery.freeze import YearDataAdminMixin


@admin.register(CeremonyYear)
class CeremonyYearAdmin(YearDataAdminMixin, TranslationAdmin):
    list_display = ["year", "title"]


@admin.register(Ceremony)
class CeremonyAdmin(YearDataAdminMixin, TranslationAdmin):
    list_display = ["title", "date", "place", "code"]
    list_filter = ["date"]
    search_fields = ["title", "place", "code"]
    date_hierarchy = "date"
    prepopulated_fields = {"code": ["title"]}


@admin.register(GuestCategory)
class GuestCategoryAdmin(TranslationAdmin):
    list_display = ["name", "code", "position", "shown_without_number"]
    list_editable = ["position"]
    search_fields = ["name", "code"]


@admin.register(Guest)
class GuestAdmin(YearDataAdminMixin, ImportExportModelAdmin):
    resource_classes = [GuestResource]
    formats = [CSV, XLSX]
    # All or nothing: a file with one bad row imports nothing (the preview lists every bad row).
    rollback_on_validation_errors = True
    list_display = ["name", "organisation", "category", "ceremony", "status", "language"]
    list_filter = ["ceremony", "category", "status", "language"]
    search_fields = ["name", "organisation", "email"]
    list_select_related = ["ceremony", "category"]
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
