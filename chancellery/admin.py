from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin

from chancellery.admin_widgets import TranslationStateAdminMixin
from chancellery.admin_years import PlainYearsAdminMixin
from chancellery.freeze import YearDataAdminMixin
from chancellery.locking import OptimisticLockAdminMixin
from chancellery.models import (
    AccessibilityIssue,
    AccessibilityStatement,
    AnnualReport,
    IctTopic,
    IctYear,
    PrivacyNotice,
    PublicationEvent,
)
from chancellery.services import PUBLISH_PERMISSION, report_publish, report_unpublish


@admin.register(AnnualReport)
class AnnualReportAdmin(
    PlainYearsAdminMixin,
    TranslationStateAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["year", "status", "published_at", "published_by"]
    list_filter = ["status"]
    search_fields = ["year"]
    readonly_fields = ["status", "published_at", "published_by"]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["year", "status", "published_at", "published_by"]}),
        (
            _("Foreword"),
            {"fields": ["foreword_title", "foreword_text", "signatory_name", "signatory_role"]},
        ),
        (
            _("Colophon"),
            {
                "fields": [
                    "organisation",
                    "address",
                    "publisher_name",
                    "publisher_role",
                    "legal_deposit",
                ]
            },
        ),
    ]

    @admin.action(description=_("Publish the selected reports"), permissions=["publish"])
    def publish(self, request, queryset):
        self._change_status(request, queryset, report_publish)

    @admin.action(description=_("Take the selected reports back to draft"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self._change_status(request, queryset, report_unpublish)

    def has_publish_permission(self, request):
        return request.user.has_perm(PUBLISH_PERMISSION)

    def _change_status(self, request, queryset, service):
        # Each report on its own: one incomplete report does not stop the others (each service
        # call is atomic: a report is published, with its event, entirely or not at all).
        for report in queryset:
            try:
                service(report=report, user=request.user)
            except ValidationError as error:
                for message in error.messages:
                    self.message_user(request, message, messages.ERROR)
            else:
                self.message_user(request, _("%(year)s: done.") % {"year": report.year})


@admin.register(PublicationEvent)
class PublicationEventAdmin(admin.ModelAdmin):
    list_display = ["report", "action", "user", "at"]
    list_filter = ["action"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class IctTopicInline(TranslationStateAdminMixin, TranslationStackedInline):
    model = IctTopic
    extra = 0


@admin.register(IctYear)
class IctYearAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["year", "requests_handled", "users_served", "service_hours"]
    inlines = [IctTopicInline]


# The task rows hold a task's path and arguments (an edition's id): the dashboard says what matters
# of them (an edition's progress, its error, a retry), for the roles that may publish.
if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)


class SingletonAdmin(SimpleHistoryAdmin, TranslationAdmin):
    """The admin of a model with one record: its list opens that record (or the form to enter
    it), no second one can be added, and it is never deleted (the law asks for the page)."""

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not self.model.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        record = self.model.objects.current()
        info = self.model._meta.app_label, self.model._meta.model_name
        if record is not None:
            return redirect(f"admin:{info[0]}_{info[1]}_change", record.pk)
        if self.has_add_permission(request):
            return redirect(f"admin:{info[0]}_{info[1]}_add")
        return super().changelist_view(request, extra_context)


class AccessibilityIssueInline(TranslationStackedInline):
    model = AccessibilityIssue
    extra = 0


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(SingletonAdmin):
    inlines = [AccessibilityIssueInline]
    fieldsets = [
        (_("Compliance"), {"fields": ["status", "prepared_on", "method", "reviewed_on"]}),
        (
            _("Feedback and contact"),
            {"fields": ["contact_email", "contact_phone", "contact_address", "response_days"]},
        ),
    ]


@admin.register(PrivacyNotice)
class PrivacyNoticeAdmin(SingletonAdmin):
    fieldsets = [
        (
            _("Controller"),
            {"fields": ["controller", "controller_address", "controller_email", "dpo_email"]},
        ),
        (
            _("Processing of the guest lists"),
            {
                "fields": [
                    "purposes",
                    "legal_basis",
                    "data_categories",
                    "source",
                    "recipients",
                    "updated_on",
                ]
            },
        ),
    ]


# The data-collection calendar's admin (and the index's list of one's own sections).
from chancellery import admin_collection  # noqa: E402, F401
