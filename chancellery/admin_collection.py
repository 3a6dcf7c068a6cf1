"""The admin of the data-collection calendar (``chancellery.collection``), and the admin index's
list of the sections a staff member's roles deliver. Imported by ``chancellery.admin``."""

from django import forms
from django.contrib import admin
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from chancellery import collection
from chancellery.admin_years import PlainYearsAdminMixin
from chancellery.models import CollectionDeadline, ReminderSent, StaffLanguage
from chancellery.registry import registry

# The index lists, above the apps, the state of the sections the member's roles deliver.
admin.site.index_template = "chancellery/admin_index.html"


class CollectionDeadlineForm(forms.ModelForm):
    """A due date: the section chosen among the report's, by its name in words."""

    section = forms.ChoiceField(label=_("section"))

    class Meta:
        model = CollectionDeadline
        fields = ["section", "year", "due_date", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A reader with the view permission only gets the fields read-only: none to fill.
        if "section" in self.fields:
            self.fields["section"].choices = [
                (key, registry.label(key)) for key in registry.section_keys()
            ]
        if "role" in self.fields:
            self.fields["role"].queryset = Group.objects.order_by("name")
            self.fields["role"].label_from_instance = lambda group: collection.role_label(
                group.name
            )


class SectionLabelAdminMixin(PlainYearsAdminMixin):
    """A report section in words, years as written."""

    @admin.display(description=_("section"), ordering="section")
    def section_label(self, obj):
        return registry.label(obj.section)


@admin.register(CollectionDeadline)
class CollectionDeadlineAdmin(SectionLabelAdminMixin, SimpleHistoryAdmin):
    form = CollectionDeadlineForm
    list_display = ["section_label", "year", "due_date", "role_label"]
    list_filter = ["year", "section"]
    ordering = ["-year", "section"]

    def get_readonly_fields(self, request, obj=None):
        # Read-only, the section and the role read in words too.
        if obj is not None and not self.has_change_permission(request, obj):
            return ["section_label", "year_as_written", "due_date", "role_label"]
        return super().get_readonly_fields(request, obj)

    def get_fields(self, request, obj=None):
        if obj is not None and not self.has_change_permission(request, obj):
            return ["section_label", "year_as_written", "due_date", "role_label"]
        return super().get_fields(request, obj)

    @admin.display(description=_("responsible role"), ordering="role__name")
    def role_label(self, obj):
        return collection.role_label(obj.role.name)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("role")

    def get_changeform_initial_data(self, request):
        """The add form opened from the dashboard (``?section=hr&year=2016``) starts from the
        section's default due date and role."""
        initial = super().get_changeform_initial_data(request)
        default = collection.DEFAULTS.get(initial.get("section", ""))
        try:
            year = int(initial.get("year", ""))
        except ValueError:
            return initial
        if default is not None:
            initial.setdefault("due_date", default.due_date(year))
            role = Group.objects.filter(name=default.role).first()
            if role is not None:
                initial.setdefault("role", role.pk)
        return initial


@admin.register(ReminderSent)
class ReminderSentAdmin(SectionLabelAdminMixin, admin.ModelAdmin):
    list_display = ["sent_at", "section_label", "year", "kind", "user", "missing_count"]
    list_filter = ["kind", "section", "year"]
    list_select_related = ["user"]

    # The record of what was sent, written by the daily check only.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(StaffLanguage)
class StaffLanguageAdmin(SimpleHistoryAdmin):
    list_display = ["user", "language"]
    list_filter = ["language"]
    list_select_related = ["user"]
    autocomplete_fields = ["user"]
    search_fields = ["user__username"]
