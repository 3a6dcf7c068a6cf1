"""Figures formatted per locale by the report_format filters."""

from decimal import Decimal

import pytest
from django.utils import translation

from chancellery.templatetags.report_format import number, percent, signed, year


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", "9.414.129"), ("fr", "9\u00a0414\u00a0129"), ("de", "9.414.129"), ("en", "9,414,129")],
)
def test_numbers_are_grouped_per_locale(lang, expected):
    with translation.override(lang):
        assert number(9414129) == expected


@pytest.mark.parametrize(
    ("lang", "expected"), [("nl", "39,8\u00a0%"), ("fr", "39,8\u00a0%"), ("en", "39.8%")]
)
def test_percentages_follow_the_locale(lang, expected):
    with translation.override(lang):
        assert percent(Decimal("39.83"), 1) == expected


def test_rounding_is_half_up_as_the_printed_report_rounds():
    with translation.override("en"):
        assert number(Decimal("2.25"), 1) == "2.3"
        assert percent(Decimal("35.5")) == "36%"


def test_changes_carry_their_sign():
    with translation.override("nl"):
        assert signed(3) == "+3"
        assert signed(Decimal("-1.25"), 1) == "\u22121,3"
        assert signed(0) == "0"


def test_years_are_not_grouped():
    with translation.override("nl"):
        assert year(2016) == "2016"
