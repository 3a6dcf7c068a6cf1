"""Security headers on every page; production settings that pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.chancellery.factories import AnnualReportFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def test_public_pages_carry_a_strict_content_security_policy(client):
    AnnualReportFactory(year=2016, published=True)

    policy = client.get("/nl/reports/2016/")["Content-Security-Policy"]

    for directive in (
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "script-src 'self'",
        "style-src 'self'",
    ):
        assert directive in policy
    assert "unsafe-inline" not in policy


def test_the_admin_is_relaxed_only_for_inline_styles(admin_client):
    policy = admin_client.get("/admin/")["Content-Security-Policy"]

    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "script-src 'self'" in policy
    assert "script-src 'self' 'unsafe-inline'" not in policy


@pytest.mark.parametrize("url", ["/nl/reports/", "/healthz", "/admin/login/"])
def test_every_response_carries_the_hardening_headers(client, url):
    response = client.get(url)

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_pages_that_may_show_personal_data_are_never_stored(admin_client):
    response = admin_client.get("/admin/")

    assert "no-store" in response["Cache-Control"]


def test_public_report_pages_may_be_cached(client):
    AnnualReportFactory(year=2016, published=True)

    assert "no-store" not in client.get("/nl/reports/2016/").get("Cache-Control", "")


def test_production_settings_pass_the_deployment_check():
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "k3y-" + "x7Qz9!pL" * 7,
        "DJANGO_ALLOWED_HOSTS": "example.org",
    }
    for name in ("DJANGO_HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"):  # set by other tests' fixtures
        env.pop(name, None)

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_production_redirects_to_https_and_sends_hsts(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True

    plain = client.get("/nl/reports/")
    secure = client.get("/nl/reports/", secure=True)

    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")
    assert secure["Strict-Transport-Security"].startswith("max-age=31536000; includeSubDomains")


def test_the_health_check_answers_over_plain_http_behind_the_proxy(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/healthz").status_code == 200
