"""Every form field has an accessible name, also where Django's admin prints no ``<label>``.

The admin's tabular inlines and its changelists' editable columns name a field by its column
header only, and a split date/time field labels its first part alone: a screen reader announces
an unnamed "edit text" (axe-core: ``label``, ``select-name``). The form renderer
(``FORM_RENDERER``) gives each form this bound field: a field of a formset's form (it has a
prefix) says its label in ``aria-label``, and each part of a multi-part widget its label and
part.
"""

from django.forms import MultiWidget, SplitDateTimeWidget
from django.forms.boundfield import BoundField
from django.forms.renderers import DjangoTemplates
from django.utils.translation import gettext


class LabelledBoundField(BoundField):
    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        widget = widget or self.field.widget
        label = str(self.label or "")
        if not label or widget.is_hidden or "aria-label" in attrs:
            return attrs
        if isinstance(widget, MultiWidget):
            # Its attributes are copied to every part; each part says which it is.
            if isinstance(widget, SplitDateTimeWidget):
                parts = [gettext("Date"), gettext("Time")]
            else:
                parts = [str(number) for number in range(1, len(widget.widgets) + 1)]
            for part, subwidget in zip(parts, widget.widgets, strict=False):
                subwidget.attrs.setdefault("aria-label", f"{label}: {part}")
        elif self.form.prefix is not None:
            attrs["aria-label"] = label
        return attrs


class FormRenderer(DjangoTemplates):
    bound_field_class = LabelledBoundField
