import re

import pytest
from django.test import Client

from chancellery import demo as core_demo
from communication import demo
from communication.models import Campaign, FollowerCount, Website, WebStatistic

pytestmark = pytest.mark.django_db

SITES_NL = {
    "www.belgium.be": "9.414.129",
    "www.kanselarij.belgium.be": "22.325",
    "www.premier.be": "92.294",
    "www.presscenter.org": "193.058",
    "www.federale-regering.be": "34.684",
}


@pytest.fixture
def report_2016(only_our_sections):
    core_demo.load()
    demo.load()
    core_demo.publish()


def page(language: str) -> str:
    response = Client().get(f"/{language}/reports/2016/")
    assert response.status_code == 200
    return response.content.decode()


def row_value(html: str, site: str) -> str:
    match = re.search(
        rf'<th scope="row">{re.escape(site)}.*?</th>\s*<td class="num"[^>]*>([^<]*)</td>',
        html,
        re.S,
    )
    assert match, site
    return match[1]


def test_the_dutch_report_prints_each_site_next_to_its_unique_visitors(report_2016):
    html = page("nl")

    assert {site: row_value(html, site) for site in SITES_NL} == SITES_NL


def test_the_french_report_groups_with_non_breaking_spaces(report_2016):
    html = page("fr")

    assert row_value(html, "www.belgium.be") == "9\u00a0414\u00a0129"
    assert row_value(html, "www.kanselarij.belgium.be") == "22\u00a0325"


def test_the_report_prints_the_facebook_growth(report_2016):
    html = page("nl")

    assert "van 4.400 naar 8.000 volgers" in html
    assert "bijna verdubbeld" in html


def test_the_report_prints_the_narrative(report_2016):
    html = page("nl")

    for text in (
        "Steeds digitaler",
        "nieuw jasje",
        "Alle info binnen handbereik",
        "community managers",
        "www.webguide.belgium.be",
    ):
        assert text in html


def test_the_report_prints_the_campaign_with_its_actions_and_figures(report_2016):
    html = re.sub(r"\s+", " ", page("nl"))

    assert "Getooid in de nationale driekleur" in html
    assert "#MadAboutBelgium" in html
    assert "juni 2016" in html and "Place de l’Europe" in html
    assert "15 augustus 2016" in html and "Rio House" in html
    assert "Brussels Summer Festival" in html and "21 juli" in html
    assert re.search(
        r'key-figure__value">437</span> <span class="key-figure__label">foto’s gemaakt in de fotomaton',  # noqa: E501
        html,
    )
    assert re.search(
        r'key-figure__value">21</span> <span class="key-figure__label">uren bewustmakingscampagne',
        html,
    )
    assert "18 van de 22" in html


def test_the_demo_data_loads_twice_without_duplicates(report_2016):
    counts = [model.objects.count() for model in (Website, WebStatistic, FollowerCount, Campaign)]

    from chancellery import freeze

    with freeze.lifted():
        demo.load()

    assert [
        model.objects.count() for model in (Website, WebStatistic, FollowerCount, Campaign)
    ] == counts
