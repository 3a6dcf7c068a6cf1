import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from chancellery.registry import registry
from communication.report import (
    SITES_CHARTED,
    campaigns_section,
    communication_section,
    growth_phrase,
)
from tests.communication.factories import (
    YEAR,
    CampaignActionFactory,
    CampaignFactory,
    CampaignFigureFactory,
    CommunicationTopicFactory,
    CommunicationYearFactory,
    FollowerCountFactory,
    MonthlyStatisticFactory,
    SocialAccountFactory,
    WebsiteFactory,
    YearlyStatisticFactory,
)

pytestmark = pytest.mark.django_db


def render(section):
    with translation.override("en"):
        return render_to_string(section.template, {"section": section})


def audience_of(section, website):
    return next(a for a in section.context["audiences"] if a.website == website)


def test_the_yearly_figure_is_used_not_the_sum_of_months():
    website = WebsiteFactory()
    YearlyStatisticFactory(website=website, unique_visitors=1000, visits=5000)
    MonthlyStatisticFactory(website=website, month=1, unique_visitors=600, visits=900)
    MonthlyStatisticFactory(website=website, month=2, unique_visitors=700, visits=900)

    section = communication_section(YEAR)

    assert audience_of(section, website).unique_visitors == 1000


def test_a_year_with_only_monthly_records_shows_missing_not_a_sum():
    website = WebsiteFactory()
    MonthlyStatisticFactory(website=website, month=1, unique_visitors=600, visits=900)
    MonthlyStatisticFactory(website=website, month=2, unique_visitors=700, visits=900)

    section = communication_section(YEAR)
    html = render(section)

    assert audience_of(section, website).is_missing
    assert "missing" in html
    assert "1,300" not in html and "1300" not in html
    assert not [f for f in section.figures if f.code.startswith("communication.unique-visitors.")]


def test_a_yearly_record_without_unique_visitors_shows_missing():
    website = WebsiteFactory()
    YearlyStatisticFactory(website=website, unique_visitors=None, visits=5000)

    assert audience_of(communication_section(YEAR), website).is_missing


def test_sites_are_sorted_by_audience_missing_last():
    small = YearlyStatisticFactory(unique_visitors=22325, visits=30000).website
    missing = MonthlyStatisticFactory().website
    big = YearlyStatisticFactory(unique_visitors=9414129, visits=12000000).website

    order = [a.website for a in communication_section(YEAR).context["audiences"]]

    assert order == [big, small, missing]


def test_the_chart_is_on_a_log_scale_said_as_such():
    YearlyStatisticFactory(unique_visitors=9414129, visits=12000000)
    YearlyStatisticFactory(unique_visitors=22325, visits=30000)

    html = render(communication_section(YEAR))

    assert "<svg" in html
    assert "logarithmic scale" in html


def test_the_change_against_the_previous_year_is_shown_when_it_exists():
    website = WebsiteFactory()
    YearlyStatisticFactory(website=website, year=YEAR - 1, unique_visitors=800, visits=1000)
    YearlyStatisticFactory(website=website, unique_visitors=1000, visits=2000)

    section = communication_section(YEAR)

    assert audience_of(section, website).change == 200
    assert "+200" in render(section)
    assert any(
        f.code == f"communication.unique-visitors-change.{website.code}" for f in section.figures
    )


def test_no_change_column_without_a_previous_year():
    YearlyStatisticFactory()

    assert not communication_section(YEAR).context["has_previous"]


def test_follower_growth_is_derived_from_the_first_and_last_counts_of_the_year():
    account = SocialAccountFactory()
    FollowerCountFactory(account=account, date=datetime.date(YEAR - 1, 12, 1), followers=100)
    FollowerCountFactory(account=account, date=datetime.date(YEAR, 1, 1), followers=4400)
    FollowerCountFactory(account=account, date=datetime.date(YEAR, 6, 1), followers=6000)
    FollowerCountFactory(account=account, date=datetime.date(YEAR, 12, 31), followers=8000)

    growth = communication_section(YEAR).context["growths"][0]

    assert growth.account.start_date == datetime.date(YEAR, 1, 1)
    assert (growth.account.start_followers, growth.account.end_followers) == (4400, 8000)
    assert growth.account.growth == 3600
    assert str(growth.ratio) == "1.8"
    with translation.override("en"):
        assert growth.phrase == "nearly doubled"


def test_follower_growth_is_printed_with_its_phrase():
    account = SocialAccountFactory()
    FollowerCountFactory(account=account, date=datetime.date(YEAR, 1, 1), followers=4400)
    FollowerCountFactory(account=account, date=datetime.date(YEAR, 12, 31), followers=8000)

    html = render(communication_section(YEAR))

    assert "from 4,400 to 8,000 followers" in html
    assert "+3,600" in html
    assert "nearly doubled" in html


def test_a_single_count_is_no_growth():
    FollowerCountFactory(date=datetime.date(YEAR, 5, 1))

    assert communication_section(YEAR) is None


