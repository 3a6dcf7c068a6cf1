"""Several processes behave as one: a withdrawal is seen by every gunicorn worker at once, with
the default, per-process cache (the finding: 5 of 6 requests still answered 200 after it)."""

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from chancellery.services import report_unpublish
from tests.chancellery.factories import AnnualReportFactory, IctYearFactory

BASE_DIR = Path(settings.BASE_DIR)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(port: int, path: str) -> int:
    """A fresh connection per request, so that the workers share them out."""
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        client.request("GET", path, headers={"Host": "127.0.0.1"})
        response = client.getresponse()
        response.read()
        return response.status
    finally:
        client.close()


@pytest.fixture
def gunicorn(transactional_db):
    """Two gunicorn worker processes on the test database, each with its own locmem cache."""
    if connection.vendor != "postgresql":
        pytest.skip("needs a database server that other processes reach")
    db = connection.settings_dict
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_CACHE_URL": "locmem://",
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "chancellery.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    try:
        for _attempt in range(100):
            try:
                if _get(port, "/healthz") == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("gunicorn did not start")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_after_a_withdrawal_no_worker_serves_the_report(gunicorn):
    IctYearFactory(year=2016)
    report = AnnualReportFactory(year=2016, published=True)
    before = [_get(gunicorn, "/nl/reports/2016/") for _ in range(50)]
    assert before == [200] * 50  # every worker has served (and kept) the page
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN %%'")
        assert cursor.fetchone()[0] == 2  # each worker keeps its answers, and listens

    report_unpublish(report=report, user=None)

    after = [_get(gunicorn, "/nl/reports/2016/") for _ in range(50)]
    assert after.count(200) == 0
    assert set(after) == {404}
