import pytest
from django.utils import translation

from chancellery.registry import registry
from communication.report import campaigns_completeness, communication_completeness
from tests.communication.factories import (
    YEAR,
    CampaignActionFactory,
    CommunicationYearFactory,
    MonthlyStatisticFactory,
    WebsiteFactory,
    YearlyStatisticFactory,
)

pytestmark = pytest.mark.django_db


def test_a_site_without_yearly_unique_visitors_blocks_publishing():
    CommunicationYearFactory()
    website = WebsiteFactory(address="www.premier.be")
    MonthlyStatisticFactory(website=website)

    items = communication_completeness(YEAR)

    assert [item.blocking for item in items if "www.premier.be" in item.message] == [True]


def test_a_site_with_its_yearly_figure_is_complete():
    CommunicationYearFactory(title_de="x", title_en="x", introduction_de="x", introduction_en="x")
    YearlyStatisticFactory()

    assert communication_completeness(YEAR) == []


def test_an_inactive_site_is_not_expected():
    CommunicationYearFactory(title_de="x", title_en="x", introduction_de="x", introduction_en="x")
    WebsiteFactory(is_active=False)

    assert communication_completeness(YEAR) == []


def test_a_missing_narrative_blocks_publishing():
    YearlyStatisticFactory()

    assert [item.blocking for item in communication_completeness(YEAR)] == [True]


def test_an_empty_french_text_blocks_but_english_does_not():
    action = CampaignActionFactory(title_fr="", title_de="x", title_en="")

    items = [item for item in campaigns_completeness(YEAR) if item.record == action]

    assert sorted(("Engels" in item.message, item.blocking) for item in items) == [
        (False, True),
        (True, False),
    ]


def test_the_checks_are_registered(only_our_checks):
    YearlyStatisticFactory()

    with translation.override("en"):
        assert any("narrative" in item.message for item in registry.missing(YEAR))
