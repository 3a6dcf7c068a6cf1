"""Every rendered field has an accessible name (chancellery/form_rendering.py): the admin's
tabular rows and split date/time fields print no ``<label>`` for them."""

from django import forms
from django.forms import formset_factory
from django.utils import translation


class Stage(forms.Form):
    reference = forms.CharField(label="Reference")
    kind = forms.ChoiceField(label="Kind", choices=[("a", "A")])
    at = forms.SplitDateTimeField(label="Sent at")
    token = forms.CharField(widget=forms.HiddenInput)


def test_a_formsets_fields_say_their_label():
    html = str(formset_factory(Stage)().forms[0]["reference"])
    select = str(formset_factory(Stage)().forms[0]["kind"])

    assert 'aria-label="Reference"' in html
    assert 'aria-label="Kind"' in select


def test_a_form_of_its_own_keeps_its_label_element_alone():
    assert "aria-label" not in str(Stage()["reference"])


def test_each_part_of_a_split_date_and_time_says_which_it_is():
    with translation.override("nl"):
        html = str(Stage()["at"])

    assert 'aria-label="Sent at: Datum"' in html
    assert 'aria-label="Sent at: Tijd"' in html


def test_a_hidden_field_gets_no_name():
    assert "aria-label" not in str(formset_factory(Stage)().forms[0]["token"])
