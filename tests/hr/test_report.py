"""The staff page of the report: figures, change against the previous year, charts, commitments."""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import translation

from chancellery import registry
from hr.report import hr_section
from tests.chancellery.factories import AnnualReportFactory
from tests.hr.factories import CommitmentFactory, StaffFiguresFactory, YearNarrativeFactory

pytestmark = pytest.mark.django_db


def build(year: int, language: str = "en"):
    with translation.override(language):
        return hr_section(year)


def test_a_year_without_staff_data_has_no_section():
    StaffFiguresFactory(year=2016)

    assert build(2018) is None


def test_the_change_in_headcount_is_counted_in_people():
    StaffFiguresFactory(year=2016, headcount=140, men=50, women=90, statutory=86, contractual=54)
    StaffFiguresFactory(year=2017)

    change = build(2017).context["changes"]["headcount"]

    assert (change.value, change.text) == (Decimal(3), "+3 people")


def test_the_change_in_a_share_is_counted_in_points_between_the_printed_shares():
    # 2016: 45 of 118 = 38.1 %; 2017: 47 of 118 = 39.8 % -> +1.7 points.
    StaffFiguresFactory(year=2016, teleworkers=45)
    StaffFiguresFactory(year=2017)

    change = build(2017, "nl").context["changes"]["telework_share"]

    assert (change.value, change.text) == (Decimal("1.7"), "+1,7 procentpunten")


def test_a_fall_is_printed_with_a_minus_sign():
    StaffFiguresFactory(year=2016, headcount=144, men=52, women=92, statutory=90, contractual=54)
    StaffFiguresFactory(year=2017)

    assert build(2017).context["changes"]["headcount"].text == "\u22121 person"


def test_the_change_in_training_days_per_person_is_counted_in_days():
    # 2016: 300 / 143 = 2.1; 2017: 329 / 143 = 2.3.
    StaffFiguresFactory(year=2016, training_days_total=Decimal("300"))
    StaffFiguresFactory(year=2017)

    assert build(2017).context["changes"]["training_days_per_person"].text == "+0.2 days"


def test_without_the_previous_year_no_change_is_printed():
    StaffFiguresFactory(year=2015)  # two years back is not "the previous year"
    StaffFiguresFactory(year=2017)

    assert build(2017).context["changes"] == {}


def test_the_report_prints_the_changes_against_the_previous_year(client, staff_user):
    AnnualReportFactory(year=2017)
    StaffFiguresFactory(year=2016, headcount=140, men=50, women=90, statutory=86, contractual=54)
    StaffFiguresFactory(year=2017)
    client.force_login(staff_user)

    html = client.get("/en/reports/2017/").content.decode()

    assert "Changes are against 2016." in html
    assert "+3 people" in html


def test_the_third_gender_value_is_left_out_when_it_is_zero():
    StaffFiguresFactory(year=2017, gender_other=0)

    section = build(2017)

    assert [label for label, _count, _share in section.context["gender_rows"]] == ["Men", "Women"]


def test_the_third_gender_value_is_shown_when_it_is_not_zero():
    StaffFiguresFactory(year=2017, men=50, gender_other=1)

    section = build(2017)

    assert ("Other gender", 1, Decimal("1")) in section.context["gender_rows"]
    assert "Other gender: 1 people (1%)" in section.context["gender_chart"]


def test_each_chart_states_its_figures_as_text():
    StaffFiguresFactory(year=2017)

    section = build(2017)

    assert "Men: 51 people (36%); Women: 92 people (64%)." in section.context["gender_chart"]
    status_text = "Statutory: 89 people (62%); Contractual: 54 people (38%)."
    assert status_text in section.context["status_chart"]


def test_the_section_publishes_every_printed_figure_under_a_stable_code():
    StaffFiguresFactory(year=2017)

    codes = {figure.code: figure.value for figure in build(2017, "fr").figures}

    assert codes["hr.headcount"] == 143
    assert codes["hr.gender.men.share"] == Decimal("36")
    assert codes["hr.telework.share"] == Decimal("39.8")
    assert codes["hr.training.days-per-person"] == Decimal("2.3")
    assert codes["hr.status.contractual.share"] == Decimal("38")


def test_commitments_come_in_their_position_order():
    narrative = YearNarrativeFactory(year=2017)
    CommitmentFactory(narrative=narrative, position=2, title_nl="Second")
    CommitmentFactory(narrative=narrative, position=1, title_nl="First")

    titles = [commitment.title for commitment in build(2017).context["commitments"]]

    assert titles == ["First", "Second"]


def test_a_commitment_prints_its_date_and_figure(client, staff_user):
    AnnualReportFactory(year=2017)
    CommitmentFactory(
        narrative=YearNarrativeFactory(year=2017),
        date=datetime.date(2017, 6, 20),
        date_label_fr="Enregistrement confirmé le",
        figure=Decimal(2),
        # A figure has its unit in Dutch at least (hr.models.FIGURE_WITH_UNIT).
        figure_unit_nl="geregistreerde gebouwen",
        figure_unit_fr="bâtiments enregistrés",
    )
    client.force_login(staff_user)

    html = client.get("/fr/reports/2017/").content.decode()

    assert "<dt>Enregistrement confirmé le</dt>" in html
    assert "20 juin 2017" in html
    # The figure is a key figure, as the printed report sets it: the number over its unit.
    figure = r'key-figure__value">2</span>\s*<span class="key-figure__label">bâtiments enregistrés<'
    assert re.search(figure, html)


def queries_of_the_section(django_assert_num_queries, count: int) -> None:
    with django_assert_num_queries(count), translation.override("nl"):
        assert hr_section(2017) is not None


def test_the_section_costs_two_queries_with_little_data(django_assert_num_queries):
    StaffFiguresFactory(year=2017)
    CommitmentFactory(narrative=YearNarrativeFactory(year=2017))

    queries_of_the_section(django_assert_num_queries, 2)


def test_the_section_costs_two_queries_with_much_data(django_assert_num_queries):
    StaffFiguresFactory(year=2016)
    StaffFiguresFactory(year=2017, men=50, gender_other=1)
    narrative = YearNarrativeFactory(year=2017)
    CommitmentFactory.create_batch(
        25,
        narrative=narrative,
        date=datetime.date(2017, 1, 1),
        figure=Decimal(1),
        figure_unit_nl="x",
    )

    queries_of_the_section(django_assert_num_queries, 2)


def test_the_section_is_registered_under_hr():
    assert registry.registry.section_builder("hr") is hr_section
