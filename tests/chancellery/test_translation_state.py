"""Translations that stay in step with their source (#19): state per field, completeness, readers.

Every save of a translated record keeps its translations' state (chancellery/translation_state.py);
an outdated French text blocks publishing like a missing one, an outdated German or English one is
listed without blocking and readers get the Dutch instead (marked ``lang="nl"``).
"""

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.utils import translation

from chancellery import translation_state
from chancellery.completeness import annual_report_missing
from chancellery.models import IctYear, TranslationState
from chancellery.registry import registry
from chancellery.services import report_publish
from chancellery.translation_state import State
from tests.chancellery.factories import AnnualReportFactory, IctTopicFactory, IctYearFactory

pytestmark = pytest.mark.django_db

FOUR = {"title_nl": "ICT", "title_fr": "TIC", "title_de": "IKT", "title_en": "ICT"}


@pytest.fixture(autouse=True)
def core_checks_only(monkeypatch):
    """Only the core's ICT check: the domain apps' checks have tests of their own."""
    monkeypatch.setattr(registry, "_checks", {"ict": registry._checks["ict"]})


def states(record) -> dict[str, State]:
    """The state of each language of the record's ``title``."""
    record = type(record).objects.get(pk=record.pk)
    found = translation_state.states_of([record])[(type(record), record.pk)]
    return {code: found[("title", code)].state for code in ("nl", "fr", "de", "en")}


def complete_report(year=2016):
    """A report whose own texts are complete in four languages (its check finds nothing)."""
    four = {}
    for field in ("foreword_title", "foreword_text", "signatory_role", "organisation", "address"):
        four |= {f"{field}_{code}": f"{field} {code}" for code in ("nl", "fr", "de", "en")}
    return AnnualReportFactory(year=year, publisher_name="Uitgever", **four)


def test_a_new_record_written_in_four_languages_is_up_to_date():
    ict = IctYearFactory(**FOUR)

    assert states(ict) == {
        "nl": State.SOURCE,
        "fr": State.UP_TO_DATE,
        "de": State.UP_TO_DATE,
        "en": State.UP_TO_DATE,
    }


def test_editing_the_dutch_text_marks_its_translations_outdated():
    ict = IctYearFactory(**FOUR)

    ict.title_nl = "ICT en informatieveiligheid"
    ict.save()

    assert states(ict) == {
        "nl": State.SOURCE,
        "fr": State.OUTDATED,
        "de": State.OUTDATED,
        "en": State.OUTDATED,
    }


def test_a_translation_written_before_tracking_turns_outdated_when_its_source_changes():
    ict = IctYearFactory(**FOUR)
    TranslationState.objects.all().delete()  # as data written before this feature
    assert states(ict)["fr"] == State.UP_TO_DATE

    ict.title_nl = "ICT en informatieveiligheid"
    ict.save()

    assert states(ict)["fr"] == State.OUTDATED


def test_saving_the_french_marks_it_up_to_date_and_says_who():
    ict = IctYearFactory(**FOUR)
    ict.title_nl = "Informatica"
    ict.save()

    ict.title_fr = "Informatique"
    ict.save()

    assert states(ict) == {
        "nl": State.SOURCE,
        "fr": State.UP_TO_DATE,
        "de": State.OUTDATED,
        "en": State.OUTDATED,
    }


def test_a_text_first_written_in_french_is_the_source_of_its_dutch():
    ict = IctYearFactory(title_nl="", title_fr="Informatique", title_de="", title_en="")
    ict.title_nl = "Informatica"
    ict.save()

    ict.title_fr = "Informatique et sécurité"
    ict.save()

    assert states(ict)["nl"] == State.OUTDATED
    assert states(ict)["fr"] == State.SOURCE


def test_emptying_a_translation_makes_it_missing():
    ict = IctYearFactory(**FOUR)

    ict.title_de = ""
    ict.save()

    assert states(ict)["de"] == State.MISSING
    assert not TranslationState.objects.filter(language="de", field="title").exists()