@pytest.mark.parametrize(
    ("start", "end", "phrase"),
    [
        (4400, 8000, "nearly doubled"),
        (100, 200, "doubled"),
        (100, 290, "nearly tripled"),
        (100, 500, "multiplied by 5.0"),
        (100, 90, "decreased"),
        (100, 130, "grew"),
    ],
)
def test_growth_phrase(start, end, phrase):
    with translation.override("en"):
        assert growth_phrase(start, end) == phrase


def test_the_narrative_topics_come_in_order():
    narrative = CommunicationYearFactory()
    CommunicationTopicFactory(narrative=narrative, position=2, title_nl="Tweede")
    CommunicationTopicFactory(narrative=narrative, position=1, title_nl="Eerste")

    section = communication_section(YEAR)

    assert section.title == "Steeds digitaler"
    assert [t.title_nl for t in section.context["topics"]] == ["Eerste", "Tweede"]


def test_no_communication_section_for_a_year_without_data():
    WebsiteFactory()

    assert communication_section(YEAR) is None


def _communication_data(sites: int):
    narrative = CommunicationYearFactory()
    for _ in range(sites):
        website = WebsiteFactory()
        YearlyStatisticFactory(website=website)
        YearlyStatisticFactory(website=website, year=YEAR - 1)
        MonthlyStatisticFactory(website=website)
        CommunicationTopicFactory(narrative=narrative)
        account = SocialAccountFactory()
        FollowerCountFactory(account=account, date=datetime.date(YEAR, 1, 1))
        FollowerCountFactory(account=account, date=datetime.date(YEAR, 12, 31), followers=2000)


@pytest.mark.parametrize("sites", [1, 12])
def test_the_communication_section_costs_three_queries(sites, django_assert_num_queries):
    _communication_data(sites)

    with django_assert_num_queries(3):
        section = communication_section(YEAR)
        render(section)


def _campaign_data(actions: int):
    for _ in range(2):
        campaign = CampaignFactory()
        for _ in range(actions):
            CampaignActionFactory(campaign=campaign)
            CampaignFigureFactory(campaign=campaign)


@pytest.mark.parametrize("actions", [1, 10])
def test_the_campaigns_section_costs_three_queries(actions, django_assert_num_queries):
    _campaign_data(actions)

    with django_assert_num_queries(3):
        section = campaigns_section(YEAR)
        render(section)


def test_a_campaign_shows_its_actions_and_figures():
    campaign = CampaignFactory()
    CampaignActionFactory(
        campaign=campaign,
        title_en="Belgium in Paris",
        start_date=datetime.date(YEAR, 6, 1),
        end_date=datetime.date(YEAR, 6, 30),
        place_en="Place de l’Europe",
    )
    CampaignFigureFactory(
        campaign=campaign,
        code="countries",
        value=18,
        total=22,
        unit_en="countries",
        label_en="participating",
    )

    section = campaigns_section(YEAR)
    html = render(section)

    assert section.title == "Getooid in de nationale driekleur"
    assert "Belgium in Paris" in html and f"June {YEAR}" in html and "Place de l’Europe" in html
    assert "18 of 22" in html
    assert any(
        f.code == f"campaigns.{campaign.code}.countries" and f.value == 18 for f in section.figures
    )


def test_no_campaigns_section_without_a_campaign():
    assert campaigns_section(YEAR) is None


@pytest.mark.parametrize("sites", [1, 8])
def test_the_visitors_widget_costs_one_query(sites, django_assert_num_queries):
    for _ in range(sites):
        website = WebsiteFactory()
        for month in range(1, 13):
            MonthlyStatisticFactory(website=website, month=month)
            MonthlyStatisticFactory(website=website, month=month, year=YEAR - 1)

    with django_assert_num_queries(1):
        widget = registry.widget_builder("communication-visitors")(YEAR)

    assert len(widget.table.rows) == sites * 24
    assert len(widget.context["charts"]) == min(sites, SITES_CHARTED)


def test_the_visitors_widget_charts_the_busiest_sites_and_tables_them_all():
    for number in range(SITES_CHARTED + 2):
        website = WebsiteFactory(address=f"site-{number}.example.be")
        MonthlyStatisticFactory(website=website, month=1, visits=1000 * (number + 1))

    widget = registry.widget_builder("communication-visitors")(YEAR)

    charted = [address for address, _chart in widget.context["charts"]]
    assert charted == [f"site-{n}.example.be" for n in range(SITES_CHARTED + 1, 1, -1)]
    assert len(widget.table.rows) == SITES_CHARTED + 2


@pytest.mark.parametrize("accounts", [1, 6])
def test_the_followers_widget_costs_one_query(accounts, django_assert_num_queries):
    for _ in range(accounts):
        account = SocialAccountFactory()
        FollowerCountFactory(account=account, date=datetime.date(YEAR - 1, 12, 31), followers=4400)
        FollowerCountFactory(account=account, date=datetime.date(YEAR, 12, 31), followers=8000)

    with django_assert_num_queries(1):
        widget = registry.widget_builder("communication-followers")(YEAR)

    assert len(widget.table.rows) == accounts * 2
