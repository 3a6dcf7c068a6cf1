"""Findings 2 and 3: a guest is named in no admin log entry, cookie or temporary file, and the
import's confirm step reads only an upload the server stored itself."""

import tempfile
from pathlib import Path

import pytest
import tablib
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile

from ceremonies.models import Guest
from ceremonies.services import guests_anonymise
from tests.ceremonies.factories import CeremonyFactory, GuestCategoryFactory, GuestFactory

pytestmark = pytest.mark.django_db

NAME = "Traceable Xylophonist"
HEADERS = ["ceremony", "category", "name", "organisation", "email"]


@pytest.fixture
def gala():
    return CeremonyFactory(code="gala"), GuestCategoryFactory(code="senators")


def _guest_csv(*names) -> bytes:
    rows = [["gala", "senators", name, "Senaat", "x@example.invalid"] for name in names]
    return tablib.Dataset(*rows, headers=HEADERS).export("csv").encode()


def _preview(client, content: bytes):
    upload = SimpleUploadedFile("guests.csv", content, content_type="text/csv")
    return client.post(
        "/admin/ceremonies/guest/import/", {"import_file": upload, "format": "0", "resource": "0"}
    )


def _files_holding(text: str) -> list[Path]:
    found = []
    for path in Path(tempfile.gettempdir()).iterdir():
        try:
            if path.is_file() and text.encode() in path.read_bytes():
                found.append(path)
        except OSError:  # another user's file
            pass
    return found


def test_an_imported_guest_is_logged_by_id_not_by_name(gala, admin_client):
    preview = _preview(admin_client, _guest_csv(NAME))
    admin_client.post(
        "/admin/ceremonies/guest/process_import/", preview.context["confirm_form"].initial
    )

    guest = Guest.objects.get()
    entry = LogEntry.objects.get(content_type=ContentType.objects.get_for_model(Guest))
    assert (entry.object_id, entry.object_repr, entry.action_flag) == (
        str(guest.pk),
        f"#{guest.pk}",
        ADDITION,
    )


def test_a_deleted_guest_is_logged_by_id_not_by_name(admin_client):
    guest = GuestFactory(name=NAME)

    admin_client.post(f"/admin/ceremonies/guest/{guest.pk}/delete/", {"post": "yes"})

    assert list(LogEntry.objects.values_list("object_repr", flat=True)) == [f"#{guest.pk}"]


def test_the_anonymisation_cleans_a_log_entry_naming_a_guest(admin_user):
    guest = GuestFactory(name=NAME)
    LogEntry.objects.create(
        user=admin_user,
        content_type=ContentType.objects.get_for_model(Guest),
        object_id=str(guest.pk),
        object_repr=NAME,
        action_flag=ADDITION,
    )

    guests_anonymise(
        retention_days=0, today=guest.ceremony.date.replace(year=guest.ceremony.date.year + 2)
    )

    assert list(LogEntry.objects.values_list("object_repr", flat=True)) == [f"#{guest.pk}"]


def test_a_message_naming_a_guest_lives_in_the_session_not_in_a_cookie(admin_client):
    guest = GuestFactory(name=NAME)

    response = admin_client.post(f"/admin/ceremonies/guest/{guest.pk}/delete/", {"post": "yes"})

    assert "messages" not in response.cookies


def test_an_import_preview_leaves_no_file_with_the_guests_in_the_temp_folder(gala, admin_client):
    preview = _preview(admin_client, _guest_csv(NAME))

    assert preview.context["confirm_form"] is not None
    assert _files_holding(NAME) == []


def test_a_refused_import_preview_keeps_nothing_to_confirm(gala, admin_client):
    from django.core.cache import cache

    preview = _preview(admin_client, _guest_csv(NAME, ""))  # the second row has no name

    assert preview.context.get("confirm_form") is None
    assert [key for key in cache._cache if "import-preview" in key] == []


@pytest.fixture
def planted():
    """A guest list in the temporary folder, as django-import-export's default storage left it."""
    path = Path(tempfile.mkstemp(suffix=".csv")[1])
    path.write_bytes(_guest_csv("Planted Guest"))
    yield path
    path.unlink(missing_ok=True)


def test_the_confirm_step_refuses_a_file_name_the_server_did_not_issue(gala, admin_client, planted):

    response = admin_client.post(
        "/admin/ceremonies/guest/process_import/",
        {"import_file_name": planted.name, "original_file_name": "x.csv", "format": "0"},
    )

    assert response.status_code == 200
    assert "Deze import is niet door deze server voorbereid" in response.content.decode()
    assert planted.exists()
    assert Guest.objects.count() == 0


def test_the_confirm_step_refuses_a_path_out_of_the_temp_folder(gala, admin_client):
    response = admin_client.post(
        "/admin/ceremonies/guest/process_import/",
        {"import_file_name": "../../etc/passwd", "original_file_name": "x.csv", "format": "0"},
    )

    assert response.status_code == 200
    assert Guest.objects.count() == 0
