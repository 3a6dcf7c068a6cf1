"""The translators' round trip (#19): a year's missing or outdated texts out as XLIFF and PO,
filled in as a translator's tool would (translate-toolkit), and back in, all or nothing."""

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import translation
from translate.storage import pypo, xliff

from chancellery import translation_exchange
from chancellery.models import IctTopic, IctYear, TranslationState
from chancellery.registry import registry
from chancellery.translation_exchange import ImportRefused, translations_import
from chancellery.translation_state import State, states_of
from tests.chancellery.factories import AnnualReportFactory, IctTopicFactory, IctYearFactory

pytestmark = pytest.mark.django_db

YEAR = 2016


@pytest.fixture(autouse=True)
def core_checks_only(monkeypatch):
    """Only the core's ICT check: the domain apps' texts have tests of their own."""
    monkeypatch.setattr(registry, "_checks", {"ict": registry._checks["ict"]})


@pytest.fixture
def texts():
    """A year whose ICT texts lack their French: a title and a two-paragraph text."""
    four = {}
    for field in ("foreword_title", "foreword_text", "signatory_role", "organisation", "address"):
        four |= {f"{field}_{code}": f"{field} {code}" for code in ("nl", "fr", "de", "en")}
    AnnualReportFactory(year=YEAR, publisher_name="Uitgever", **four)
    ict = IctYearFactory(year=YEAR, title_fr="", title_de="IKT", title_en="ICT")
    IctTopicFactory(
        ict_year=ict,
        title_nl="Beveiliging",
        title_fr="",
        text_nl="Eerste alinea.\n\nTweede alinea.",
        text_fr="",
        title_de="Sicherheit",
        text_de="Erster Absatz.\n\nZweiter Absatz.",
        title_en="Security",
        text_en="First paragraph.\n\nSecond paragraph.",
    )
    return ict


FRENCH = {
    "ICT-titel": "Titre TIC",
    "Beveiliging": "Sécurité",
    "Eerste alinea.\n\nTweede alinea.": "Premier alinéa.\n\nDeuxième alinéa.",
}


def ids(ict) -> dict[str, str]:
    topic = ict.topics.get()
    return {
        "title": f"chancellery.ictyear.{ict.pk}.title",
        "topic_title": f"chancellery.icttopic.{topic.pk}.title",
        "topic_text": f"chancellery.icttopic.{topic.pk}.text",
    }


def filled_xliff(content: bytes, translations: dict[str, str]) -> bytes:
    """What a translator's tool returns: each unit's target written, by its source text."""
    store = xliff.xlifffile.parsestring(content)
    for unit in store.getunits():
        if unit.source in translations:
            unit.target = translations[unit.source]
    return bytes(store)


def filled_po(content: bytes, translations: dict[str, str]) -> bytes:
    """A PO file filled as a translator does: msgstr written, the fuzzy flag cleared."""
    catalogue = pypo.pofile.parsestring(content)
    for entry in catalogue.units:
        if not entry.isheader() and entry.source in translations:
            entry.target = translations[entry.source]
            entry.markfuzzy(False)
    return bytes(catalogue)


def french_state(record, field: str) -> State:
    record = type(record).objects.get(pk=record.pk)
    return states_of([record])[(type(record), record.pk)][(field, "fr")].state


def test_the_xliff_export_has_one_unit_per_text_with_its_context(texts):
    with translation.override("en"):
        content = translation_exchange.export(YEAR, "fr", "xliff")

    store = xliff.xlifffile.parsestring(content)
    units = {unit.xmlelement.get("id"): unit for unit in store.getunits()}
    assert b'version="1.2"' in content and b'target-language="fr"' in content
    assert set(units) == set(ids(texts).values())
    title = units[ids(texts)["title"]]
    assert title.source == "ICT-titel"
    assert title.xmlelement.get("maxwidth") == "200"
    assert title.getnotes() == (
        f"Section: ICT\nRecord: {texts}\nField: title\nAt most 200 characters."
    )


