"""Admin of the Public Procurement service: directives, acts, stages, commission, narrative."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from chancellery.admin_widgets import SafeAutocompleteAdminMixin, TranslationStateAdminMixin
from chancellery.freeze import YearDataAdminMixin, check_editable
from chancellery.locking import OptimisticLockAdminMixin, OptimisticLockInlineMixin
from procurement.models import (
    CommissionMeeting,
    Directive,
    LegalInstrument,
    ProcurementYear,
    Stage,
    stages_errors,
)


@admin.register(Directive)
class DirectiveAdmin(
    TranslationStateAdminMixin, OptimisticLockAdminMixin, SimpleHistoryAdmin, TranslationAdmin
):
    list_display = ["number", "subject", "adopted_on", "transposition_deadline", "position"]
    list_editable = ["position"]
    search_fields = ["number", "title", "subject"]
    date_hierarchy = "transposition_deadline"


class StageFormSet(BaseInlineFormSet):
    """Checks the stages together: a possible order, the act's dates, published years frozen."""

    def clean(self):
        super().clean()
        kept = []
        errors = []
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or not form.cleaned_data:
                continue
            deleted = self.can_delete and self._should_delete_form(form)
            if form.instance.pk and (deleted or form.has_changed()):
                # A stage of a published year is part of a frozen report.
                try:
                    check_editable(form.instance)
                except ValidationError as error:
                    errors.extend(error.messages)
            if deleted:
                continue
            kind, date = form.cleaned_data.get("kind"), form.cleaned_data.get("date")
            if kind is not None and date is not None:
                kept.append((int(kind), date))
        errors += stages_errors(self.instance, kept)
        if errors:
            raise ValidationError(errors)


class StageInline(OptimisticLockInlineMixin, admin.TabularInline):
    model = Stage
    formset = StageFormSet
    extra = 1
    fields = ["kind", "date", "reference"]
    ordering = ["kind"]


@admin.register(LegalInstrument)
class LegalInstrumentAdmin(
    TranslationStateAdminMixin,
    SafeAutocompleteAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["__str__", "kind", "dated", "published_on"]
    list_filter = ["kind", "directives"]
    search_fields = ["title", "short_description"]
    filter_horizontal = ["directives"]
    autocomplete_fields = ["amends"]
    inlines = [StageInline]
    fieldsets = [
        (None, {"fields": ["kind", "title", "short_description"]}),
        (_("Dates"), {"fields": ["dated", "published_on"]}),
        (_("Relations"), {"fields": ["directives", "amends"]}),
    ]


@admin.register(CommissionMeeting)
class CommissionMeetingAdmin(YearDataAdminMixin, OptimisticLockAdminMixin, SimpleHistoryAdmin):
    list_display = ["date"]
    date_hierarchy = "date"


@admin.register(ProcurementYear)
class ProcurementYearAdmin(
    TranslationStateAdminMixin,
    YearDataAdminMixin,
    OptimisticLockAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ["year", "title"]
