"""The cached report is served before the view (middleware), never stale, never to staff."""

import pytest
from django.test import Client

from chancellery import caching

pytestmark = pytest.mark.django_db

URL = "/nl/reports/2016/"


@pytest.fixture
def report(build_scale_data):
    build_scale_data("small")
    first = Client().get(URL)
    assert first.status_code == 200
    return first


def test_a_cached_report_is_served_without_a_database_query(report, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = Client().get(URL)
    assert response.content == report.content
    assert response["ETag"] == report["ETag"]
    assert response["Content-Language"] == "nl"


def test_a_matching_etag_is_answered_304_before_the_view(report, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = Client().get(URL, HTTP_IF_NONE_MATCH=report["ETag"])
    assert response.status_code == 304


def test_a_change_in_the_year_rebuilds_the_page(report):
    caching.bump_years([2016])
    response = Client().get(URL)
    assert response["ETag"] != report["ETag"]


def test_staff_are_not_served_the_cached_page(report, admin_client):
    response = admin_client.get(URL)
    assert response.status_code == 200
    assert not response.has_header("ETag")
