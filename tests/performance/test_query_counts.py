"""The report, each section, the dashboard and every admin changelist cost the same number of
queries with a few rows and with a few thousand (the scale generators at two sizes)."""

import pytest
from django.contrib import admin
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chancellery.models import Edition
from chancellery.registry import registry

YEAR = 2016
REPORT_URL = f"/nl/reports/{YEAR}/"
DASHBOARD_URL = f"/nl/dashboard/?year={YEAR}"

# What each section costs: small, fixed numbers (see each app's report.py).
SECTION_QUERIES = {
    "meetings": 4,
    "ceremonies": 4,
    "hr": 2,
    "procurement": 5,
    "ict": 1,
    "communication": 3,
    "campaigns": 3,
}
# The report page: the report itself plus every section.
REPORT_QUERIES = 1 + sum(SECTION_QUERIES.values())

pytestmark = pytest.mark.django_db


def _changelist_urls() -> list[str]:
    return [
        reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for model in admin.site._registry
    ]


def _queries(client: Client, url: str) -> int:
    # Warm the per-process caches (content types, permissions, translations). A one-record
    # model's list opens its record or its add form: that page is counted too.
    client.get(url, follow=True)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return len(captured)


def _superuser_client(django_user_model) -> Client:
    client = Client()
    client.force_login(
        django_user_model.objects.create_superuser(username="perf", password="x" * 16)
    )
    return client


def _counted(build, size: str, measure):
    """``measure()`` on the scale data of ``size``, then everything rolled back."""
    with transaction.atomic():
        build(size)
        result = measure()
        transaction.set_rollback(True)
    return result


@pytest.mark.parametrize("size", ["small", "large"])
def test_the_published_report_costs_one_query(build_scale_data, django_assert_num_queries, size):
    build_scale_data(size)
    client = Client()
    client.get(REPORT_URL)  # its bytes are kept by this process from now on
    with django_assert_num_queries(1):
        response = client.get(REPORT_URL)
    assert response.status_code == 200


@pytest.mark.parametrize("size", ["small", "large"])
def test_rendering_the_report_page_costs_a_fixed_number_of_queries(
    build_scale_data, django_assert_num_queries, size
):
    """What an edition's page costs to render (by the worker, off the request path): the report,
    its sections and the list of its corrections."""
    from chancellery import editions
    from chancellery import registry as core_registry

    build_scale_data(size)
    edition = Edition.objects.select_related("report").get(report__year=YEAR)
    with django_assert_num_queries(REPORT_QUERIES):
        sections = core_registry.registry.sections(YEAR)
        context = editions.page_context(
            edition.report, sections=sections, edition=edition, base=editions.edition_path(YEAR, 1)
        )
        html = render_to_string(editions.PAGE_TEMPLATE, context)
    assert "<h1>" in html


@pytest.mark.parametrize("size", ["small", "large"])
def test_every_section_is_filled_at_a_fixed_number_of_queries(
    build_scale_data, django_assert_num_queries, size
):
    build_scale_data(size)
    assert set(registry.section_keys()) == set(SECTION_QUERIES)
    for key, expected in SECTION_QUERIES.items():
        with django_assert_num_queries(expected):
            section = registry.section_builder(key)(YEAR)
        assert section is not None, key


def test_dashboard_costs_the_same_queries_with_more_data(
    build_scale_data, no_cache, django_user_model
):
    def measure():
        return _queries(_superuser_client(django_user_model), DASHBOARD_URL)

    small = _counted(build_scale_data, "small", measure)
    large = _counted(build_scale_data, "large", measure)
    assert small == large


def test_every_admin_changelist_costs_the_same_queries_with_more_data(
    build_scale_data, django_user_model
):
    def measure():
        client = _superuser_client(django_user_model)
        return {url: _queries(client, url) for url in _changelist_urls()}

    small = _counted(build_scale_data, "small", measure)
    large = _counted(build_scale_data, "large", measure)
    assert {url for url in small if small[url] != large[url]} == set()
    assert len(small) >= 20
