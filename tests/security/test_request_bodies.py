"""Finding 9: an anonymous request's body is refused above a small size before anything reads it
(no upload handler spools it to disk); logged-in staff upload files as before."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.urls import reverse

pytestmark = pytest.mark.django_db

HANDLED = []


class RecordingUploadHandler(FileUploadHandler):
    """Records every request whose body reached the upload handlers."""

    def new_file(self, *args, **kwargs):
        HANDLED.append(args[0])
        super().new_file(*args, **kwargs)

    def receive_data_chunk(self, raw_data, start):
        return raw_data

    def file_complete(self, file_size):
        return None


@pytest.fixture
def recording(settings):
    HANDLED.clear()
    settings.FILE_UPLOAD_HANDLERS = [
        f"{__name__}.RecordingUploadHandler",
        "django.core.files.uploadhandler.MemoryFileUploadHandler",
    ]
    yield HANDLED
    HANDLED.clear()


def test_an_anonymous_megabyte_post_to_the_login_is_refused_unread(client, recording):
    upload = SimpleUploadedFile("big.bin", b"x" * 2**20)
    response = client.post(
        "/admin/login/",
        {"username": "a", "password": "b", "file": upload},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert recording == []


def test_the_refusal_is_translated(client, recording):
    response = client.post(
        "/admin/login/",
        {"file": SimpleUploadedFile("big.bin", b"x" * 2**20)},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 413
    assert "trop" in response.content.decode()


def test_a_forged_session_cookie_does_not_lift_the_limit(client, recording):
    client.cookies["sessionid"] = "made-up-session-key"
    response = client.post("/admin/login/", {"file": SimpleUploadedFile("b.bin", b"x" * 2**20)})
    assert response.status_code == 413
    assert recording == []


def test_a_login_form_is_well_below_the_limit(client, recording):
    response = client.post("/admin/login/", {"username": "a" * 150, "password": "b" * 4096})
    assert response.status_code == 200


def test_logged_in_staff_still_upload_a_file_above_it(admin_client, recording):
    upload = SimpleUploadedFile("stats.csv", b"site,period,visits\n" + b"\n" * 2**17)
    response = admin_client.post(
        reverse("admin:communication_webstatistic_import"), {"file": upload, "format": "plain"}
    )
    assert response.status_code != 413
    assert recording == ["file"]
