"""The staff trend widget and the completeness check of the staff page."""

from decimal import Decimal

import pytest
from django.utils import translation

from chancellery import registry
from hr.models import Commitment
from hr.report import hr_completeness, hr_section, hr_widget
from tests.hr.factories import CommitmentFactory, StaffFiguresFactory, YearNarrativeFactory
from tests.legacy import before_the_rule

pytestmark = pytest.mark.django_db


def build_widget(year: int):
    with translation.override("en"):
        return hr_widget(year)


def test_the_widget_draws_one_small_chart_per_figure():
    StaffFiguresFactory(year=2016)
    StaffFiguresFactory(year=2017, teleworkers=50)

    labels = [label for label, _chart in build_widget(2017).context["multiples"]]

    assert labels == [
        "Headcount",
        "Women (%)",
        "Men (%)",
        "Statutory (%)",
        "Telework (%)",
        "Training days per person",
    ]


def test_the_widget_table_has_a_row_per_year_up_to_the_selected_one():
    for year in (2015, 2016, 2017):
        StaffFiguresFactory(year=year)

    rows = build_widget(2016).table.rows

    assert [row[0] for row in rows] == ["2015", "2016"]


def test_the_widgets_figures_equal_the_reports():
    StaffFiguresFactory(year=2017)
    widget = build_widget(2017)
    with translation.override("en"):
        report = {figure.code: figure.value for figure in hr_section(2017).figures}

    row = dict(zip(widget.table.columns, widget.table.rows[-1], strict=True))

    assert (
        row["Headcount"],
        row["Women (%)"],
        row["Telework (%)"],
        row["Training days per person"],
    ) == (
        report["hr.headcount"],
        report["hr.gender.women.share"],
        report["hr.telework.share"],
        report["hr.training.days-per-person"],
    )


def test_the_charts_print_the_values_in_the_readers_format():
    StaffFiguresFactory(year=2017)

    with translation.override("fr"):
        charts = dict(hr_widget(2017).context["multiples"])

    assert "39,8\u00a0%" in charts["Télétravail (%)"]


def test_a_year_before_any_figures_has_no_widget():
    StaffFiguresFactory(year=2017)

    assert build_widget(2016) is None


@pytest.mark.parametrize("years", [1, 10])
def test_the_widget_costs_one_query_for_one_or_ten_years(django_assert_num_queries, years):
    for year in range(2017 - years + 1, 2018):
        StaffFiguresFactory(year=year, teleworkers=40 + year % 7)

    with django_assert_num_queries(1):
        widget = build_widget(2017)

    assert len(widget.table.rows) == years


def test_the_widget_is_registered_under_hr():
    assert registry.registry.widget_builder("hr") is hr_widget


def missing(year: int) -> list[registry.Missing]:
    with translation.override("en"):
        return list(hr_completeness(year))


def test_a_year_without_staff_figures_is_incomplete_and_blocks_publishing():
    YearNarrativeFactory(year=2017)

    items = missing(2017)

    assert any(item.message == "No staff figures for 2017." and item.blocking for item in items)
    assert any(item.admin_url == "/admin/hr/stafffigures/add/" for item in items)


def test_a_year_without_a_staff_page_is_incomplete():
    StaffFiguresFactory(year=2017)

    items = missing(2017)

    messages = [item.message for item in items]
    assert messages == ["No staff page (title, introduction, commitments) for 2017."]


def test_an_empty_french_text_blocks_publishing():
    StaffFiguresFactory(year=2017)
    narrative = YearNarrativeFactory(year=2017)
    CommitmentFactory(narrative=narrative, text_fr="")

    blocking = [item for item in missing(2017) if item.blocking]

    assert len(blocking) == 1
    assert "is empty in French" in blocking[0].message
    assert blocking[0].admin_url == f"/admin/hr/yearnarrative/{narrative.pk}/change/"


def test_an_empty_english_text_is_reported_but_does_not_block():
    StaffFiguresFactory(year=2017, telework_base_label_en="")
    CommitmentFactory(narrative=YearNarrativeFactory(year=2017))

    items = missing(2017)

    reported = [(item.blocking, "falls back to Dutch" in item.message) for item in items]
    assert reported == [(False, True)]


def test_a_commitment_figure_without_unit_entered_before_the_rule_blocks_publishing():
    StaffFiguresFactory(year=2017)
    with before_the_rule(Commitment, "hr_commitment_figure_with_unit"):
        CommitmentFactory(narrative=YearNarrativeFactory(year=2017), figure=Decimal(2))

    items = missing(2017)

    assert [item.blocking for item in items if "enter the unit" in item.message] == [True]


def test_a_complete_year_misses_nothing():
    StaffFiguresFactory(year=2017)
    CommitmentFactory(narrative=YearNarrativeFactory(year=2017))

    assert missing(2017) == []
