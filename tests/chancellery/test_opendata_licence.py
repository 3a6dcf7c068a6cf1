"""The licence of an edition's open data: CC0 1.0 by default (Royal Decree of 2 June 2019 on
federal open data), another licence only with its justification in Dutch and French, which the
open data prints beside the licence."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone, translation

from chancellery import demo as core_demo
from chancellery import services
from chancellery.models import AnnualReport, Edition, Licence
from chancellery.registry import registry
from chancellery.services import report_publish

pytestmark = pytest.mark.django_db

WHY = {
    "nl": "De cijfers komen deels van een partner die bronvermelding vraagt.",
    "fr": "Les chiffres viennent en partie d'un partenaire qui demande la mention de la source.",
}


@pytest.fixture
def draft_2016():
    core_demo.load()
    return AnnualReport.objects.get(year=2016)


def publish(report, **kwargs):
    return report_publish(report=report, user=None, require_complete=False, **kwargs)


@pytest.mark.parametrize(
    "justification", [None, {"nl": WHY["nl"]}, {"nl": "  ", "fr": WHY["fr"]}, {"de": "Warum."}]
)
def test_another_licence_without_its_dutch_and_french_justification_is_refused(
    draft_2016, justification
):
    with translation.override("fr"), pytest.raises(ValidationError) as refused:
        publish(draft_2016, licence=Licence.CC_BY, licence_justification=justification)

    assert refused.value.code == "licence-justification"
    assert (
        "justifiez la licence CC BY 4.0 en néerlandais et en français" in refused.value.messages[0]
    )
    draft_2016.refresh_from_db()
    assert draft_2016.status == AnnualReport.Status.DRAFT
    assert not Edition.objects.exists()


def test_the_justification_is_stored_and_printed_beside_the_data(draft_2016):
    edition = publish(draft_2016, licence=Licence.CC_BY, licence_justification=WHY)
    client = Client()

    assert (edition.licence_justification_nl, edition.licence_justification_fr) == (
        WHY["nl"],
        WHY["fr"],
    )
    french = client.get("/fr/reports/2016/data.json").json()["licence"]
    assert (french["name"], french["justification"]) == ("CC BY 4.0", WHY["fr"])
    # German and English fall back (to Dutch first, as every text of the report).
    assert client.get("/de/reports/2016/data.json").json()["licence"]["justification"] == WHY["nl"]
    page = client.get("/fr/reports/2016/").content.decode()
    # Beside the links to the data, and in the colophon (which the PDF prints too).
    assert page.count(WHY["fr"].replace("'", "&#x27;")) == 2
    package = client.get("/fr/reports/2016/datapackage.json").json()
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["licence_justification"] == WHY["fr"]


def test_cc0_needs_no_justification_and_keeps_none(draft_2016):
    edition = publish(draft_2016, licence=Licence.CC0, licence_justification=WHY)

    assert edition.licence_justification_nl in ("", None)
    assert Client().get("/nl/reports/2016/data.json").json()["licence"]["justification"] == ""


def test_the_database_refuses_another_licence_without_justification(draft_2016):
    with transaction.atomic(), pytest.raises(IntegrityError):
        Edition.objects.create(
            report=draft_2016,
            number=1,
            licence=Licence.CC_BY,
            licence_justification_nl=WHY["nl"],
            licence_justification_fr="",
            requested_at=timezone.now(),
        )


def test_the_dashboard_sends_the_justification_and_shows_the_refusal(
    admin_user, draft_2016, monkeypatch
):
    # Only the core's demo data is loaded: the other sections' gaps would block publishing.
    monkeypatch.setattr(registry, "missing", lambda year: [])
    monkeypatch.setattr(services, "report_missing", lambda report: [])
    client = Client()
    client.force_login(admin_user)

    refused = client.post("/nl/dashboard/2016/publish", {"licence": "cc-by-4.0"}, follow=True)
    form = refused.content.decode()
    published = client.post(
        "/nl/dashboard/2016/publish",
        {
            "licence": "cc-by-4.0",
            "licence_justification_nl": WHY["nl"],
            "licence_justification_fr": WHY["fr"],
        },
        follow=True,
    )

    assert "rechtvaardig de licentie CC BY 4.0 in het Nederlands en in het Frans" in form
    assert 'name="licence_justification_fr"' in form
    assert published.status_code == 200
    assert Edition.objects.get(report=draft_2016).licence_justification_fr == WHY["fr"]