def test_an_outdated_translation_comes_with_its_current_text(texts):
    topic = texts.topics.get()
    topic.title_fr = "Sécurité"
    topic.save()
    topic.title_nl = "Informatieveiligheid"
    topic.save()

    po = pypo.pofile.parsestring(translation_exchange.export(YEAR, "fr", "po"))

    entry = next(e for e in po.units if e.getcontext() == ids(texts)["topic_title"])
    assert (entry.source, entry.target, entry.isfuzzy()) == (
        "Informatieveiligheid",
        "Sécurité",
        True,
    )
    xml = translation_exchange.export(YEAR, "fr", "xliff").decode()
    assert 'origin="current-translation" xml:lang="fr"><target>Sécurité</target>' in xml


@pytest.mark.parametrize("file_format", ["xliff", "po"])
def test_a_round_trip_writes_the_french_up_to_date_and_audited(texts, file_format, admin_user):
    content = translation_exchange.export(YEAR, "fr", file_format)
    filled = (filled_xliff if file_format == "xliff" else filled_po)(content, FRENCH)

    written = translations_import(content=filled, language="fr", user=admin_user)

    assert sorted(written) == sorted(ids(texts).values())
    ict = IctYear.objects.get(pk=texts.pk)
    topic = IctTopic.objects.get(ict_year=ict)
    assert (ict.title_fr, topic.title_fr, topic.text_fr) == (
        "Titre TIC",
        "Sécurité",
        "Premier alinéa.\n\nDeuxième alinéa.",
    )
    assert french_state(topic, "text") == State.UP_TO_DATE
    assert TranslationState.objects.get(field="text", language="fr").translated_by == admin_user
    latest = topic.history.first()
    assert (latest.text_fr, latest.history_user) == (topic.text_fr, admin_user)
    assert not [item for item in registry.missing(YEAR) if item.language == "fr"]
    assert translation_exchange.units(YEAR, "fr") == []


def test_a_translation_returned_unchanged_is_confirmed_up_to_date(texts, admin_user):
    topic = texts.topics.get()
    topic.title_fr = "Sécurité"
    topic.save()
    topic.title_nl = "Beveiliging."
    topic.save()
    assert french_state(topic, "title") == State.OUTDATED
    content = translation_exchange.export(YEAR, "fr", "po")

    translations_import(
        content=filled_po(content, {**FRENCH, "Beveiliging.": "Sécurité"}),
        language="fr",
        user=admin_user,
    )

    assert french_state(topic, "title") == State.UP_TO_DATE


def test_an_import_with_any_bad_unit_is_refused_whole_each_unit_named(texts, admin_user):
    content = translation_exchange.export(YEAR, "fr", "xliff")
    topic = texts.topics.get()
    filled = filled_xliff(
        content,
        {
            "ICT-titel": "T" * 201,  # longer than the field
            "Beveiliging": "Sécurité",
            "Eerste alinea.\n\nTweede alinea.": "Premier alinéa. Deuxième alinéa.",  # one paragraph
        },
    )
    # The Dutch title of the topic changes after the export.
    topic.title_nl = "Informatieveiligheid"
    topic.save()
    # And a unit that names no text.
    filled = filled.replace(
        f'id="{ids(texts)["title"]}"'.encode(), b'id="chancellery.ictyear.999999.title"'
    )

    with translation.override("en"), pytest.raises(ImportRefused) as refused:
        translations_import(content=filled, language="fr", user=admin_user)

    assert sorted((unit.id, unit.reason) for unit in refused.value.refused) == sorted(
        [
            ("chancellery.ictyear.999999.title", "no such text (unknown unit id)."),
            (
                ids(texts)["topic_title"],
                "its source text changed since the export: export the texts again.",
            ),
            (
                ids(texts)["topic_text"],
                "the line structure is lost: the source has 2 paragraph(s) and 2 line break(s).",
            ),
        ]
    )
    topic = IctTopic.objects.get(pk=topic.pk)
    assert (topic.title_fr, topic.text_fr) == ("", "")


def test_a_text_longer_than_its_field_is_refused(texts, admin_user):
    content = translation_exchange.export(YEAR, "fr", "po")
    filled = filled_po(content, {"ICT-titel": "T" * 201})

    with translation.override("en"), pytest.raises(ImportRefused) as refused:
        translations_import(content=filled, language="fr", user=admin_user)

    assert [(unit.id, unit.reason) for unit in refused.value.refused] == [
        (ids(texts)["title"], "201 characters, more than the field's 200.")
    ]
    assert IctYear.objects.get(pk=texts.pk).title_fr == ""


