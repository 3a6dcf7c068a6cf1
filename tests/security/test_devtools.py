"""Finding 9: the developer and benchmark commands are not shipped to production; the tests and
`make bench` install them (the devtools app)."""

import os
import subprocess
import sys
from pathlib import Path

from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
DEVELOPER_COMMANDS = [
    "bench_session",
    "bench_publish",
    "bench_guest_import",
    "count_queries",
    "generate_scale_data",
]


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/nonexistent"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_do_not_know_the_benchmark_commands():
    production = {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "a.be",
    }
    for command in ("bench_session", "generate_scale_data"):
        result = _manage("help", command, **production)
        assert result.returncode != 0
        assert f"Unknown command: '{command}'" in result.stderr


def test_devtools_installs_them_when_asked():
    production = {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "a.be",
    }
    result = _manage("help", "bench_session", DJANGO_DEVTOOLS="1", **production)
    assert result.returncode == 0, result.stderr
    assert "superuser" in result.stdout


def test_the_commands_live_in_devtools_only():
    commands = get_commands()
    assert {name: commands[name] for name in DEVELOPER_COMMANDS} == dict.fromkeys(
        DEVELOPER_COMMANDS, "devtools"
    )
