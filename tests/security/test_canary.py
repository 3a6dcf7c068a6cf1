"""Personal data stays in: the guest model holds only approved fields, and a canary guest is
found on no public page, file or log line."""

import io
import logging

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from ceremonies.models import Ceremony, Guest
from chancellery import freeze, opendata
from chancellery.models import AnnualReport
from chancellery.services import report_publish, report_unpublish
from tests.ceremonies.factories import GuestFactory

pytestmark = pytest.mark.django_db

# Changing this list is a decision about personal data (GDPR data minimisation): say why in the
# commit, and check the anonymisation (ceremonies.services.PERSONAL_DATA_WIPED) still wipes it all.
APPROVED_GUEST_FIELDS = {
    "id",
    "ceremony",
    "category",
    "name",
    "organisation",
    "email",
    "phone",
    "language",
    "status",
    "accessibility_needs",
    "notes",
    "anonymised_at",
    "version",
}
AUDIT_FIELDS = {"history_id", "history_date", "history_change_reason", "history_type", "history_user"}

LANGUAGES = ("nl", "fr", "de", "en")
CANARY_NAME = "Quetzalcoatl Zyxwvutsrqp"
CANARY_EMAIL = "quetzal.zyxw@canary.invalid"
CANARY_NOTES = "Canary-needs-a-ramp-7f3a"
CANARY = (CANARY_NAME, CANARY_EMAIL, CANARY_NOTES, "Zyxwvutsrqp", "canary.invalid")


def test_the_guest_model_holds_only_approved_fields():
    assert {field.name for field in Guest._meta.get_fields() if field.concrete} == (
        APPROVED_GUEST_FIELDS
    )


def test_the_guest_history_holds_only_approved_fields():
    fields = {field.name for field in Guest.history.model._meta.get_fields() if field.concrete}

    assert fields == APPROVED_GUEST_FIELDS | AUDIT_FIELDS


def test_the_anonymisation_wipes_every_approved_personal_field():
    from ceremonies.services import PERSONAL_DATA_WIPED

    kept = {"id", "ceremony", "category", "language", "status", "anonymised_at", "version"}
    assert set(PERSONAL_DATA_WIPED) == APPROVED_GUEST_FIELDS - kept


@pytest.fixture
def canary():
    """The 2016 demo report (published) with a guest whose data must never come out."""
    call_command("load_demo_data", verbosity=0)
    # The canary comes before the edition's files are rendered: withdraw, add it, republish.
    report = AnnualReport.objects.get(year=2016)
    report_unpublish(report=report, user=None)
    with freeze.lifted():
        guest = GuestFactory(
            ceremony=Ceremony.objects.filter(date__year=2016).first(),
            name=CANARY_NAME,
            email=CANARY_EMAIL,
            organisation="Zyxwvutsrqp & Co",
            phone="+32 2 999 99 99",
            notes=CANARY_NOTES,
        )
        guest.accessibility_needs = "Zyxwvutsrqp needs a ramp"
        guest.save()
    report_publish(
        report=report, user=None, render_now=True, correction_note={"nl": "Gast.", "fr": "Invité."}
    )
    return guest


def public_urls() -> list[str]:
    urls = []
    for language in LANGUAGES:
        urls += [
            f"/{language}/",
            f"/{language}/reports/",
            f"/{language}/reports/2016/",
            f"/{language}/reports/2016/pdf",
            f"/{language}/reports/2016/data.json",
            f"/{language}/no-such-page/",
            f"/{language}/reports/1999/",
        ]
        urls += [f"/{language}/reports/2016/data/{key}.csv" for key in opendata.datasets(2016)]
    return urls


def readable(response) -> str:
    """What a reader gets: the text of a PDF, the body of anything else, and the headers."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type", "").startswith("application/pdf"):
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
    else:
        text = body.decode("utf-8", "replace")
    return text + "\n" + "\n".join(f"{name}: {value}" for name, value in response.items())


def assert_no_canary(text: str, where: str) -> None:
    for secret in CANARY:
        assert secret.lower() not in text.lower(), f"{secret!r} found in {where}"


def test_the_canary_guest_counts_in_the_report(canary, client):
    # Without this, a report that lost the guests would pass the tests below for nothing.
    assert Guest.objects.filter(ceremony__date__year=2016).count() > 1
    assert client.get("/nl/reports/2016/").status_code == 200


def test_the_canary_is_on_no_public_page_file_or_log_line(canary, client, caplog):
    caplog.set_level(logging.DEBUG)
    urls = public_urls()
    assert any(url.endswith(".csv") for url in urls)

    for url in urls:
        first = client.get(url)
        assert first.status_code in (200, 404), url
        assert_no_canary(readable(first), url)
        cached = client.get(url)
        assert_no_canary(readable(cached), f"{url} (cached)")
        if first.has_header("ETag"):
            conditional = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
            assert conditional.status_code == 304, url
            assert_no_canary(readable(conditional), f"{url} (conditional)")

    assert_no_canary(caplog.text, "the logs")
