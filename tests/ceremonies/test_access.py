"""Guests are visible only with the guest permissions; the check-in page works for the protocol."""

import re

import pytest
from django.contrib.auth.models import Permission

from ceremonies.models import Guest
from tests.ceremonies.factories import GuestFactory

pytestmark = pytest.mark.django_db


def test_guest_admin_changelist_is_403_without_the_guest_permissions(client, staff_user):
    client.force_login(staff_user)

    assert client.get("/admin/ceremonies/guest/").status_code == 403


def test_guest_admin_changelist_is_open_to_the_protocol_role(client, protocol_user):
    client.force_login(protocol_user)

    assert client.get("/admin/ceremonies/guest/").status_code == 200


def test_guest_import_is_403_for_a_user_who_may_only_view_guests(client, staff_user):
    staff_user.user_permissions.add(Permission.objects.get(codename="view_guest"))
    client.force_login(staff_user)

    assert client.get("/admin/ceremonies/guest/import/").status_code == 403


def test_checkin_is_403_without_the_guest_permissions(client, staff_user):
    client.force_login(staff_user)

    assert client.get("/nl/checkin/").status_code == 403


def test_checkin_sends_anonymous_users_to_the_login_page(client):
    response = client.get("/nl/checkin/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_marking_attended_is_403_without_the_guest_permissions(client, staff_user):
    guest = GuestFactory()
    client.force_login(staff_user)

    response = client.post(f"/nl/checkin/{guest.ceremony.pk}/guests/{guest.pk}/attended/")

    assert response.status_code == 403
    guest.refresh_from_db()
    assert guest.status == Guest.Status.CONFIRMED


def test_checkin_search_finds_the_guest_by_name(client, protocol_user):
    guest = GuestFactory(name="Marie Dubois-Lambert")
    client.force_login(protocol_user)

    response = client.get(f"/fr/checkin/{guest.ceremony.pk}/", {"q": "dubois"})

    assert "Marie Dubois-Lambert" in response.content.decode()


def test_checkin_marks_the_guest_attended(client, protocol_user):
    guest = GuestFactory()
    client.force_login(protocol_user)

    client.post(f"/nl/checkin/{guest.ceremony.pk}/guests/{guest.pk}/attended/", {"q": guest.name})

    guest.refresh_from_db()
    assert guest.status == Guest.Status.ATTENDED


def test_checkin_refuses_a_guest_of_a_published_year(client, protocol_user, demo_2016):
    guest = Guest.objects.filter(ceremony__date__year=2016, status=Guest.Status.CONFIRMED).first()
    client.force_login(protocol_user)

    client.post(f"/nl/checkin/{guest.ceremony.pk}/guests/{guest.pk}/attended/")

    guest.refresh_from_db()
    assert guest.status == Guest.Status.CONFIRMED


def test_checkin_pages_are_never_cached(client, protocol_user):
    guest = GuestFactory()
    client.force_login(protocol_user)

    response = client.get(f"/nl/checkin/{guest.ceremony.pk}/", {"q": guest.name})

    assert "no-store" in response["Cache-Control"]


def test_checkin_page_has_no_inline_script_or_style_and_posts_with_csrf(client, protocol_user):
    guest = GuestFactory()
    client.force_login(protocol_user)

    html = client.get(f"/nl/checkin/{guest.ceremony.pk}/", {"q": guest.name}).content.decode()

    assert "<script" not in html
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert "csrfmiddlewaretoken" in html
