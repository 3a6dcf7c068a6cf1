"""A guest list of more than IMPORT_BACKGROUND_ROWS rows: checked and imported by the task worker
(chancellery/background_imports.py), its progress in the admin, still all or nothing (finding 8
of the security test: a 60.000-row import took 21,5 s in the request, near the timeout)."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import translation

from ceremonies.models import Guest
from chancellery.models import ImportJob
from tests.ceremonies.test_import import MIXED, dataset, row

pytestmark = pytest.mark.django_db

GOOD = [row("Goede Gast"), row("Tweede Gast"), row("Derde Gast"), row("Vierde Gast")]


@pytest.fixture
def setting(settings):
    from tests.ceremonies.factories import CeremonyFactory, GuestCategoryFactory

    settings.IMPORT_BACKGROUND_ROWS = 3
    return CeremonyFactory(code="gala"), GuestCategoryFactory(code="senators")


def _upload(client, rows):
    upload = SimpleUploadedFile(
        "guests.csv", dataset(rows).export("csv").encode(), content_type="text/csv"
    )
    return client.post(
        "/admin/ceremonies/guest/import/",
        {"import_file": upload, "format": "0", "resource": "0"},
    )


def test_a_large_file_is_checked_by_the_worker_then_imported_on_confirmation(setting, admin_client):
    response = _upload(admin_client, GOOD)

    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/ceremonies/guest/import/{job.pk}/"
    assert job.state == ImportJob.State.READY
    assert (job.rows_total, job.rows_done) == (4, 4)
    assert job.totals["new"] == 4
    assert Guest.objects.count() == 0  # checked, nothing written
    with translation.override("nl"):
        page = admin_client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="nl")
    assert "4 rijen" in page.content.decode()

    confirmed = admin_client.post(response["Location"], {"action": "confirm"})

    job.refresh_from_db()
    assert confirmed.status_code == 302
    assert job.state == ImportJob.State.DONE
    assert Guest.objects.count() == 4
    assert job.content is None  # the upload is gone
    # The admin's own log of an import, by id: no guest's name.
    entries = LogEntry.objects.filter(content_type__model="guest")
    assert entries.count() == 4
    assert not entries.filter(object_repr__icontains="gast").exists()


def test_a_large_file_with_bad_rows_is_refused_whole_with_each_line_named(setting, admin_client):
    response = _upload(admin_client, MIXED)

    job = ImportJob.objects.get()
    assert job.state == ImportJob.State.REFUSED
    assert job.content is None
    assert Guest.objects.count() == 0
    # The file's lines: the header is line 1, the first guest line 2.
    assert sorted({error["line"] for error in job.errors}) == [3, 4, 5, 6]
    page = admin_client.get(response["Location"]).content.decode()
    assert "bishops" in page
    assert 'name="action" value="confirm"' not in page


def test_a_small_file_keeps_the_usual_preview(setting, admin_client):
    response = _upload(admin_client, GOOD[:3])

    assert response.status_code == 200
    assert response.context["confirm_form"] is not None
    assert not ImportJob.objects.exists()


def test_a_job_is_its_uploaders_alone(setting, admin_client, django_user_model, client):
    _upload(admin_client, GOOD)
    job = ImportJob.objects.get()
    other = django_user_model.objects.create_superuser("other", password="a-long-test-password")
    client.force_login(other)

    assert client.get(f"/admin/ceremonies/guest/import/{job.pk}/").status_code == 404
    assert client.post(f"/admin/ceremonies/guest/import/{job.pk}/", {"action": "confirm"})
    job.refresh_from_db()
    assert job.state == ImportJob.State.READY


def test_confirming_twice_imports_once(setting, admin_client):
    response = _upload(admin_client, GOOD)

    admin_client.post(response["Location"], {"action": "confirm"})
    admin_client.post(response["Location"], {"action": "confirm"})

    assert Guest.objects.count() == 4


def test_anonymise_guests_deletes_the_files_waiting_for_confirmation(setting, admin_client):
    _upload(admin_client, GOOD)
    assert ImportJob.objects.get().content is not None

    call_command("anonymise_guests", stdout=open("/dev/null", "w"))

    assert not ImportJob.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_the_rows_checked_are_seen_by_the_progress_page_while_the_import_runs(
    setting, admin_client, monkeypatch
):
    """The import's transaction shows nothing until it ends: the count is written on a
    connection of its own, and another reader sees it grow during the run."""
    from chancellery import background_imports

    monkeypatch.setattr(background_imports, "PROGRESS_EVERY", 2)
    seen = []
    row_done = background_imports._Progress.row_done

    def watched(progress):
        row_done(progress)
        seen.append(ImportJob.objects.values_list("rows_done", flat=True).get())

    monkeypatch.setattr(background_imports._Progress, "row_done", watched)

    _upload(admin_client, GOOD)

    assert seen == [0, 2, 2, 4]
    assert ImportJob.objects.get().state == ImportJob.State.READY
