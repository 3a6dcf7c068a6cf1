"""Finding 4: the shipped gunicorn configuration logs request paths, never a query string (the
check-in and admin searches carry guests' names)."""

import runpy
from pathlib import Path

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"
QUERY_ATOMS = ("%(r)s", "%(q)s", "%({raw_uri}e)s", "%({query_string}e)s")


@pytest.fixture
def config() -> dict:
    return runpy.run_path(str(CONFIG))


def test_the_access_log_format_has_no_query_string(config):
    assert [atom for atom in QUERY_ATOMS if atom in config["access_log_format"]] == []


def test_the_access_log_format_logs_the_path(config):
    assert "%(U)s" in config["access_log_format"]


def test_the_production_command_of_the_readme_uses_the_configuration():
    readme = (CONFIG.parents[1] / "README.md").read_text()

    assert "gunicorn chancellery.wsgi -c deploy/gunicorn.conf.py" in readme


def test_the_web_service_of_deploy_runs_gunicorn_with_the_configuration():
    unit = (CONFIG.parent / "systemd" / "chancellery-web@.service").read_text()

    assert "gunicorn chancellery.wsgi -c deploy/gunicorn.conf.py" in unit
    assert "GUNICORN_BIND=127.0.0.1:%i" in unit
