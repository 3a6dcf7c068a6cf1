import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from chancellery import registry
from meetings.models import Meeting
from meetings.report import (
    meetings_completeness,
    meetings_per_body_widget,
    meetings_per_month_widget,
)
from tests.meetings.factories import (
    BodyFactory,
    BodyNoteFactory,
    MeetingFactory,
    MeetingsYearFactory,
)

pytestmark = pytest.mark.django_db


def test_the_body_widget_compares_the_year_with_the_year_before():
    council = BodyFactory(plural_name_nl="Ministerraden")
    MeetingFactory(body=council, date=datetime.date(2014, 1, 3))
    MeetingFactory(body=council, date=datetime.date(2015, 1, 2))
    MeetingFactory(body=council, date=datetime.date(2015, 1, 9))
    widget = meetings_per_body_widget(2015)
    assert widget.table.rows == (("Ministerraden", 2, 1, 1),)
    assert "<svg" in render_to_string(widget.template, {"widget": widget})


def test_the_month_widget_counts_held_meetings_per_month():
    MeetingFactory(date=datetime.date(2015, 3, 22))
    MeetingFactory(date=datetime.date(2015, 3, 23), status=Meeting.Status.CANCELLED)
    widget = meetings_per_month_widget(2015)
    assert widget.table.rows[2] == ("maart", 1)
    assert sum(count for _month, count in widget.table.rows) == 1


@pytest.mark.parametrize("years", [1, 10])
def test_the_widgets_cost_the_same_queries_for_one_or_ten_years(years, django_assert_num_queries):
    body = BodyFactory()
    for offset in range(years):
        MeetingFactory(body=body, date=datetime.date(2015 - offset, 1, 2))
    with django_assert_num_queries(2):
        meetings_per_body_widget(2015)
        meetings_per_month_widget(2015)


def test_completeness_blocks_a_year_without_held_meetings():
    MeetingsYearFactory(year=2015)
    messages = [item for item in meetings_completeness(2015) if item.blocking]
    assert any("Geen enkele vergadering van 2015" in item.message for item in messages)


def test_completeness_blocks_past_meetings_still_planned():
    MeetingsYearFactory(year=2015)
    MeetingFactory(date=datetime.date(2015, 1, 2))
    MeetingFactory(date=datetime.date(2015, 1, 3), status=Meeting.Status.PLANNED)
    messages = [item.message for item in meetings_completeness(2015) if item.blocking]
    assert messages == [
        "1 vergadering van 2015 staat nog als gepland hoewel de dag voorbij is: "
        "registreer ze als gehouden of geannuleerd."
    ]


def test_completeness_ignores_future_planned_meetings():
    year = timezone.localdate().year
    MeetingsYearFactory(year=year)
    MeetingFactory(date=timezone.localdate() - datetime.timedelta(days=0))
    MeetingFactory(
        date=timezone.localdate() + datetime.timedelta(days=1), status=Meeting.Status.PLANNED
    )
    assert not [item for item in meetings_completeness(year) if "gepland" in item.message]


def test_completeness_blocks_a_missing_french_text_but_not_a_missing_english_one():
    note = BodyNoteFactory(text_fr="", text_en="")
    MeetingFactory(body=note.body, date=datetime.date(2015, 1, 2))
    items = [item for item in meetings_completeness(2015) if "toelichting" in item.message.lower()]
    assert sorted(item.blocking for item in items) == [False, True]
    assert all(item.admin_url.startswith("/admin/meetings/meetingsyear/") for item in items)


def test_a_complete_year_lacks_nothing():
    note = BodyNoteFactory()
    MeetingFactory(body=note.body, date=datetime.date(2015, 1, 2))
    assert list(meetings_completeness(2015)) == []


def test_the_meetings_parts_are_registered():
    assert registry.registry.section_builder("meetings")
    assert registry.registry.widget_builder("meetings")
    assert registry.registry.widget_builder("meetings-per-month")
    assert Meeting in registry.registry.watched_models()
