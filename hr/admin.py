"""Data entry for HR: a year's staff counts, and the year's staff page with its commitments."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin

from chancellery.admin_widgets import TranslationStateAdminMixin
from chancellery.freeze import YearDataAdminMixin
from chancellery.locking import OptimisticLockAdminMixin, OptimisticLockInlineMixin
from hr.models import Commitment, StaffFigures, YearNarrative


@admin.register(StaffFigures)
class StaffFiguresAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = [
        "year",
        "reference_date",
        "headcount",
        "women_share_display",
        "telework_share_display",
        "training_days_per_person",
    ]
    fieldsets = [
        (None, {"fields": ["year", "reference_date", "headcount"]}),
        (
            _("Gender"),
            {
                "fields": ["men", "women", "gender_other"],
                "description": _("Men, women and other gender add up to the headcount."),
            },
        ),
        (
            _("Status"),
            {
                "fields": ["statutory", "contractual"],
                "description": _("Statutory and contractual staff add up to the headcount."),
            },
        ),
        (
            _("Telework"),
            {
                "fields": ["telework_base", "telework_base_label", "teleworkers"],
                "description": _(
                    "The telework share is measured on a base that you state: e.g. the staff whose "
                    "function allows telework. The base is at most the headcount; the teleworkers "
                    "at most the base."
                ),
            },
        ),
        (_("Training"), {"fields": ["training_days_total"]}),
    ]

    @admin.display(description=_("women (%)"))
    def women_share_display(self, obj: StaffFigures):
        return obj.women_share()

    @admin.display(description=_("telework (%)"))
    def telework_share_display(self, obj: StaffFigures):
        return obj.telework_share()

    @admin.display(description=_("training days per person"))
    def training_days_per_person(self, obj: StaffFigures):
        return obj.training_days_per_person()


class CommitmentInline(
    TranslationStateAdminMixin, OptimisticLockInlineMixin, TranslationStackedInline
):
    model = Commitment
    extra = 0
    fields = ["position", "title", "text", "date", "date_label", "figure", "figure_unit"]


@admin.register(YearNarrative)
class YearNarrativeAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["year", "title"]
    inlines = [CommitmentInline]
    fieldsets = [
        (None, {"fields": ["year", "title", "introduction"]}),
        (_("Our commitments"), {"fields": ["commitments_title", "commitments_introduction"]}),
    ]
