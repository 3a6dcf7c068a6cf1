"""The guest list as a spreadsheet (django-import-export): the columns the protocol service uses.

Columns: ceremony (its code), category (its code), name, organisation, email, phone, language
(nl, fr, de, en), status (invited, confirmed, declined, attended), accessibility_needs, notes; an
optional id column (present in exports) updates that guest instead of adding one.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets
from import_export.results import Error, RowResult

from ceremonies.models import Ceremony, Guest, GuestCategory
from chancellery.spreadsheet import unescape_cell


class CodeWidget(widgets.ForeignKeyWidget):
    """A foreign key given by its code; an unknown code is a row error, not a crash."""

    def __init__(self, model, message: str, **kwargs):
        super().__init__(model, field="code", **kwargs)
        self.message = message

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(str(value).strip() if value is not None else value, row, **kwargs)
        except self.model.DoesNotExist as error:
            raise ValueError(self.message % {"code": value}) from error


class ChoiceWidget(widgets.CharWidget):
    """A value among ``choices``; empty gives ``default``."""

    def __init__(self, choices, default: str, message: str, **kwargs):
        super().__init__(**kwargs)
        self.choices = {value for value, _label in choices}
        self.default = default
        self.message = message

    def clean(self, value, row=None, **kwargs):
        text = (str(value).strip().lower() if value is not None else "") or self.default
        if text not in self.choices:
            choices = ", ".join(sorted(self.choices))
            raise ValueError(self.message % {"value": value, "choices": choices})
        return text


class TextWidget(widgets.CharWidget):
    """Text with surrounding spaces removed; empty cells become empty strings, never "None". The
    apostrophe an export puts before a formula-like text (``'+32 2...``) is taken off again."""

    def clean(self, value, row=None, **kwargs):
        return "" if value is None else unescape_cell(str(value).strip())


# Shared by the resource (the admin's import) and the bulk import (services.guest_list_import).
UNKNOWN_CEREMONY = _("Unknown ceremony code %(code)r.")
UNKNOWN_CATEGORY = _("Unknown category code %(code)r.")
LANGUAGE_WIDGET = ChoiceWidget(
    Guest.Language.choices,
    Guest.Language.NL,
    _("Unknown language %(value)r (use %(choices)s)."),
)
STATUS_WIDGET = ChoiceWidget(
    Guest.Status.choices,
    Guest.Status.INVITED,
    _("Unknown status %(value)r (use %(choices)s)."),
)
TEXT_WIDGET = TextWidget()


class GuestResource(resources.ModelResource):
    """A guest list row per guest, matched on ``id`` when the file has one."""

    ceremony = fields.Field(
        attribute="ceremony",
        column_name="ceremony",
        widget=CodeWidget(Ceremony, message=UNKNOWN_CEREMONY),
    )
    category = fields.Field(
        attribute="category",
        column_name="category",
        widget=CodeWidget(GuestCategory, message=UNKNOWN_CATEGORY),
    )
    name = fields.Field(attribute="name", column_name="name", widget=TextWidget())
    organisation = fields.Field(
        attribute="organisation", column_name="organisation", widget=TextWidget()
    )
    email = fields.Field(attribute="email", column_name="email", widget=TextWidget())
    phone = fields.Field(attribute="phone", column_name="phone", widget=TextWidget())
    language = fields.Field(attribute="language", column_name="language", widget=LANGUAGE_WIDGET)
    status = fields.Field(attribute="status", column_name="status", widget=STATUS_WIDGET)
    accessibility_needs = fields.Field(
        attribute="accessibility_needs", column_name="accessibility_needs", widget=TextWidget()
    )
    notes = fields.Field(attribute="notes", column_name="notes", widget=TextWidget())

    class Meta:
        model = Guest
        fields = (
            "id",
            "ceremony",
            "category",
            "name",
            "organisation",
            "email",
            "phone",
            "language",
            "status",
            "accessibility_needs",
            "notes",
        )
        export_order = fields
        import_id_fields = ["id"]

    def get_queryset(self):
        return super().get_queryset().select_related("ceremony", "category").not_anonymised()

    def import_data(self, dataset, dry_run=False, **kwargs):
        """The admin's import (its preview is the ``dry_run``) goes through the same bulk path as
        `import_guests`: ``services.guest_list_import``, all or nothing, every bad row named."""
        # services imports this module
        from ceremonies.services import guest_list_import, guest_log_repr

        report = guest_list_import(
            dataset=dataset,
            user=kwargs.get("user"),
            dry_run=dry_run,
            progress=kwargs.get("progress"),
        )
        result = self.get_result_class()()
        headers = list(dataset.headers or [])
        result.diff_headers = headers
        result.total_rows = len(dataset)
        # The columns the file has but nothing reads: GuestAdmin says so above the preview.
        result.warnings = report.warnings
        for error in report.errors:
            if error.index is not None:
                # Numbered with the file's line, as the bulk import and the statistics import do.
                row = dict(zip(headers, dataset[error.index], strict=False))
                result.append_invalid_row(error.line, row, ValidationError(error.reason))
                result.totals[RowResult.IMPORT_TYPE_INVALID] += 1
            else:
                result.append_base_error(Error(ValueError(error.reason)))
        for import_type, guest in report.written:
            row_result = RowResult()
            row_result.import_type = import_type
            row_result.instance = guest
            row_result.object_id = guest.pk
            row_result.object_repr = guest_log_repr(guest.pk)
            result.append_row_result(row_result)
            result.increment_row_result_total(row_result)
        return result