def test_a_deleted_record_leaves_no_state():
    ict = IctYearFactory(**FOUR)

    ict.delete()

    assert not TranslationState.objects.exists()


def test_publishing_is_refused_while_the_french_is_outdated_with_the_field_named():
    report = complete_report()
    ict = IctYearFactory(year=2016, **FOUR)
    ict.title_nl = "ICT en informatieveiligheid"
    ict.save()

    with translation.override("en"), pytest.raises(ValidationError) as refused:
        report_publish(report=report, user=None, render_now=True)

    assert refused.value.messages == [
        "Cannot publish: ICT: ICT 2016: “Title” in French is outdated: its source text in Dutch "
        "changed after it was translated."
    ]


def test_saving_the_french_lifts_the_refusal():
    report = complete_report()
    ict = IctYearFactory(year=2016, **FOUR)
    ict.title_nl = "ICT en informatieveiligheid"
    ict.save()
    ict.title_fr = "TIC et sécurité de l'information"
    ict.save()

    edition = report_publish(report=report, user=None, render_now=True)

    assert edition.number == 1


def test_an_outdated_german_text_is_listed_without_blocking():
    ict = IctYearFactory(year=2016, **FOUR)
    ict.title_nl = "Informatica"
    ict.title_fr = "Informatique"
    ict.save()

    with translation.override("nl"):
        items = list(registry.missing(2016))

    assert [(item.message, item.blocking) for item in items] == [
        (
            "ICT 2016: “Titel” in het Duits is verouderd: de brontekst in het Nederlands is "
            "gewijzigd na de vertaling (valt terug op het Nederlands).",
            False,
        ),
        (
            "ICT 2016: “Titel” in het Engels is verouderd: de brontekst in het Nederlands is "
            "gewijzigd na de vertaling (valt terug op het Nederlands).",
            False,
        ),
    ]


def test_the_report_s_own_texts_name_languages_in_words():
    report = complete_report()
    report.foreword_title_de = ""
    report.save()

    with translation.override("de"):
        messages = [item.message for item in annual_report_missing(report)]

    assert messages == [
        "Jahresbericht 2016: „Titel des Vorworts“ ist auf Deutsch leer "
        "(fällt auf Niederländisch zurück)."
    ]


def test_a_german_reader_gets_the_dutch_for_an_outdated_german_text(client, staff_user):
    complete_report()
    ict = IctYearFactory(year=2016, **FOUR)
    IctTopicFactory(
        ict_year=ict,
        title_de="Sicherheit",
        text_nl="Oude tekst.",
        text_fr="Ancien texte.",
        text_de="Alter Text.",
        text_en="Old text.",
    )
    topic = ict.topics.get()
    topic.text_nl = "Nieuwe tekst over de beveiliging."
    topic.save()
    client.force_login(staff_user)

    html = client.get("/de/reports/2016/").content.decode()

    assert '<div lang="nl"><p>Nieuwe tekst over de beveiliging.</p></div>' in html
    assert "Alter Text." not in html
    # Only the outdated text falls back: the up-to-date German title stays German.
    assert "Sicherheit" in html


def test_a_french_reader_still_reads_the_french_of_the_draft(client, staff_user):
    complete_report()
    ict = IctYearFactory(year=2016, **FOUR)
    IctTopicFactory(ict_year=ict, text_nl="Oud.", text_fr="Ancien texte.")
    topic = ict.topics.get()
    topic.text_nl = "Nieuw."
    topic.save()
    client.force_login(staff_user)

    html = client.get("/fr/reports/2016/").content.decode()

    # An outdated French text blocks publishing: the draft shows it as it is, for staff to see.
    assert "Ancien texte." in html


