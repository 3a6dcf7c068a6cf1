"""The shipped nginx configuration is valid (`nginx -t`), as shipped and as bench-prod runs it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

sys.path.insert(0, str(Path(settings.BASE_DIR) / "scripts"))
import nginx_local  # noqa: E402

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def nginx_test(config: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [NGINX, "-t", "-c", str(config), "-p", str(config.parent)],
        capture_output=True,
        text=True,
        timeout=30,
    )


@pytest.fixture
def certificate(tmp_path):
    """A throwaway self-signed certificate (the shipped config names the real one's paths)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=jaarverslag.example.be",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def test_the_shipped_configuration_passes_nginx_t(tmp_path, certificate):
    config = nginx_local.main_config(
        tmp_path / "nginx", upstreams=[8001, 8002], static_root=tmp_path, certificate=certificate
    )

    result = nginx_test(config)

    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr
    assert "443 ssl http2" in config.read_text()


def test_the_bench_prod_configuration_passes_nginx_t(tmp_path):
    config = nginx_local.main_config(
        tmp_path / "nginx", upstreams=[9001, 9002], static_root=tmp_path, listen=9000
    )

    result = nginx_test(config)

    assert result.returncode == 0, result.stderr
    assert "server 127.0.0.1:9001" in config.read_text()


def test_the_report_is_micro_cached_for_a_second_and_never_for_a_session():
    locations = (nginx_local.DEPLOY / "nginx-locations.conf").read_text()

    assert "proxy_cache_valid 200 404 1s;" in locations
    assert "proxy_cache_lock on;" in locations
    assert "proxy_cache_bypass $chancellery_staff;" in locations
    assert "proxy_no_cache $chancellery_staff;" in locations
    assert "proxy_cache_key $scheme$host$uri$chancellery_gzip;" in locations  # no query string
