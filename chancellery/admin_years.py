"""Years in the admin as they are written: "2016", never "2.016".

The admin formats every integer with the locale's thousands separator (USE_THOUSAND_SEPARATOR is
on for the report's figures), a year included: in the lists and on read-only pages (a published
year's records, a role that may only view). ``PlainYearsAdminMixin`` shows a model's year fields
through a display of their own there; forms are not concerned (their inputs are not localised).
"""

from django.contrib import admin
from django.db import models


def is_year_field(field) -> bool:
    """A model's year: an integer field named ``year`` or ``..._year``."""
    return isinstance(field, models.IntegerField) and (
        field.name == "year" or field.name.endswith("_year")
    )


def plain_year_display(field):
    """A display of ``field`` that writes the year without grouping, sortable as the field."""

    @admin.display(description=field.verbose_name, ordering=field.name)
    def display(obj):
        value = getattr(obj, field.name)
        return "" if value is None else str(value)

    display.__name__ = f"{field.name}_as_written"
    return display


class PlainYearsAdminMixin:
    """Show the model's year fields unlocalised in the list and on read-only pages."""

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        self._year_displays = {
            field.name: plain_year_display(field)
            for field in model._meta.get_fields()
            if is_year_field(field)
        }
        # The read-only page looks a display up by its name on the admin (as for a method).
        for display in self._year_displays.values():
            setattr(self, display.__name__, display)

    def _plain(self, name):
        display = self._year_displays.get(name) if isinstance(name, str) else None
        return display if display is not None else name

    def get_list_display(self, request):
        return [self._plain(name) for name in super().get_list_display(request)]

    def get_list_display_links(self, request, list_display):
        links = super().get_list_display_links(request, list_display)
        return links if links is None else [self._plain(name) for name in links]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # Read-only: every field is shown by name; a year by its display instead.
        return [
            (
                name,
                {
                    **options,
                    "fields": [self._read_only_name(field) for field in options.get("fields", ())],
                },
            )
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fields
        # Named as read-only too, so that every form factory (modeltranslation's included)
        # leaves the displays out of the form.
        return [*fields, *(display.__name__ for display in self._year_displays.values())]

    def _read_only_name(self, field):
        if isinstance(field, list | tuple):
            return type(field)(self._read_only_name(item) for item in field)
        display = self._year_displays.get(field) if isinstance(field, str) else None
        return display.__name__ if display is not None else field
