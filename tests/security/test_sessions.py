"""Sessions end after inactivity, after an absolute lifetime, and when the user is deactivated."""

import time

from django.conf import settings as project_settings

from chancellery.security.log import LOGIN_AT_SESSION_KEY


def test_sessions_expire_after_half_an_hour_without_a_request():
    assert project_settings.SESSION_COOKIE_AGE <= 30 * 60
    assert project_settings.SESSION_SAVE_EVERY_REQUEST


def test_each_request_pushes_the_inactivity_expiry_back(client, staff):
    client.force_login(staff)
    response = client.get("/admin/")
    assert response.cookies["sessionid"]["max-age"] == project_settings.SESSION_COOKIE_AGE


def test_a_session_older_than_the_absolute_lifetime_is_logged_out(client, staff, settings):
    client.force_login(staff)
    session = client.session
    session[LOGIN_AT_SESSION_KEY] = int(time.time()) - settings.SESSION_ABSOLUTE_LIFETIME - 1
    session.save()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_recent_session_stays_open(client, staff):
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_a_deactivated_users_next_request_is_anonymous(client, staff):
    client.force_login(staff)
    staff.is_active = False
    staff.save()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_passwords_need_twelve_characters(db):
    import pytest
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("Xq7#vR2!mK9")
    validate_password("Xq7#vR2!mK9$")
