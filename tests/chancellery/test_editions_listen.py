"""The answers kept per process (chancellery/serving.py ``routes``): no query while PostgreSQL
notifies no change, and every write, whatever makes it, forgets them. These tests commit (the
notifications are sent at commit), so they listen; every other test asks on every request."""

import time

import pytest
from django.db import connection

from chancellery import serving
from chancellery.services import report_unpublish
from tests.chancellery.factories import AnnualReportFactory, IctYearFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="LISTEN/NOTIFY is PostgreSQL's"
)

URL = "/nl/reports/2016/"


@pytest.fixture
def listening(transactional_db, settings):
    settings.EDITION_LISTEN = True
    serving.forget()
    IctYearFactory(year=2016)
    report = AnnualReportFactory(year=2016, published=True)
    yield report
    if serving.routes._listener is not None:
        serving.routes._lost(RuntimeError("end of the test"))


def _until(condition, timeout=5.0):
    """Poll ``condition`` until it holds (a notification is delivered asynchronously)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _listener_pids() -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE query = %s",
            [f"LISTEN {serving.CHANNEL}"],
        )
        return [pid for (pid,) in cursor.fetchall()]


def test_a_kept_answer_costs_no_query(listening, client, django_assert_num_queries):
    assert client.get(URL).status_code == 200

    with django_assert_num_queries(0):
        response = client.get(URL)

    assert response.status_code == 200
    page = listening.current_edition.files.get(language="nl", name="")
    assert response["ETag"] == f'"{page.sha256}"'


def test_the_withdrawal_is_heard_before_the_service_returns(listening, client):
    assert client.get(URL).status_code == 200
    assert client.get(URL).status_code == 200  # kept

    report_unpublish(report=listening, user=None)

    assert client.get(URL).status_code == 404


def test_a_write_by_any_path_forgets_the_kept_answers(listening, client):
    assert client.get(URL).status_code == 200
    generation = serving.routes.generation

    # Not through the service: SQL by hand, as a script or a restore would write.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE chancellery_annualreport SET status = 'draft', current_edition_id = NULL "
            "WHERE year = 2016"
        )

    assert _until(lambda: serving.lookup("nl", 2016, None, "") is None)
    assert serving.routes.generation > generation
    assert client.get(URL).status_code == 404


def test_a_lost_listening_connection_asks_the_database_until_it_listens_again(
    listening, client, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr(serving._Routes, "RETRY_SECONDS", 0.0)
    assert client.get(URL).status_code == 200
    (pid,) = _listener_pids()

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    assert _until(lambda: pid not in _listener_pids())
    # A write it can no longer hear of.
    with connection.cursor() as cursor:
        cursor.execute("UPDATE chancellery_annualreport SET status = 'draft' WHERE year = 2016")

    assert client.get(URL).status_code == 404  # asked, not the kept answer
    with connection.cursor() as cursor:
        cursor.execute("UPDATE chancellery_annualreport SET status = 'published' WHERE year = 2016")
    assert client.get(URL).status_code == 200  # listening again (it asked, and kept it)
    assert len(_listener_pids()) == 1
    with django_assert_num_queries(0):
        assert client.get(URL).status_code == 200  # kept again
