"""Admin widgets hardened against malformed input (found by tests/security/test_bad_input.py).

Django's ``AutocompleteSelect`` looks the submitted value up in the database to redisplay a form
with errors; a value that is no key at all (" ", "abc") then raises a server error instead of
showing the form's own "Select a valid choice" message.
"""

from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext as _

from chancellery.completeness import language_name
from chancellery.translation_state import State, states_of


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


def translation_state_help(state) -> str:
    """What the admin says beside a translated field: its state, and the source to compare."""
    source = language_name(state.source_language)
    if state.state == State.SOURCE:
        return format_html(
            '<span class="translation-state translation-state--source">{}</span>',
            _("Source text: the other languages are translated from it."),
        )
    if state.state == State.UP_TO_DATE:
        return format_html(
            '<span class="translation-state translation-state--current">{}</span>',
            _("Up to date: translated from the current text in %(source)s.") % {"source": source},
        )
    if state.state == State.OUTDATED:
        summary = _(
            "Outdated: the text in %(source)s changed after this translation was written. "
            "Saving a changed translation marks it up to date."
        ) % {"source": source}
    elif state.language == state.source_language or not state.source_text:
        return format_html(
            '<span class="translation-state translation-state--missing">{}</span>', _("Missing.")
        )
    else:
        summary = _("Missing: not translated yet.")
    return format_html(
        '<span class="translation-state translation-state--{}"><strong>{}</strong></span>'
        '<br>{} <q lang="{}" style="white-space: pre-line">{}</q>',
        state.state,
        summary,
        _("The text in %(source)s now reads:") % {"source": source},
        state.source_language,
        state.source_text,
    )


class TranslationStateAdminMixin:
    """Shows, under each translated field of a change form, whether the translation is up to
    date, outdated or missing, with the current source text to compare (#19). Works for a
    ModelAdmin and for an inline alike. The state itself is kept by ``translation_state`` on
    every save: saving a changed translation marks it up to date."""

    def _with_states(self, form_class):
        class TranslationStateForm(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if self.instance.pk is None:
                    return
                states = states_of([self.instance])[(type(self.instance), self.instance.pk)]
                for (field, code), state in states.items():
                    form_field = self.fields.get(f"{field}_{code}")
                    if form_field is None:
                        continue
                    own = form_field.help_text
                    help_text = translation_state_help(state)
                    form_field.help_text = (
                        format_html("{}<br>{}", own, help_text) if own else help_text
                    )

        TranslationStateForm.__name__ = form_class.__name__
        return TranslationStateForm

    def get_form(self, request, obj=None, **kwargs):
        return self._with_states(super().get_form(request, obj, **kwargs))

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = self._with_states(formset.form)
        return formset
