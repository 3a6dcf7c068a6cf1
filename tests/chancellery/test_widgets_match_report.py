"""Each dashboard widget shows the same figures as the report of the same year (2016 demo data)."""

import pytest
from django.core.management import call_command

from chancellery.registry import registry

pytestmark = pytest.mark.django_db

YEAR = 2016


@pytest.fixture
def demo():
    call_command("load_demo_data", stdout=open("/dev/null", "w"))


def _figures():
    return {
        figure.code: figure.value
        for section in registry.sections(YEAR)
        for figure in section.figures
    }


def _widget(key):
    return registry.widget_builder(key)(YEAR)


def test_meetings_per_body_equal_the_reports(demo):
    figures = _figures()
    section = next(s for s in registry.sections(YEAR) if s.key == "meetings")
    totals = {row.body.plural_name: row.total for row in section.context["rows"]}

    rows = {row[0]: row[1] for row in _widget("meetings").table.rows}

    assert rows == totals
    assert sum(rows.values()) == figures["meetings.total"] == 97


def test_meetings_per_month_equal_the_reports(demo):
    figures = _figures()

    monthly = [count for _month, count in _widget("meetings-per-month").table.rows]

    assert monthly == [figures[f"meetings.month.{month:02d}"] for month in range(1, 13)]


def test_ceremony_replies_equal_the_reports_guest_counts(demo):
    figures = _figures()
    counted = {
        date: attended or confirmed
        for _title, date, _invited, confirmed, _declined, attended in _widget(
            "ceremonies"
        ).table.rows
    }

    assert (
        counted["2016-03-24"] == figures["ceremonies.2016-03-24-federal-parliament.guests"] == 245
    )
    assert counted["2016-05-22"] == figures["ceremonies.2016-05-22-royal-palace.guests"] == 600


def test_staff_figures_equal_the_reports(demo):
    figures = _figures()
    row = next(row for row in _widget("hr").table.rows if str(row[0]) == str(YEAR))

    assert row[1:5] == (
        figures["hr.headcount"],
        figures["hr.gender.men"],
        figures["hr.gender.women"],
        figures["hr.gender.other"],
    )


def test_ict_figures_equal_the_reports(demo):
    figures = _figures()
    row = next(row for row in _widget("ict").table.rows if row[0] == str(YEAR))

    assert row[1:] == (figures["ict.requests_handled"], figures["ict.users_served"])


def test_follower_growth_equals_the_reports(demo):
    figures = _figures()

    counts = [row[2] for row in _widget("communication-followers").table.rows]

    assert counts == [
        figures["communication.followers.facebook-belgiumbe.start"],
        figures["communication.followers.facebook-belgiumbe.end"],
    ]


def test_the_transposition_tracker_agrees_with_the_report_on_overdue_directives(demo):
    figures = _figures()

    overdue = {row[0]: bool(row[-1]) for row in _widget("procurement").table.rows}

    for number in ("2014/24/EU", "2014/25/EU", "2014/23/EU"):
        code = number.lower().replace("/", "-")
        assert overdue[number] == bool(figures[f"procurement.directive.{code}.deadline_missed"])


def test_web_audience_equals_the_reports_unique_visitors(demo):
    figures = _figures()

    rows = {
        site: visitors
        for site, year, visitors in _widget("communication-audience").table.rows
        if year == str(YEAR)
    }

    assert rows["www.belgium.be"] == figures["communication.unique-visitors.belgium-be"] == 9414129
    assert (
        rows["www.kanselarij.belgium.be"]
        == figures["communication.unique-visitors.kanselarij-belgium-be"]
    )