def test_an_edition_renders_the_dutch_for_an_outdated_german_text(client):
    report = complete_report()
    ict = IctYearFactory(year=2016, **FOUR)
    IctTopicFactory(
        ict_year=ict,
        **{f"title_{code}": "T" for code in ("fr", "de", "en")},
        text_nl="Oud.",
        text_fr="Ancien.",
        text_de="Alt.",
        text_en="Old.",
    )
    topic = ict.topics.get()
    topic.text_nl = "Nieuw."
    topic.text_fr = "Nouveau."
    topic.save()

    report_publish(report=report, user=None, render_now=True)
    html = client.get("/de/reports/2016/").content.decode()

    assert '<div lang="nl"><p>Nieuw.</p></div>' in html
    assert "Alt." not in html
    # The record itself keeps its German: the fallback is the readers' view only.
    assert type(topic).objects.get(pk=topic.pk).text_de == "Alt."


def ten_years_in_four_languages(years: int) -> None:
    for year in range(2016 - years + 1, 2017):
        ict = IctYearFactory(year=year, **FOUR)
        for position in range(5):
            IctTopicFactory(
                ict_year=ict,
                position=position,
                **{f"{f}_{c}": f"{f} {c}" for f in ("title", "text") for c in ("nl", "fr", "de")},
            )
        ict.title_nl = f"ICT {year}"
        ict.save()


@pytest.mark.parametrize("years", [1, 10])
def test_the_completeness_check_costs_the_same_queries_for_one_or_ten_years(
    years, django_assert_num_queries
):
    ten_years_in_four_languages(years)
    report = complete_report()

    # The ICT year, its topics, their translation states; the report's own texts' states.
    with django_assert_num_queries(4):
        items = list(registry.missing(2016)) + annual_report_missing(report)

    assert sorted({(item.language, item.blocking) for item in items}) == [
        ("de", False),
        ("en", False),
        ("fr", True),
    ]


def test_the_admin_shows_each_translation_s_state_with_the_source(client, django_user_model):
    editor = django_user_model.objects.create_user(
        username="editor", password="x" * 16, is_staff=True
    )
    editor.user_permissions.add(*Permission.objects.filter(codename__endswith="ictyear"))
    ict = IctYearFactory(**FOUR)
    ict.title_nl = "ICT & veiligheid"
    ict.save()
    client.force_login(editor)

    url = f"/admin/chancellery/ictyear/{ict.pk}/change/"
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Source text: the other languages are translated from it." in html
    assert "Outdated: the text in Dutch changed after this translation was written." in html
    assert '<q lang="nl" style="white-space: pre-line">ICT &amp; veiligheid</q>' in html


def test_saving_the_french_in_the_admin_marks_it_up_to_date(client, django_user_model):
    editor = django_user_model.objects.create_user(
        username="editor", password="x" * 16, is_staff=True
    )
    editor.user_permissions.add(*Permission.objects.filter(codename__endswith="ictyear"))
    ict = IctYearFactory(**FOUR)
    ict.title_nl = "Informatica"
    ict.save()
    ict = IctYear.objects.get(pk=ict.pk)
    client.force_login(editor)
    data = {
        **{f"title_{code}": getattr(ict, f"title_{code}") for code in ("nl", "de", "en")},
        "title_fr": "Informatique",
        "requests_handled": ict.requests_handled,
        "requests_qualifier": ict.requests_qualifier,
        "users_served": ict.users_served,
        "users_qualifier": ict.users_qualifier,
        "service_hours": ict.service_hours,
        "year": ict.year,
        "version": ict.version,
        "topics-TOTAL_FORMS": 0,
        "topics-INITIAL_FORMS": 0,
    }

    response = client.post(f"/admin/chancellery/ictyear/{ict.pk}/change/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert states(ict)["fr"] == State.UP_TO_DATE
    assert states(ict)["de"] == State.OUTDATED
    assert TranslationState.objects.get(field="title", language="fr").translated_by == editor
