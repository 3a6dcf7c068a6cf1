"""The accessibility statement and the privacy notice: public pages in four languages, what staff
enter in the admin (one record each), the fixed legal text, and their links on every page."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from chancellery import demo as core_demo
from chancellery.models import AccessibilityIssue, AccessibilityStatement, PrivacyNotice

pytestmark = pytest.mark.django_db

LANGUAGES = ("nl", "fr", "de", "en")


@pytest.fixture(autouse=True)
def _no_pdf(monkeypatch):
    """Publishing renders a PDF these tests never read."""
    monkeypatch.setattr("chancellery.pdf.report_pdf", lambda **kwargs: b"%PDF-1.7 placeholder")


@pytest.fixture
def statements():
    core_demo.load_statements()


def page(path: str) -> str:
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_pages_answer_before_anything_is_entered(language):
    accessibility = page(f"/{language}/accessibility/")
    privacy = page(f"/{language}/privacy/")

    assert f'<html lang="{language}">' in accessibility
    assert 'href="mailto:contact@apd-gba.be"' in privacy
    assert AccessibilityStatement.objects.count() == PrivacyNotice.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "status", "ombudsman", "authority"),
    [
        ("nl", "gedeeltelijk conform", "Federale Ombudsman", "Gegevensbeschermingsautoriteit"),
        ("fr", "partiellement conforme", "Médiateur fédéral", "Autorité de protection des données"),
        ("de", "teilweise konform", "Föderaler Ombudsmann", "Datenschutzbehörde"),
        ("en", "partially compliant", "Federal Ombudsman", "Data Protection Authority"),
    ],
)
def test_the_fixed_legal_text_is_in_each_language(
    statements, language, status, ombudsman, authority
):
    accessibility = page(f"/{language}/accessibility/")
    privacy = page(f"/{language}/privacy/")

    assert f"<strong>{status}</strong>" in accessibility
    assert ombudsman in accessibility
    assert authority in privacy


def test_the_accessibility_statement_follows_the_model_statement(statements):
    text = page("/en/accessibility/")

    for heading in (
        "Compliance status",
        "Non-accessible content",
        "Accessible alternatives",
        "Preparation of this accessibility statement",
        "Feedback and contact information",
        "Enforcement procedure",
    ):
        assert f"<h2>{heading}</h2>" in text
    # The known issues under the model statement's headings, with their alternative.
    assert "<h3>Non-compliance with the accessibility requirements</h3>" in text
    assert "<h3>Not within the scope of the applicable legislation</h3>" in text
    assert "UA-15-003" in text
    assert "The web page of each annual report has the same content" in text
    assert '<time datetime="2026-10-15">15 October 2026</time>' in text
    assert '<time datetime="2026-11-30">30 November 2026</time>' in text
    assert "self-assessment" in text
    assert 'href="mailto:accessibility@chancellery.example"' in text
    assert "within 10 working days" in text


def test_an_issue_entered_in_the_admin_is_on_the_page_with_its_alternative(statements):
    AccessibilityIssue.objects.create(
        statement=AccessibilityStatement.objects.get(),
        position=9,
        reason=AccessibilityIssue.Reason.BURDEN,
        description_nl="De video van de plechtigheid heeft geen audiodescriptie.",
        description_fr="La vidéo de la cérémonie n’a pas d’audiodescription.",
        alternative_nl="Een tekstversie staat onder de video.",
        alternative_fr="Une version texte figure sous la vidéo.",
    )

    text = page("/fr/accessibility/")
    german = page("/de/accessibility/")

    assert "<h3>Charge disproportionnée</h3>" in text
    assert "La vidéo de la cérémonie n’a pas d’audiodescription." in text
    assert "Une version texte figure sous la vidéo." in text
    # German falls back to Dutch, marked as Dutch for screen readers.
    assert (
        '<span lang="nl">De video van de plechtigheid heeft geen audiodescriptie.</span>' in german
    )


def test_the_privacy_notice_gives_what_articles_13_and_14_ask(statements):
    text = page("/nl/privacy/")

    assert "FOD Kanselarij van de Eerste Minister" in text  # the controller
    assert 'href="mailto:dpo@chancellery.example"' in text  # the data protection officer
    assert "artikel 6.1.e" in text  # the legal basis
    assert "uit te nodigen" in text  # the purposes
    assert "organisatie die u voordroeg" in text  # the source (art. 14)
    assert "politiediensten" in text  # the recipients
    assert "Gegevensbeschermingsautoriteit" in text  # the right to complain
    assert "365 dagen" in text  # the retention period (the anonymisation's default)


def test_the_retention_period_is_the_anonymisations_setting(statements, settings):
    settings.CEREMONIES_GUEST_RETENTION_DAYS = 200

    assert "200 days after the ceremony" in page("/en/privacy/")
    assert "200 jours après la cérémonie" in page("/fr/privacy/")


def test_each_page_costs_a_fixed_number_of_queries(statements, django_assert_num_queries):
    with django_assert_num_queries(2):  # the statement, its issues
        Client().get("/nl/accessibility/")
    with django_assert_num_queries(1):
        Client().get("/nl/privacy/")


def test_there_is_one_statement_and_one_notice_only(statements):
    notice = PrivacyNotice.objects.get()
    notice.pk = None
    with pytest.raises(IntegrityError), transaction.atomic():
        notice.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        PrivacyNotice.objects.filter(singleton=1).update(singleton=2)


def test_a_statement_cannot_be_reviewed_before_it_was_prepared(statements):
    statement = AccessibilityStatement.objects.get()
    statement.reviewed_on = datetime.date(2026, 1, 1)

    with pytest.raises(IntegrityError), transaction.atomic():
        statement.save()


def test_the_admin_opens_the_one_record_and_offers_no_second(statements, admin_client):
    statement = AccessibilityStatement.objects.get()

    response = admin_client.get("/admin/chancellery/accessibilitystatement/")
    add = admin_client.get("/admin/chancellery/privacynotice/add/")

    assert response.status_code == 302
    assert (
        response["Location"] == f"/admin/chancellery/accessibilitystatement/{statement.pk}/change/"
    )
    assert add.status_code == 403


def test_the_admin_offers_to_enter_the_notice_when_there_is_none(admin_client):
    response = admin_client.get("/admin/chancellery/privacynotice/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/chancellery/privacynotice/add/"


def test_the_demo_loader_is_idempotent():
    core_demo.load_statements()
    core_demo.load_statements()

    assert AccessibilityStatement.objects.count() == 1
    assert AccessibilityIssue.objects.count() == len(core_demo.ACCESSIBILITY_ISSUES)
    assert AccessibilityStatement.history.count() == 1


PUBLIC_PAGES = [
    "/{lang}/reports/",
    "/{lang}/reports/2016/",
    "/{lang}/",
    "/{lang}/figures/",
    "/{lang}/figures/ict.requests_handled/",
    "/{lang}/accessibility/",
    "/{lang}/privacy/",
    "/{lang}/reports/1999/",
    "/{lang}/no-such-page/",
]


def test_every_public_page_links_to_both_statements_in_its_footer_and_sets_no_cookie():
    """The report list, a published report (its stored page), the figure pages, the statements
    and the 404 page, in four languages; what the privacy notice says of cookies holds."""
    core_demo.load()
    core_demo.publish()

    for language in LANGUAGES:
        for path in (template.format(lang=language) for template in PUBLIC_PAGES):
            response = Client().get(path)
            footer = response.content.decode().split('<footer class="site-footer">', 1)[1]

            assert response.status_code in (200, 404), path
            assert f'href="/{language}/accessibility/"' in footer, path
            assert f'href="/{language}/privacy/"' in footer, path
            assert not response.cookies, path
