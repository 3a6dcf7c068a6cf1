"""Admin widgets hardened against malformed input (found by tests/security/test_bad_input.py).

Django's ``AutocompleteSelect`` looks the submitted value up in the database to redisplay a form
with errors; a value that is no key at all (" ", "abc") then raises a server error instead of
showing the form's own "Select a valid choice" message.
"""

from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError


class SafeAutocompleteSelect(AutocompleteSelect):
    """An autocomplete select that ignores submitted values that cannot be a key."""

    def optgroups(self, name, value, attr=None):
        target = self.field.target_field

        def is_key(candidate) -> bool:
            try:
                target.get_prep_value(target.to_python(candidate))
            except (TypeError, ValueError, ValidationError):
                return False
            return True

        return super().optgroups(name, [v for v in value if is_key(v)], attr)


class SafeAutocompleteAdminMixin:
    """Use ``SafeAutocompleteSelect`` for the admin's ``autocomplete_fields``."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = SafeAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
