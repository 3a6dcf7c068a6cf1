"""The report cached per year and language, invalidated by that year's changes only; 304s."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.chancellery.factories import AnnualReportFactory, IctYearFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def report_2016():
    ict = IctYearFactory(year=2016, requests_handled=12500)
    AnnualReportFactory(year=2016, published=True)
    return ict


def test_a_second_request_is_served_from_the_cache_without_queries(client, report_2016):
    client.get("/nl/reports/2016/")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/nl/reports/2016/")

    assert response.status_code == 200
    assert "12.500" in response.content.decode()
    assert len(queries) == 0


def test_each_language_is_cached_on_its_own(client, report_2016):
    client.get("/nl/reports/2016/")

    response = client.get("/en/reports/2016/")

    assert "12,500" in response.content.decode()


def test_a_change_to_the_years_data_invalidates_its_cached_report(
    client, report_2016, django_capture_on_commit_callbacks
):
    from chancellery import freeze

    client.get("/nl/reports/2016/")
    with django_capture_on_commit_callbacks(execute=True), freeze.lifted():
        report_2016.requests_handled = 13000
        report_2016.save()

    assert "13.000" in client.get("/nl/reports/2016/").content.decode()


def test_a_change_to_another_years_data_keeps_the_cache(client, report_2016):
    from chancellery.caching import year_version

    client.get("/nl/reports/2016/")
    before = year_version(2016)

    IctYearFactory(year=2018)

    assert year_version(2016) == before


def test_a_change_to_the_previous_year_invalidates_the_next_years_report(client, report_2016):
    from chancellery.caching import year_version

    before = year_version(2016)

    IctYearFactory(year=2015)

    assert year_version(2016) != before


def test_a_conditional_request_is_answered_304_without_running_the_view(client, report_2016):
    first = client.get("/nl/reports/2016/")

    with CaptureQueriesContext(connection) as queries:
        second = client.get("/nl/reports/2016/", HTTP_IF_NONE_MATCH=first["ETag"])

    assert second.status_code == 304
    assert len(queries) == 0


def test_the_etag_changes_when_the_data_changes(client, report_2016):
    from chancellery import freeze

    etag = client.get("/nl/reports/2016/")["ETag"]
    with freeze.lifted():
        report_2016.requests_handled = 1
        report_2016.save()

    response = client.get("/nl/reports/2016/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200


def test_the_report_carries_last_modified(client, report_2016):
    response = client.get("/nl/reports/2016/")

    assert response.has_header("Last-Modified")
    assert response.has_header("ETag")


def test_staff_previewing_a_draft_bypass_the_cache(client, staff_user):
    AnnualReportFactory(year=2017)
    client.get("/nl/reports/2017/")  # 404 for the public: not cached
    client.force_login(staff_user)

    response = client.get("/nl/reports/2017/")

    assert response.status_code == 200
    assert not response.has_header("ETag")


def test_publishing_makes_the_public_see_the_report_at_once(client, django_capture_on_commit_callbacks):
    from chancellery.models import AnnualReport

    report = AnnualReportFactory(year=2017)
    assert client.get("/nl/reports/2017/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        report.status = AnnualReport.Status.PUBLISHED
        report.published_at = report.published_at or __import__("django.utils.timezone").utils.timezone.now()
        report.save()

    assert client.get("/nl/reports/2017/").status_code == 200


def test_cached_pages_hold_no_inline_script_or_style(client, report_2016):
    content = client.get("/nl/reports/2016/").content.decode()

    assert "<script" not in content
    assert "style=" not in content
    assert "<style" not in content


def test_a_cached_page_is_served_compressed_to_browsers_that_accept_it(client, report_2016):
    import gzip

    plain = client.get("/nl/reports/2016/").content

    response = client.get("/nl/reports/2016/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(response.content) == plain
    assert len(response.content) < len(plain) / 3


def test_a_client_without_gzip_gets_the_plain_page(client, report_2016):
    client.get("/nl/reports/2016/")

    response = client.get("/nl/reports/2016/")

    assert not response.has_header("Content-Encoding")
    assert "12.500" in response.content.decode()


def test_another_instances_change_is_seen_once_the_remembered_version_expires(
    client, report_2016, settings
):
    from django.core.cache import cache

    from chancellery.caching import recent_year_version

    settings.REPORT_VERSION_MAX_AGE = 60
    remembered = recent_year_version(2016)
    cache.set("report-version:2016", remembered + 1, None)  # what another instance's bump writes

    assert recent_year_version(2016) == remembered
    settings.REPORT_VERSION_MAX_AGE = 0
    assert recent_year_version(2016) == remembered + 1


def test_a_change_through_this_instance_is_seen_at_once(client, report_2016, settings):
    from chancellery.caching import bump_years, recent_year_version

    settings.REPORT_VERSION_MAX_AGE = 60
    remembered = recent_year_version(2016)

    bump_years({2016})

    assert recent_year_version(2016) != remembered


def test_a_head_request_of_a_cached_page_has_no_body(client, report_2016):
    client.get("/nl/reports/2016/")

    response = client.head("/nl/reports/2016/")

    assert response.status_code == 200
    assert response.content == b""
