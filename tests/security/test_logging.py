"""The security log: logins, failures, refused accesses; never a password or a guest's name."""

import logging

import pytest

from tests.ceremonies.factories import GuestFactory

LOGGER = "chancellery.security"


def test_a_successful_staff_login_is_logged(client, staff, caplog):
    with caplog.at_level(logging.INFO, logger=LOGGER):
        client.post("/admin/login/", {"username": "chief", "password": "a-long-test-password"})
    assert any("event=login user=chief" in m and "staff=True" in m for m in caplog.messages)


def test_a_failed_login_is_logged_without_the_password(client, staff, caplog):
    with caplog.at_level(logging.INFO, logger=LOGGER):
        client.post("/admin/login/", {"username": "chief", "password": "guessed-password-42"})
    assert any("event=login-failed user=chief" in m for m in caplog.messages)
    assert "guessed-password-42" not in caplog.text


def test_a_refused_access_is_logged_without_the_query_string(client, django_user_model, caplog):
    guest = GuestFactory()
    clerk = django_user_model.objects.create_user("clerk", is_staff=True)
    client.force_login(clerk)
    with caplog.at_level(logging.INFO, logger=LOGGER):
        response = client.get("/admin/ceremonies/guest/", {"q": guest.name})
    assert response.status_code == 403
    assert any("event=access-refused user=clerk" in m for m in caplog.messages)
    assert guest.name not in caplog.text


@pytest.mark.axes
def test_a_lockout_is_logged(client, staff, settings, caplog):
    with caplog.at_level(logging.INFO, logger=LOGGER):
        for _ in range(settings.AXES_FAILURE_LIMIT + 1):
            client.post("/admin/login/", {"username": "chief", "password": "wrong-password-123"})
    assert any("event=locked-out" in m for m in caplog.messages)


@pytest.mark.otp
def test_a_wrong_second_factor_code_is_logged(client, staff, caplog):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    client.force_login(staff)
    with caplog.at_level(logging.INFO, logger=LOGGER):
        client.post("/nl/account/verify/", {"token": "000000"})
    assert any("event=second-factor-failed user=chief" in m for m in caplog.messages)
    assert "000000" not in caplog.text


@pytest.mark.django_db
def test_a_user_name_cannot_forge_a_second_log_line(client, caplog):
    forged = "nobody\nevent=login user=chief ip=10.0.0.1 staff=True"
    with caplog.at_level(logging.INFO, logger=LOGGER):
        client.post("/admin/login/", {"username": forged, "password": "guessed-password-42"})

    # A forged event would start a line of its own; the real one is a single line.
    assert [line for line in caplog.text.splitlines() if line.startswith("event=")] == []
    assert [m for m in caplog.messages if "\n" in m] == []


def test_log_values_are_escaped_and_quoted():
    from chancellery.security.log import log_value

    assert log_value('a b\n"c"\x1b[31m') == '"a b\\n\\"c\\"\\x1b[31m"'
