"""A password is not enough: the admin, the dashboards and the check-in ask for a second factor."""

import re

import pytest
from django.core.management import call_command
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from chancellery.security.services import recovery_codes_renew
from tests.chancellery.factories import AnnualReportFactory
from tests.security.helpers import code_of

pytestmark = pytest.mark.otp

PROTECTED = ["/admin/", "/nl/dashboard/", "/fr/checkin/"]


@pytest.mark.parametrize("path", PROTECTED)
def test_staff_without_a_second_factor_is_sent_to_enrol(client, staff, path):
    client.force_login(staff)
    response = client.get(path)
    assert response.status_code == 302
    assert "/account/enrol/?next=" in response["Location"]


@pytest.mark.parametrize("path", PROTECTED)
def test_staff_with_a_second_factor_is_asked_for_a_code(client, staff, authenticator, path):
    client.force_login(staff)
    response = client.get(path)
    assert response.status_code == 302
    assert "/account/verify/?next=" in response["Location"]


def test_a_password_alone_does_not_open_a_draft_report(client, staff):
    AnnualReportFactory(year=2031)
    client.force_login(staff)
    assert client.get("/nl/reports/2031/").status_code == 404


def test_the_requirement_can_be_switched_off_for_the_test_suite(client, staff, settings):
    settings.OTP_REQUIRED = False
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200


def test_enrolment_page_shows_a_local_qr_code_without_inline_script_or_style(client, staff):
    client.force_login(staff)
    response = client.get("/nl/account/enrol/?next=/admin/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in html
    assert "<script" not in html
    assert not re.search(r"\sstyle=", html)
    policy = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy
    assert "no-store" in response["Cache-Control"]


def test_enrolment_keeps_the_same_secret_when_the_page_is_reloaded(client, staff):
    client.force_login(staff)
    client.get("/nl/account/enrol/")
    client.get("/nl/account/enrol/")
    assert TOTPDevice.objects.filter(user=staff).count() == 1


def test_enrolment_with_a_correct_code_opens_the_admin_and_hands_out_recovery_codes(client, staff):
    client.force_login(staff)
    client.get("/nl/account/enrol/")
    device = TOTPDevice.objects.get(user=staff)
    response = client.post("/nl/account/enrol/", {"token": code_of(device), "next": "/admin/"})
    assert response.status_code == 200
    assert len(response.context["codes"]) == 10
    assert StaticDevice.objects.get(user=staff).token_set.count() == 10
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_enrolment_with_a_wrong_code_confirms_nothing(client, staff):
    client.force_login(staff)
    client.get("/nl/account/enrol/")
    response = client.post("/nl/account/enrol/", {"token": "000000"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not TOTPDevice.objects.get(user=staff).confirmed
    assert client.get("/admin/").status_code == 302


def test_a_password_alone_cannot_replace_an_enrolled_second_factor(client, staff, authenticator):
    client.force_login(staff)
    response = client.get("/nl/account/enrol/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/nl/account/verify/")


def test_a_code_of_the_authenticator_opens_the_admin(client, staff, authenticator):
    client.force_login(staff)
    data = {"token": code_of(authenticator), "next": "/admin/"}
    response = client.post("/nl/account/verify/", data)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_opens_nothing(client, staff, authenticator):
    client.force_login(staff)
    response = client.post("/nl/account/verify/", {"token": "123456", "next": "/admin/"})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_verification_never_redirects_to_another_site(client, staff, authenticator):
    client.force_login(staff)
    response = client.post(
        "/nl/account/verify/", {"token": code_of(authenticator), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_a_recovery_code_opens_the_admin_once(client, staff, authenticator):
    code = recovery_codes_renew(user=staff)[0]
    client.force_login(staff)
    assert client.post("/nl/account/verify/", {"token": code}).status_code == 302
    assert client.get("/admin/").status_code == 200
    client.logout()
    client.force_login(staff)
    assert client.post("/nl/account/verify/", {"token": code}).status_code == 200
    assert client.get("/admin/").status_code == 302


def test_reset_command_sends_the_user_back_to_enrolment(client, staff, authenticator):
    recovery_codes_renew(user=staff)
    client.force_login(staff)
    client.post("/nl/account/verify/", {"token": code_of(authenticator)})
    call_command("reset_second_factor", "chief", stdout=open("/dev/null", "w"))
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert not StaticDevice.objects.filter(user=staff).exists()
    response = client.get("/admin/")
    assert response["Location"].startswith("/nl/account/enrol/")


def test_reset_command_refuses_an_unknown_user(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("reset_second_factor", "nobody")


def test_the_public_report_pages_ask_for_nothing(client, staff):
    client.force_login(staff)
    assert client.get("/nl/reports/").status_code == 200
