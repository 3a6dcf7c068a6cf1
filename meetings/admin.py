"""Admin for the secretariat: bodies, occasions, the meetings themselves and the narrative."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin

from chancellery.admin_widgets import SafeAutocompleteAdminMixin, TranslationStateAdminMixin
from chancellery.freeze import YearDataAdminMixin
from chancellery.locking import OptimisticLockAdminMixin, OptimisticLockInlineMixin
from meetings.models import Body, BodyNote, Meeting, MeetingsYear, Occasion


class YearListFilter(admin.SimpleListFilter):
    """Filter meetings by calendar year (the report year they count in)."""

    title = _("year")
    parameter_name = "date__year"

    def lookups(self, request, model_admin):
        years = Meeting.objects.dates("date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(date__year=self.value())
        return queryset


@admin.register(Body)
class BodyAdmin(
    TranslationStateAdminMixin, OptimisticLockAdminMixin, SimpleHistoryAdmin, TranslationAdmin
):
    list_display = ["name", "plural_name", "code", "usual_frequency", "position"]
    list_editable = ["position"]
    search_fields = ["code", "name", "plural_name"]
    ordering = ["position", "code"]
    prepopulated_fields = {"code": ["name_en"]}


@admin.register(Occasion)
class OccasionAdmin(
    TranslationStateAdminMixin, OptimisticLockAdminMixin, SimpleHistoryAdmin, TranslationAdmin
):
    list_display = ["name", "date", "code"]
    search_fields = ["code", "name"]
    date_hierarchy = "date"
    ordering = ["-date"]


@admin.register(Meeting)
class MeetingAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    SafeAutocompleteAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["date", "body", "second_session", "kind", "status", "subject", "occasion"]
    list_display_links = ["date", "body"]
    list_filter = ["body", YearListFilter, "kind", "status", "occasion"]
    list_select_related = ["body", "occasion"]
    date_hierarchy = "date"
    search_fields = ["body__name", "body__plural_name", "body__code", "subject", "occasion__name"]
    ordering = ["-date", "body__position", "second_session"]
    autocomplete_fields = ["occasion"]
    list_per_page = 100
    fieldsets = [
        (None, {"fields": ["body", "date", "second_session", "status"]}),
        (_("What the meeting was about"), {"fields": ["kind", "subject", "occasion"]}),
    ]


class BodyNoteInline(
    TranslationStateAdminMixin,
    SafeAutocompleteAdminMixin,
    OptimisticLockInlineMixin,
    TranslationStackedInline,
):
    model = BodyNote
    extra = 0
    autocomplete_fields = ["body"]


@admin.register(MeetingsYear)
class MeetingsYearAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["year", "title"]
    search_fields = ["year", "title"]
    ordering = ["-year"]
    inlines = [BodyNoteInline]
