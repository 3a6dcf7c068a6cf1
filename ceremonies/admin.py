"""Data entry: ceremonies and their narrative (translated), categories, and the guest lists.

Guests are personal data: the admin shows them only to users with the guest permissions, and the
spreadsheet import/export (django-import-export) asks for those permissions too.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin
from import_export.forms import ImportForm
from import_export.results import RowResult
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from ceremonies.models import Ceremony, CeremonyYear, Guest, GuestCategory
from ceremonies.resources import GuestResource
from ceremonies.services import guest_log_repr, guest_set_status
from chancellery.admin_widgets import TranslationStateAdminMixin
from chancellery.background_imports import BackgroundImportMixin
from chancellery.freeze import YearDataAdminMixin
from chancellery.imports import PreviewStorage, SignedConfirmImportForm
from chancellery.locking import OptimisticLockAdminMixin
from chancellery.spreadsheet import SafeCSV, SafeXLSX
from chancellery.uploads import UnreadableFile, UploadTooLarge, file_too_large_message


@admin.register(CeremonyYear)
class CeremonyYearAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["year", "title"]


@admin.register(Ceremony)
class CeremonyAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["title", "date", "place", "code"]
    list_filter = ["date"]
    search_fields = ["title", "place", "code"]
    date_hierarchy = "date"
    prepopulated_fields = {"code": ["title"]}


@admin.register(GuestCategory)
class GuestCategoryAdmin(
    TranslationStateAdminMixin, OptimisticLockAdminMixin, SimpleHistoryAdmin, TranslationAdmin
):
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


class _LoggedGuest:
    """What the admin's log (LogEntry, "Recent actions") keeps of a guest: its id, never its name,
    which would outlive the guest's anonymisation there."""

    _meta = Guest._meta

    def __init__(self, pk):
        self.pk = pk

    def __str__(self) -> str:
        return guest_log_repr(self.pk)


@admin.register(Guest)
class GuestAdmin(
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    # A list of more than IMPORT_BACKGROUND_ROWS guests is checked and imported by the worker.
    BackgroundImportMixin,
    ImportExportModelAdmin,
):
    resource_classes = [GuestResource]
    import_form_class = GuestImportForm
    # The upload waits for its confirmation in the cache, under a name the server signed.
    confirm_form_class = SignedConfirmImportForm
    tmp_storage_class = PreviewStorage
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

    def log_addition(self, request, obj, message):
        return super().log_addition(request, _LoggedGuest(obj.pk), message)

    def log_change(self, request, obj, message):
        return super().log_change(request, _LoggedGuest(obj.pk), message)

    def log_deletions(self, request, queryset):
        return super().log_deletions(request, [_LoggedGuest(guest.pk) for guest in queryset])

    def _create_log_entry(self, user_pk, rows, import_type, action_flag):
        # django-import-export's log of an import (a private hook: no public one exists).
        guests = [_LoggedGuest(guest.pk) for guest in rows]
        return super()._create_log_entry(user_pk, guests, import_type, action_flag)

    def add_data_read_fail_error_to_form(self, form, e):
        # django-import-export names only the error's class; a file past an import limit is
        # refused with the limit it exceeds.
        if isinstance(e, UploadTooLarge | UnreadableFile):
            form.add_error("import_file", str(e))
        else:
            super().add_data_read_fail_error_to_form(form, e)

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        # A preview that cannot be confirmed (bad rows, unreadable file) keeps no upload.
        context = getattr(response, "context_data", None) or {}
        for warning in getattr(context.get("result"), "warnings", ()):
            self.message_user(request, warning, messages.WARNING)
        form = context.get("form")
        upload = getattr(form, "cleaned_data", {}).get("import_file")
        name = getattr(upload, "tmp_storage_name", None)
        if name and not context.get("confirm_form"):
            PreviewStorage(name=name).remove()
        return response

    def add_success_message(self, result, request):
        # django-import-export's own ("Import finished: 8 new, 0 updated, 0 deleted and 0 skipped
        # guests") has no plural forms and no Dutch; the guests' import adds and updates only.
        new = result.totals[RowResult.IMPORT_TYPE_NEW]
        updated = result.totals[RowResult.IMPORT_TYPE_UPDATE]
        self.message_user(
            request,
            ngettext(
                "Import done: %(new)s guest added",
                "Import done: %(new)s guests added",
                new,
            )
            % {"new": new}
            + ngettext(", %(updated)s guest updated.", ", %(updated)s guests updated.", updated)
            % {"updated": updated},
            messages.SUCCESS,
        )

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
        # Through the service, as the check-in page: it raises each guest's version, so that a
        # change form opened before cannot overwrite the new status. The freeze would refuse a
        # published year's guest: change only the editable ones.
        changed = 0
        # All or nothing: a failure half-way leaves no guest changed.
        with transaction.atomic():
            for guest in queryset.select_related("ceremony"):
                if self.has_change_permission(request, guest):
                    guest_set_status(guest=guest, status=status)
                    changed += 1
        self.message_user(
            request,
            ngettext("%(count)d guest updated.", "%(count)d guests updated.", changed)
            % {"count": changed},
        )

    @admin.action(description=_("Mark the selected guests confirmed"), permissions=["change"])
    def mark_confirmed(self, request, queryset):
        self._set_status(request, queryset, Guest.Status.CONFIRMED)

    @admin.action(description=_("Mark the selected guests attended"), permissions=["change"])
    def mark_attended(self, request, queryset):
        self._set_status(request, queryset, Guest.Status.ATTENDED)
