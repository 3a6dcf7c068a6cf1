"""The anonymise_guests command: wipes old guests' personal data, keeps the counts, reports it."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from ceremonies.models import Guest
from tests.ceremonies.factories import CeremonyFactory, GuestFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def old_guest():
    return GuestFactory(
        ceremony=CeremonyFactory(date=days_ago(400)),
        name="Oude Gast",
        organisation="Kamer",
        phone="02 555 00 00",
        accessibility_needs="rolstoel",
        notes="vooraan",
    )


def test_guests_of_ceremonies_older_than_the_retention_are_wiped(old_guest):
    call_command("anonymise_guests", "--days", "365", stdout=io.StringIO())

    old_guest.refresh_from_db()
    assert (old_guest.name, old_guest.organisation) == ("", "")
    assert (old_guest.email, old_guest.phone) == ("", "")
    assert (old_guest.accessibility_needs, old_guest.notes) == ("", "")
    assert old_guest.anonymised_at is not None


def test_anonymisation_keeps_category_and_status(old_guest):
    call_command("anonymise_guests", "--days", "365", stdout=io.StringIO())

    stored = Guest.objects.get(pk=old_guest.pk)
    assert (stored.category_id, stored.status) == (old_guest.category_id, old_guest.status)


def test_guests_of_recent_ceremonies_are_kept(old_guest):
    recent = GuestFactory(ceremony=CeremonyFactory(date=days_ago(10)))

    call_command("anonymise_guests", "--days", "365", stdout=io.StringIO())

    recent.refresh_from_db()
    assert recent.name != ""


def test_retention_setting_applies_without_the_days_option(old_guest, settings):
    settings.CEREMONIES_GUEST_RETENTION_DAYS = 500

    call_command("anonymise_guests", stdout=io.StringIO())

    old_guest.refresh_from_db()
    assert old_guest.name == "Oude Gast"


def test_dry_run_changes_nothing_and_reports_the_count(old_guest):
    out = io.StringIO()

    call_command("anonymise_guests", "--days", "365", "--dry-run", stdout=out)

    old_guest.refresh_from_db()
    assert old_guest.name == "Oude Gast"
    assert "1 guest(s)" in out.getvalue()


def test_command_reports_how_many_guests_it_anonymised(old_guest):
    out = io.StringIO()

    call_command("anonymise_guests", "--days", "365", stdout=out)

    assert "Anonymised 1 guest(s) of 1 ceremony(ies)" in out.getvalue()
