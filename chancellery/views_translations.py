"""The translators' round trip for editors: a year's texts out as XLIFF or PO, and back in.

Thin: ``chancellery.translation_exchange`` builds the files and checks the import.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from chancellery import translation_exchange
from chancellery.dashboard import _require
from chancellery.models import MAX_YEAR, MIN_YEAR
from chancellery.services import PUBLISH_PERMISSION
from chancellery.translation_state import State

# A translator's file of a year's texts is a few hundred kilobytes; anything far larger is not one.
MAX_IMPORT_BYTES = 5 * 1024 * 1024


class ExportForm(forms.Form):
    # French first: the language whose gaps block publishing when the Dutch is the source.
    language = forms.ChoiceField(
        label=gettext_lazy("Language"), choices=settings.LANGUAGES, initial="fr"
    )
    file_format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[("xliff", "XLIFF 1.2"), ("po", "PO (gettext)")],
    )


class ImportForm(forms.Form):
    language = forms.ChoiceField(
        label=gettext_lazy("Language"), choices=settings.LANGUAGES, initial="fr"
    )
    file = forms.FileField(
        label=gettext_lazy("Translated file"),
        help_text=gettext_lazy("An XLIFF or PO file exported here, with its translations."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise ValidationError(
                _("The file is larger than %(size)s MB.") % {"size": MAX_IMPORT_BYTES // 2**20}
            )
        return upload


def _counts(year: int) -> list[dict]:
    """Per language: how many of the year's texts are missing and outdated."""
    found = translation_exchange.all_units(year)
    return [
        {
            "code": code,
            "name": name,
            "missing": sum(1 for unit in found[code] if unit.state == State.MISSING),
            "outdated": sum(1 for unit in found[code] if unit.state == State.OUTDATED),
        }
        for code, name in settings.LANGUAGES
    ]


@never_cache
def translations(request, year: int):
    """The year's translation page: counts per language, export (GET) and import (POST)."""
    refused = _require(request, PUBLISH_PERMISSION)
    if refused:
        return refused
    if not MIN_YEAR <= year <= MAX_YEAR:
        return render(request, "404.html", status=404)
    export_form = ExportForm(request.GET if "file_format" in request.GET else None)
    import_form = ImportForm()
    refused_units = []
    if export_form.is_bound and export_form.is_valid():
        language = export_form.cleaned_data["language"]
        file_format = export_form.cleaned_data["file_format"]
        content = translation_exchange.export(year, language, file_format)
        response = HttpResponse(
            content, content_type=translation_exchange.CONTENT_TYPES[file_format]
        )
        name = translation_exchange.filename(year, language, file_format)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    if request.method == "POST":
        import_form = ImportForm(request.POST, request.FILES)
        if import_form.is_valid():
            try:
                written = translation_exchange.translations_import(
                    content=import_form.cleaned_data["file"].read(),
                    language=import_form.cleaned_data["language"],
                    user=request.user,
                )
            except translation_exchange.ImportRefused as error:
                refused_units = error.refused
            except ValidationError as error:
                import_form.add_error("file", error)
            else:
                messages.success(
                    request,
                    _("%(count)s translation(s) written; they are up to date.")
                    % {"count": len(written)},
                )
                return redirect(reverse("dashboard-translations", kwargs={"year": year}))
    return render(
        request,
        "chancellery/translations.html",
        {
            "year": year,
            "counts": _counts(year),
            "export_form": export_form,
            "import_form": import_form,
            "refused": refused_units,
        },
        status=400 if refused_units or import_form.errors else 200,
    )
