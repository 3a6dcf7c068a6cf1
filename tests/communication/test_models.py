import pytest
from django.db import IntegrityError

from communication.models import WebStatistic
from tests.communication.factories import (
    YEAR,
    CampaignFigureFactory,
    MonthlyStatisticFactory,
    WebsiteFactory,
    YearlyStatisticFactory,
)

pytestmark = pytest.mark.django_db


def test_a_monthly_record_needs_its_month():
    with pytest.raises(IntegrityError):
        MonthlyStatisticFactory(month=None)


def test_a_yearly_record_has_no_month():
    with pytest.raises(IntegrityError):
        YearlyStatisticFactory(month=3)


def test_a_site_has_one_record_per_year():
    first = YearlyStatisticFactory()
    with pytest.raises(IntegrityError):
        YearlyStatisticFactory(website=first.website)


def test_a_site_has_one_record_per_month():
    first = MonthlyStatisticFactory(month=4)
    with pytest.raises(IntegrityError):
        MonthlyStatisticFactory(website=first.website, month=4)


def test_a_year_and_its_months_live_side_by_side():
    website = WebsiteFactory()
    YearlyStatisticFactory(website=website)
    MonthlyStatisticFactory(website=website, month=1)

    assert WebStatistic.objects.filter(website=website, year=YEAR).count() == 2


def test_a_record_needs_at_least_one_figure():
    with pytest.raises(IntegrityError):
        YearlyStatisticFactory(unique_visitors=None, visits=None, page_views=None)


def test_unique_visitors_cannot_exceed_visits():
    with pytest.raises(IntegrityError):
        YearlyStatisticFactory(unique_visitors=10, visits=5)


def test_a_figure_cannot_exceed_its_total():
    with pytest.raises(IntegrityError):
        CampaignFigureFactory(value=23, total=22)


def test_website_languages_must_be_codes():
    with pytest.raises(IntegrityError):
        WebsiteFactory(languages="nl, fr")
