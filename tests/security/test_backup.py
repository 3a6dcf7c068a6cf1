"""Nothing lost: a backup restored into an empty database gives the same report, byte for byte;
multi-record admin actions are all or nothing."""

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.urls import reverse

from ceremonies.models import Guest
from chancellery.audit import historical_models
from tests.ceremonies.factories import GuestFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("nl", "fr", "de", "en")
OUR_APPS = ("chancellery", "meetings", "ceremonies", "hr", "procurement", "communication")


def rendered_reports(client) -> dict[str, bytes]:
    pages = {}
    for language in LANGUAGES:
        cache.clear()
        response = client.get(f"/{language}/reports/2016/")
        assert response.status_code == 200
        pages[language] = response.content
    return pages


def audit_entries() -> int:
    return sum(model._default_manager.count() for model in historical_models())


def record_count() -> int:
    return sum(
        model._default_manager.count()
        for app in OUR_APPS
        for model in apps.get_app_config(app).get_models()
    )


# Emptying the database (TRUNCATE) needs real transactions, as in production.
@pytest.mark.django_db(transaction=True)
def test_a_backup_restored_into_an_empty_database_gives_the_same_report(client, tmp_path):
    from chancellery.models import EditionFile

    call_command("load_demo_data", verbosity=0)
    before = rendered_reports(client)
    editions = sorted(EditionFile.objects.values_list("path", "sha256"))
    backup = tmp_path / "backup.xml.gz"
    call_command("backup_data", str(backup), verbosity=0)

    call_command("flush", interactive=False, verbosity=0)
    assert record_count() == 0
    call_command("restore_data", str(backup), verbosity=0)

    assert rendered_reports(client) == before
    # The published edition's files came back with the data, not rendered anew.
    assert sorted(EditionFile.objects.values_list("path", "sha256")) == editions != []


@pytest.mark.django_db(transaction=True)
def test_a_restore_brings_back_the_audit_trail(tmp_path):
    call_command("load_demo_data", verbosity=0)
    entries = audit_entries()
    backup = tmp_path / "backup.xml"
    call_command("backup_data", str(backup), verbosity=0)

    call_command("restore_data", str(backup), flush=True, verbosity=0)

    restored = audit_entries()
    assert restored == entries > 0


def test_a_restore_into_a_database_with_data_is_refused(tmp_path):
    GuestFactory()
    backup = tmp_path / "backup.xml"
    call_command("backup_data", str(backup), verbosity=0)

    with pytest.raises(CommandError, match="not empty"):
        call_command("restore_data", str(backup), verbosity=0)


def test_a_failing_multi_record_admin_action_changes_no_record(admin_client, monkeypatch):
    first = GuestFactory(name="Anna", status=Guest.Status.INVITED)
    second = GuestFactory(name="Bert", status=Guest.Status.INVITED, ceremony=first.ceremony)
    original_save = Guest.save

    def save_failing_for_bert(self, *args, **kwargs):
        if self.name == "Bert":
            raise RuntimeError("the database went away")
        original_save(self, *args, **kwargs)

    monkeypatch.setattr(Guest, "save", save_failing_for_bert)
    admin_client.raise_request_exception = False

    response = admin_client.post(
        reverse("admin:ceremonies_guest_changelist"),
        {"action": "mark_confirmed", "_selected_action": [first.pk, second.pk]},
    )

    assert response.status_code == 500
    assert set(Guest.objects.values_list("status", flat=True)) == {Guest.Status.INVITED}


@pytest.mark.otp
@pytest.mark.django_db(transaction=True)
def test_a_restore_brings_back_the_second_factor_and_its_codes_open_the_admin(
    client, staff, authenticator, tmp_path
):
    from django_otp.plugins.otp_static.models import StaticDevice

    from tests.security.helpers import code_of

    recovery = StaticDevice.objects.create(user=staff, name="recovery", confirmed=True)
    recovery.token_set.create(token="recovery-code-1")
    backup = tmp_path / "backup.xml.gz"
    call_command("backup_data", str(backup), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    call_command("restore_data", str(backup), verbosity=0)

    client.post("/admin/login/", {"username": "chief", "password": "a-long-test-password"})
    response = client.post(
        "/nl/account/verify/", {"token": code_of(authenticator), "next": "/admin/"}
    )

    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert client.get("/admin/").status_code == 200
    assert list(StaticDevice.objects.get().token_set.values_list("token", flat=True)) == [
        "recovery-code-1"
    ]
