"""Login throttling (django-axes): lockout per account and per client address, behind a proxy."""

import pytest
from django.core.management import call_command
from django.test import RequestFactory

from chancellery.security.network import client_ip

LOGIN = "/admin/login/"


def _login(client, username, password, address):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        HTTP_X_FORWARDED_FOR=address,
    )


def _fail(client, username, address, times):
    for _ in range(times):
        _login(client, username, "wrong-password-123", address)


@pytest.mark.axes
def test_the_right_password_is_refused_after_repeated_failures(client, staff, settings):
    _fail(client, "chief", "198.51.100.7", settings.AXES_FAILURE_LIMIT)
    response = _login(client, "chief", "a-long-test-password", "198.51.100.7")
    assert response.status_code == 429
    assert "Te veel mislukte aanmeldingen" in response.content.decode()


@pytest.mark.axes
def test_failures_for_an_account_from_many_addresses_do_not_lock_it_out_elsewhere(
    client, staff, settings
):
    for number in range(settings.AXES_FAILURE_LIMIT):
        _fail(client, "chief", f"198.51.100.{number + 1}", 1)

    assert _login(client, "chief", "a-long-test-password", "203.0.113.9").status_code == 302


@pytest.mark.axes
def test_made_up_names_from_one_address_do_not_lock_a_real_user_there_below_its_limit(
    client, staff, settings
):
    for number in range(settings.LOGIN_ADDRESS_FAILURE_LIMIT - 1):
        _fail(client, f"guess-{number}", "198.51.100.7", 1)

    assert _login(client, "chief", "a-long-test-password", "198.51.100.7").status_code == 302


@pytest.mark.axes
def test_an_address_guessing_accounts_is_locked_for_every_account_at_its_own_limit(
    client, staff, settings
):
    for number in range(settings.LOGIN_ADDRESS_FAILURE_LIMIT):
        _fail(client, f"guess-{number}", "198.51.100.7", 1)

    assert _login(client, "chief", "a-long-test-password", "198.51.100.7").status_code == 429


@pytest.mark.axes
def test_the_address_limit_is_higher_than_the_account_limit(settings):
    assert settings.LOGIN_ADDRESS_FAILURE_LIMIT > settings.AXES_FAILURE_LIMIT


@pytest.mark.axes
def test_one_lockout_does_not_block_other_people(client, staff, django_user_model, settings):
    settings.TRUSTED_PROXY_COUNT = 1  # behind the production proxy, whatever DJANGO_DEBUG says
    django_user_model.objects.create_user(
        "colleague", password="another-long-password", is_staff=True
    )
    _fail(client, "chief", "198.51.100.7", settings.AXES_FAILURE_LIMIT)
    response = _login(client, "colleague", "another-long-password", "203.0.113.9")
    assert response.status_code == 302


@pytest.mark.axes
def test_an_administrator_unlocks_an_account(client, staff, settings):
    _fail(client, "chief", "198.51.100.7", settings.AXES_FAILURE_LIMIT)
    call_command("axes_reset_username", "chief", stdout=open("/dev/null", "w"))
    call_command("axes_reset_ip", "198.51.100.7", stdout=open("/dev/null", "w"))
    assert _login(client, "chief", "a-long-test-password", "198.51.100.7").status_code == 302


def test_client_address_is_the_one_the_proxy_appended(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.7", REMOTE_ADDR="10.0.0.2"
    )
    # 10.9.9.9 is what the client claimed; the proxy appended the address it really saw.
    assert client_ip(request) == "198.51.100.7"


def test_without_a_proxy_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="10.9.9.9", REMOTE_ADDR="198.51.100.7")
    assert client_ip(request) == "198.51.100.7"


def test_a_request_that_bypassed_the_proxy_counts_by_its_own_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.7")
    assert client_ip(request) == "198.51.100.7"
