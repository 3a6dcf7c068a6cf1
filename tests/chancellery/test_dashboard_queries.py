"""The dashboard is fast: each year's sections built once per request, a published year's figures
read from its stored edition, the same number of queries with one year of data and with ten."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chancellery.models import IctYear
from chancellery.registry import registry
from tests.chancellery.factories import AnnualReportFactory, IctTopicFactory, IctYearFactory
from tests.chancellery.stored import publish_data_only

pytestmark = pytest.mark.django_db

YEAR = 2016
URL = f"/nl/dashboard/?year={YEAR}"
# What the dashboard of a published year costs: the session (read, and saved by the session
# lifetime's middleware: 4), user and permissions (3), the report (1), both years' stored figures
# (1), the list of years (1), the calendar (2), the widgets (9, the domain apps' on no data: their
# own tests pin what they cost with data), events and editions (2). A draft year adds its
# sections, built once, and its completeness checks: the domain apps' share of that changes with
# their checks, so it is pinned as "the same with ten years" only.
PUBLISHED_QUERIES = 23


@pytest.fixture
def manager(django_user_model):
    user = django_user_model.objects.create_user(
        username="manager", password="x" * 16, is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="view_dashboard"))
    return user


def _year_of_data(year: int, *, topics: int) -> None:
    ict = IctYearFactory(
        year=year,
        requests_handled=10000 + year,
        title_fr="Titre",
        title_de="Titel",
        title_en="Title",
    )
    for _position in range(topics):
        IctTopicFactory(ict_year=ict, title_fr="T", text_fr="T")
    AnnualReportFactory(year=year)


def _queries(client) -> int:
    client.get(URL)  # the per-process caches (content types, translations) warmed
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("state", ["draft", "published"])
def test_the_dashboard_costs_the_same_queries_with_one_and_with_ten_years_of_data(
    client, manager, state
):
    client.force_login(manager)
    _year_of_data(YEAR, topics=1)
    if state == "published":
        publish_data_only(YEAR)
    one_year = _queries(client)
    for year in range(YEAR - 10, YEAR):
        _year_of_data(year, topics=6)
        publish_data_only(year)

    ten_years = _queries(client)

    assert ten_years == one_year
    if state == "published":
        assert one_year == PUBLISHED_QUERIES


def test_each_section_is_built_once_per_request(client, manager, monkeypatch):
    _year_of_data(YEAR, topics=2)
    publish_data_only(YEAR - 1)
    calls = []
    for key, builder in list(registry._sections.items()):
        monkeypatch.setitem(
            registry._sections,
            key,
            lambda year, key=key, builder=builder: calls.append((key, year)) or builder(year),
        )
    client.force_login(manager)

    client.get(URL)

    assert sorted(calls) == sorted((key, YEAR) for key in registry.section_keys())


def test_the_previous_year_is_read_from_its_stored_edition(client, manager):
    _year_of_data(YEAR - 1, topics=1)
    publish_data_only(YEAR - 1)
    _year_of_data(YEAR, topics=1)
    # Changed behind the freeze's back: the dashboard shows what was published, not this.
    IctYear.objects.filter(year=YEAR - 1).update(requests_handled=1)
    client.force_login(manager)

    response = client.get(URL)

    row = next(
        r for r in response.context["key_figures"] if r["figure"].code == "ict.requests_handled"
    )
    assert row["previous"] == 10000 + YEAR - 1
    assert row["change"] == 1


def test_a_published_year_shows_its_stored_figures(client, manager):
    _year_of_data(YEAR, topics=1)
    publish_data_only(YEAR)
    IctYear.objects.filter(year=YEAR).update(requests_handled=1)
    client.force_login(manager)

    response = client.get(URL)

    row = next(
        r for r in response.context["key_figures"] if r["figure"].code == "ict.requests_handled"
    )
    assert row["figure"].value == 10000 + YEAR


def test_a_draft_previous_year_is_not_compared(client, manager):
    _year_of_data(YEAR - 1, topics=1)
    _year_of_data(YEAR, topics=1)
    client.force_login(manager)

    response = client.get(URL)

    row = next(
        r for r in response.context["key_figures"] if r["figure"].code == "ict.requests_handled"
    )
    assert row["previous"] is None
    assert "Het jaarverslag van 2015 is niet gepubliceerd" in response.content.decode()
