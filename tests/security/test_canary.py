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
AUDIT_FIELDS = {
    "history_id",
    "history_date",
    "history_change_reason",
    "history_type",
    "history_user",
}

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


# After anonymisation, what identifies the canary must be nowhere: its name, e-mail and phone.
ANONYMISED_SECRETS = (CANARY_NAME, CANARY_EMAIL, "+32 2 999 99 99")
TEXT_TYPES = ("text", "character varying", "character", "json", "jsonb")


def _database_holding(secrets) -> list[str]:
    """Every column of every table of the database that holds one of ``secrets``: text columns
    searched case-insensitively, bytea columns for its UTF-8 bytes, PDFs stored as bytea by their
    text."""
    from django.db import connection

    found = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = ANY(%s)",
            [[*TEXT_TYPES, "bytea"]],
        )
        for table, column, data_type in cursor.fetchall():
            for secret in secrets:
                if data_type == "bytea":
                    condition = f"position(%s::bytea in {quote(column)}) > 0"
                    parameter = secret.encode()
                else:
                    condition, parameter = f"{quote(column)}::text ILIKE %s", f"%{secret}%"
                cursor.execute(
                    f"SELECT count(*) FROM {quote(table)} WHERE {condition}", [parameter]
                )
                if cursor.fetchone()[0]:
                    found.append(f"{table}.{column}: {secret}")
        # The PDFs' streams are compressed: a name's bytes are not found in them, their text is.
        cursor.execute(
            "SELECT path, content FROM chancellery_editionfile WHERE content_type LIKE %s",
            ["application/pdf%"],
        )
        for path, content in cursor.fetchall():
            pages = PdfReader(io.BytesIO(content)).pages
            text = "\n".join(page.extract_text() for page in pages).lower()
            found += [f"PDF {path}: {s}" for s in secrets if s.lower() in text]
    return found


def _pdf_files_checked() -> int:
    from chancellery.models import EditionFile

    return EditionFile.objects.filter(content_type__startswith="application/pdf").count()


def _files_holding(secret: str, roots, since: float) -> list[str]:
    """Files under ``roots`` written since ``since`` that hold ``secret``. A PostgreSQL data
    directory is left out (the database is scanned above, with SQL: its files keep dead row
    versions until a vacuum), and so are the session machinery's job folders, which are no part
    of the application."""
    import os

    found = []
    needle = secret.encode().lower()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            if "PG_VERSION" in files:
                dirs[:] = []
                continue
            dirs[:] = [d for d in dirs if not d.startswith("bash_jobs")]
            for file in files:
                path = os.path.join(folder, file)
                try:
                    if os.path.getmtime(path) < since or not os.path.isfile(path):
                        continue
                    with open(path, "rb") as handle:
                        if needle in handle.read(64 * 2**20).lower():
                            found.append(path)
                except OSError:  # another user's file, or one removed meanwhile
                    pass
    return found


def test_after_anonymisation_the_canary_is_in_no_table_file_or_log_line(
    canary, admin_client, caplog, settings
):
    import tempfile
    import time

    caplog.set_level(logging.DEBUG)
    started = time.time() - 1
    # What staff do with a guest: search for it, open it; a script changes it (a history row).
    assert admin_client.get("/admin/ceremonies/guest/", {"q": CANARY_NAME}).status_code == 200
    change = f"/admin/ceremonies/guest/{canary.pk}/change/"
    assert admin_client.get(change).status_code == 200
    canary.refresh_from_db()
    canary.notes = "Seen at the door."
    with freeze.lifted():  # 2016 is published: only a script that lifts the freeze writes it
        canary.save()

    # The scan finds the canary while it is there (else it would pass for nothing).
    assert "ceremonies_guest.name: " + CANARY_NAME in _database_holding([CANARY_NAME])

    # The canary's ceremony (2016) lies before today: a retention of 0 days covers it.
    call_command("anonymise_guests", days=0, stdout=io.StringIO())

    canary.refresh_from_db()
    assert canary.anonymised_at is not None
    assert _pdf_files_checked() >= len(LANGUAGES)  # the PDFs' text is searched, not only bytes
    roots = [tempfile.gettempdir()]
    # MEDIA_ROOT is unset: the project stores no uploaded file (editions live in the database);
    # scanned when a deployment sets it.
    if settings.MEDIA_ROOT:
        roots.append(str(settings.MEDIA_ROOT))
    assert _database_holding(ANONYMISED_SECRETS) == []
    for secret in ANONYMISED_SECRETS:
        assert _files_holding(secret, roots, started) == [], secret
    assert_no_canary(caplog.text, "the logs")
    for secret in ANONYMISED_SECRETS:
        assert secret.lower() not in caplog.text.lower()
