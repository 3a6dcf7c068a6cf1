"""Errors: translated 404 and 500 pages that leak nothing; a cached report keeps being served
while the database is away, and the health check says so."""

import socket
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.db import connection
from django.urls import path
from django.utils import translation

from chancellery import demo as core_demo
from chancellery import urls as site_urls

SECRET_DETAIL = "the-password-of-the-database-is-hunter2"


def boom(request):
    raise RuntimeError(SECRET_DETAIL)


# This module is also the URL configuration of the tests marked with it: the site's URLs plus a
# view that fails.
urlpatterns = [
    *i18n_patterns(path("boom/", boom), prefix_default_language=True),
    *site_urls.urlpatterns,
]

LANGUAGES = ("nl", "fr", "de", "en")
LEAKS = ("Traceback", "RuntimeError", SECRET_DETAIL, "SECRET_KEY", "DATABASES", "settings.py")


def translated(language: str, message: str) -> str:
    with translation.override(language):
        return translation.gettext(message)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.urls("tests.security.test_errors")
def test_a_server_error_gives_a_translated_page_that_leaks_nothing(client, language):
    client.raise_request_exception = False

    response = client.get(f"/{language}/boom/")

    html = response.content.decode()
    assert response.status_code == 500
    assert settings.DEBUG is False
    assert translated(language, "Server error") in html
    assert f'<html lang="{language}">' in html
    assert not [leak for leak in LEAKS if leak in html]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_page_gives_a_translated_page_that_leaks_nothing(client, language):
    response = client.get(f"/{language}/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert translated(language, "Page not found") in html
    assert not [leak for leak in LEAKS if leak in html]


def test_the_error_pages_are_translated_into_the_official_languages():
    for language in ("nl", "fr", "de"):
        assert translated(language, "Server error") != "Server error"
        assert translated(language, "Page not found") != "Page not found"


@contextmanager
def database_away():
    """Point the connection at a port where no database listens, then back."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    original = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(dead_port))
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(original)


@pytest.fixture
def published_2016():
    core_demo.load()
    core_demo.publish()


@pytest.mark.django_db(transaction=True)
def test_the_last_edition_seen_is_served_while_the_database_is_away(client, published_2016):
    if connection.vendor != "postgresql":
        pytest.skip("needs a database server to take away")
    before = client.get("/fr/reports/2016/")
    assert before.status_code == 200

    with database_away():
        during = client.get("/fr/reports/2016/")
        health = client.get("/healthz")

    assert (during.status_code, during.content) == (200, before.content)
    assert during["X-Edition-Stale"] == "database unavailable"
    assert not before.has_header("X-Edition-Stale")
    assert health.status_code == 503
    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_page_that_needs_the_database_fails_cleanly_while_it_is_away(client, published_2016):
    if connection.vendor != "postgresql":
        pytest.skip("needs a database server to take away")
    client.raise_request_exception = False

    with database_away():
        response = client.get("/de/reports/")

    html = response.content.decode()
    assert response.status_code == 500
    assert translated("de", "Server error") in html
    assert not [leak for leak in LEAKS if leak in html]
