"""Every text in its own language: fallbacks marked with ``lang``, plurals, French ordinals.

A text that staff left empty in the page's language falls back (German to Dutch, then French;
English to Dutch): the element that holds it says so with ``lang`` (WCAG 2.1 SC 3.1.2), so that a
screen reader switches voice and the PDF's tags carry the language too. The 2016 demo data leaves
no text to fall back in any of the four languages.
"""

import datetime
import io
from html.parser import HTMLParser

import pikepdf
import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.utils import translation
from modeltranslation.translator import translator

from chancellery import pdf_tags
from chancellery.models import AnnualReport
from meetings.models import BodyNote, Meeting

LANGUAGES = ("nl", "fr", "de", "en")


@pytest.fixture
def demo_data(db):
    call_command("load_demo_data", verbosity=0)


def _report(client, language: str) -> str:
    response = client.get(f"/{language}/reports/2016/")
    assert response.status_code == 200
    return response.content.decode()


class _Marked(HTMLParser):
    """The elements of a page's <main> that carry ``lang``, with the text they hold."""

    def __init__(self):
        super().__init__()
        self.open: list[tuple[str, dict | None]] = []  # (tag, its record when it is marked)
        self.marked: list[dict] = []
        self.in_main = False

    def handle_starttag(self, tag, attrs):
        self.in_main = self.in_main or tag == "main"
        if tag in VOID:
            return
        language = dict(attrs).get("lang") if self.in_main else None
        record = {"tag": tag, "lang": language, "text": ""} if language else None
        if record:
            self.marked.append(record)
        self.open.append((tag, record))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        for _tag, record in self.open:
            if record:
                record["text"] += data


VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}


def marked(html: str) -> list[dict]:
    """Each element of <main> marked with a ``lang``: its tag, language and (shortened) text."""
    parser = _Marked()
    parser.feed(html)
    return [{**m, "text": " ".join(m["text"].split())[:60]} for m in parser.marked]


def test_the_2016_demo_data_leaves_no_text_to_fall_back(demo_data):
    empty = []
    for model in translator.get_registered_models():
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
    assert marked(_report(client, language)) == []


@pytest.fixture
def draft_2016(demo_data, client, django_user_model):
    """The 2016 demo report back to a draft, previewed live by a superuser (a published edition's
    files were rendered at publication: a change afterwards is not in them)."""
    AnnualReport.objects.filter(year=2016).update(status=AnnualReport.Status.DRAFT)
    client.force_login(
        django_user_model.objects.create_superuser("editor15", "editor15@example.invalid", "x" * 16)
    )
    return client


def test_a_german_text_left_empty_is_shown_in_dutch_and_marked_so_on_its_own_element(draft_2016):
    # A queryset update: the demo's records may be frozen (published year) and refuse a save.
    BodyNote.objects.filter(body__code="national-security-council").update(text_de="")
    note = BodyNote.objects.get(body__code="national-security-council")

    found = marked(_report(draft_2016, "de"))

    assert found == [{"tag": "div", "lang": "nl", "text": note.text_nl[:60]}]


def test_an_english_subject_left_empty_falls_back_with_its_whole_sentence(draft_2016):
    """“12 + 2 speciaal gewijd aan het CETA-verdrag”, in Dutch and marked; not “devoted to het”."""
    Meeting.objects.filter(subject_nl="het CETA-verdrag").update(subject_en="")

    html = _report(draft_2016, "en")

    assert marked(html) == [
        {"tag": "span", "lang": "nl", "text": "2 speciaal gewijd aan het CETA-verdrag"}
    ]
    assert "12 + <span" in html


def test_the_pdf_tags_a_fallback_paragraph_with_its_language(draft_2016, monkeypatch):
    """The structure element of the Dutch note on the German PDF carries /Lang (nl)."""
    monkeypatch.setattr(pdf_tags.tags, "_build_box_tree", pdf_tags.tags._build_box_tree)
    pdf_tags.carry_element_languages()
    BodyNote.objects.filter(body__code="national-security-council").update(text_de="")

    response = draft_2016.get("/de/reports/2016/pdf")

    assert response.status_code == 200
    document = pikepdf.open(io.BytesIO(response.content))
    languages = set()
    stack = [document.Root.StructTreeRoot]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Dictionary):
            if "/Lang" in node and "/S" in node:
                languages.add((str(node.S), str(node.Lang)))
            kids = node.get("/K")
            stack.extend(kids if isinstance(kids, pikepdf.Array) else [kids])
    assert ("/Div", "nl") in languages
    assert {lang for _role, lang in languages} <= {"de", "nl"}


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
