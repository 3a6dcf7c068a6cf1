"""Forms of external communication's admin pages."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from chancellery.uploads import file_too_large_message
from communication.importers import FORMATS
from communication.models import Website


class WebStatisticImportForm(forms.Form):
    """Upload a CSV file of web statistics (Matomo export or plain format)."""

    file = forms.FileField(label=_("CSV file"))
    fmt = forms.ChoiceField(
        label=_("format"),
        choices=[(name, name) for name in FORMATS],
        initial="matomo",
        help_text=_(
            "matomo: a VisitsSummary export (date, nb_uniq_visitors, nb_visits, nb_pageviews or "
            "nb_actions) per month or per year; plain: site, period (YYYY or YYYY-MM), "
            "unique_visitors, visits, page_views."
        ),
    )
    site = forms.ModelChoiceField(
        label=_("website"),
        queryset=Website.objects.all(),
        required=False,
        help_text=_("The website a Matomo export is about, when the file has no site column."),
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > settings.UPLOAD_MAX_BYTES:
            raise forms.ValidationError(file_too_large_message(file.size), code="too_large")
        return file
