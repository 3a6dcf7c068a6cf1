from django import forms
from django.utils.translation import gettext_lazy as _


class TokenForm(forms.Form):
    """A code from the authenticator app (six digits) or a recovery code."""

    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def clean_token(self):
        # Codes are shown grouped ("123 456", "ab3d e7fg"): spaces do not count.
        return "".join(self.cleaned_data["token"].split()).lower()
