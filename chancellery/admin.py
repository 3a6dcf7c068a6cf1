from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from chancellery.freeze import YearDataAdminMixin
from chancellery.models import AnnualReport, IctTopic, IctYear
from chancellery.services import report_publish, report_unpublish


@admin.register(AnnualReport)
class AnnualReportAdmin(TranslationAdmin):
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


    @admin.action(description=_("Publish the selected reports"))
    def publish(self, request, queryset):
        for report in queryset:
            report_publish(report=report, user=request.user)
        self.message_user(request, _("%(count)d report(s) published.") % {"count": len(queryset)})

    @admin.action(description=_("Take the selected reports back to draft"))
    def unpublish(self, request, queryset):
        for report in queryset:
            report_unpublish(report=report, user=request.user)
        self.message_user(request, _("%(count)d report(s) back to draft.") % {"count": len(queryset)})


class IctTopicInline(TranslationStackedInline):
    model = IctTopic
    extra = 0


@admin.register(IctYear)
class IctYearAdmin(YearDataAdminMixin, TranslationAdmin):
    list_display = ["year", "requests_handled", "users_served", "service_hours"]
    inlines = [IctTopicInline]
