"""Every text in its own language: fallbacks marked with ``lang``, plurals, French ordinals.

A text that staff left empty in the page's language falls back (German to Dutch, then French;
English to Dutch): the element that holds it says so with ``lang`` (WCAG 2.1 SC 3.1.2), so that a
screen reader switches voice and the PDF's tags carry the language too. The 2016 demo data leaves
no text to fall back in any of the four languages.
"""

import datetime

import pytest
from django.apps import apps
from django.core.management import call_command
from django.template import Context, Template
from django.utils import translation
from modeltranslation.translator import translator

from meetings.models import BodyNote, Meeting

LANGUAGES = ("nl", "fr", "de", "en")

# The elements of a page that say they are in a language other than the page's.
MARKED = """() => [...document.querySelectorAll('main [lang]')].map(el => ({
  lang: el.getAttribute('lang'), text: el.textContent.trim().slice(0, 80)}))"""


@pytest.fixture
def demo_data(db):
    call_command("load_demo_data", verbosity=0)


def _report(client, language: str) -> str:
    response = client.get(f"/{language}/reports/2016/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_2016_demo_data_leaves_no_text_to_fall_back(demo_data):
    empty = []
    for model in translator.get_registered_models():
        if model._meta.app_label not in {c.label for c in apps.get_app_configs()}:
            continue
        fields = translator.get_options_for_model(model).fields
        for obj in model._default_manager.all():
            for field in fields:
                written = [code for code in LANGUAGES if getattr(obj, f"{field}_{code}", None)]
                if written and len(written) < len(LANGUAGES):
                    missing = sorted(set(LANGUAGES) - set(written))
                    empty.append(f"{model.__name__} {obj.pk} {field}: {missing}")

    assert empty == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_element_of_the_2016_report_is_marked_as_another_language(client, demo_data, language):
    html = _report(client, language)

    assert ' lang="' not in html.split("<main", 1)[1]


def test_a_german_text_left_empty_is_shown_in_dutch_and_marked_so_on_its_own_element(
    page, live_server, transactional_db
):
    call_command("load_demo_data", verbosity=0)
    # A queryset update: the published year's records refuse a save (they are frozen).
    BodyNote.objects.filter(body__code="national-security-council").update(text_de="")
    note = BodyNote.objects.get(body__code="national-security-council")

    page.goto(live_server.url + "/de/reports/2016/")

    marked = page.evaluate(MARKED)
    assert marked == [{"lang": "nl", "text": note.text_nl[:80]}]


def test_an_english_subject_left_empty_falls_back_with_its_whole_sentence(
    page, live_server, transactional_db
):
    """“12 + 2 speciaal gewijd aan het CETA-verdrag”, in Dutch and marked, not “devoted to de …”."""
    call_command("load_demo_data", verbosity=0)
    Meeting.objects.filter(subject_nl="het CETA-verdrag").update(subject_en="")

    page.goto(live_server.url + "/en/reports/2016/")

    marked = page.evaluate(MARKED)
    assert marked == [{"lang": "nl", "text": "2 speciaal gewijd aan het CETA-verdrag"}]


def _render(source: str, language: str, **context) -> str:
    with translation.override(language):
        return Template("{% load report_format %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "1er décembre 2016"),
        ("nl", "1 december 2016"),
        ("de", "1. Dezember 2016"),
        ("en", "1 December 2016"),
    ],
)
def test_the_first_of_a_month_is_an_ordinal_in_french(language, expected):
    assert _render("{{ day|long_date }}", language, day=datetime.date(2016, 12, 1)) == expected


def test_other_days_are_cardinal_in_french():
    assert (
        _render("{{ day|long_date }}", "fr", day=datetime.date(2016, 12, 11)) == "11 décembre 2016"
    )


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("nl", "1 akte bekendgemaakt", "2 akten bekendgemaakt"),
        ("fr", "1 acte publié au", "2 actes publiés au"),
        ("de", "veröffentlichter Rechtsakt", "veröffentlichte Rechtsakte"),
        ("en", "1 act published", "2 acts published"),
    ],
)
def test_the_key_figures_of_procurement_say_one_act_or_several(language, one, many):
    source = (
        "{% load i18n %}{% blocktranslate count acts=n with year=2016 %}"
        "act published in the Belgian Official Gazette in {{ year }}{% plural %}"
        "acts published in the Belgian Official Gazette in {{ year }}{% endblocktranslate %}"
    )

    assert one in f"1 {_render(source, language, n=1)}"
    assert many in f"2 {_render(source, language, n=2)}"