def test_a_lost_placeholder_is_refused(texts, admin_user):
    texts.title_nl = "ICT in %(year)s"
    texts.save()
    filled = filled_po(
        translation_exchange.export(YEAR, "fr", "po"), {"ICT in %(year)s": "TIC en 2016"}
    )

    with translation.override("en"), pytest.raises(ImportRefused) as refused:
        translations_import(content=filled, language="fr", user=admin_user)

    assert [unit.reason for unit in refused.value.refused] == [
        "the placeholders %(year)s of the source are missing."
    ]


def test_a_published_year_refuses_the_import(texts, admin_user):
    from chancellery.services import report_publish

    filled = filled_po(translation_exchange.export(YEAR, "fr", "po"), FRENCH)
    IctYear.objects.filter(pk=texts.pk).update(title_fr="Titre")  # complete enough to publish
    IctTopic.objects.filter(ict_year=texts).update(title_fr="T", text_fr="T\n\nT")
    report_publish(report=texts_report(), user=None, require_complete=False, render_now=True)

    with translation.override("en"), pytest.raises(ImportRefused) as refused:
        translations_import(content=filled, language="fr", user=admin_user)

    assert all("is published" in unit.reason for unit in refused.value.refused)
    assert IctYear.objects.get(pk=texts.pk).title_fr == "Titre"


def texts_report():
    from chancellery.models import AnnualReport

    return AnnualReport.objects.get(year=YEAR)


def test_a_file_for_another_language_is_refused(texts, admin_user):
    filled = filled_po(translation_exchange.export(YEAR, "fr", "po"), FRENCH)

    with translation.override("en"), pytest.raises(ValidationError) as refused:
        translations_import(content=filled, language="de", user=admin_user)

    assert refused.value.messages == ["This file translates into fr, not into German."]


def test_the_commands_make_the_same_round_trip(texts, tmp_path, admin_user):
    exported = tmp_path / "2016-fr.po"
    call_command("export_translations", "2016", "fr", "--format", "po", "--output", exported)
    filled = tmp_path / "2016-fr-filled.po"
    filled.write_bytes(filled_po(exported.read_bytes(), FRENCH))

    call_command("import_translations", "fr", str(filled), "--user", admin_user.username)

    assert IctYear.objects.get(pk=texts.pk).title_fr == "Titre TIC"


def test_editors_export_and_import_from_the_dashboard(client, django_user_model, texts):
    editor = django_user_model.objects.create_user(
        username="editor", password="x" * 16, is_staff=True
    )
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_dashboard", "publish_annualreport"])
    )
    client.force_login(editor)
    url = f"/en/dashboard/{YEAR}/translations/"

    page = client.get(url)
    download = client.get(url, {"language": "fr", "file_format": "xliff"})
    upload = filled_xliff(download.content, FRENCH)
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        url, {"language": "fr", "file": SimpleUploadedFile("fr.xlf", upload)}, follow=True
    )

    assert page.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="annual-report-2016-fr.xlf"'
    assert "3 translation(s) written; they are up to date." in response.content.decode()
    assert IctYear.objects.get(pk=texts.pk).title_fr == "Titre TIC"


def test_the_dashboard_names_each_refused_unit(client, django_user_model, texts):
    editor = django_user_model.objects.create_user(
        username="editor", password="x" * 16, is_staff=True
    )
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_dashboard", "publish_annualreport"])
    )
    client.force_login(editor)
    url = f"/en/dashboard/{YEAR}/translations/"
    upload = filled_xliff(
        client.get(url, {"language": "fr", "file_format": "xliff"}).content,
        {"ICT-titel": "T" * 201},
    )
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(url, {"language": "fr", "file": SimpleUploadedFile("fr.xlf", upload)})

    assert response.status_code == 400
    assert (
        f"<code>{ids(texts)['title']}</code>: 201 characters, more than the field&#x27;s 200."
        in response.content.decode()
    )


def test_managers_without_the_publish_permission_may_not(client, django_user_model):
    manager = django_user_model.objects.create_user(
        username="manager", password="x" * 16, is_staff=True
    )
    manager.user_permissions.add(*Permission.objects.filter(codename="view_dashboard"))
    client.force_login(manager)

    assert client.get(f"/en/dashboard/{YEAR}/translations/").status_code == 403
