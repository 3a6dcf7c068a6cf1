import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from meetings.models import Meeting
from meetings.report import meetings_section
from tests.meetings.factories import BodyFactory, BodyNoteFactory, MeetingFactory, OccasionFactory

pytestmark = pytest.mark.django_db


def figures(section):
    return {figure.code: figure.value for figure in section.figures}


def render(section):
    return render_to_string(section.template, {"section": section})


def test_a_year_without_held_meetings_has_no_section():
    MeetingFactory(date=datetime.date(2015, 2, 1), status=Meeting.Status.PLANNED)
    assert meetings_section(2015) is None


def test_the_figures_are_the_counts_of_the_records():
    council = BodyFactory(code="council")
    for day in range(1, 4):
        MeetingFactory(body=council, date=datetime.date(2015, 1, day))
    MeetingFactory(body=council, date=datetime.date(2015, 2, 1), status=Meeting.Status.CANCELLED)
    result = figures(meetings_section(2015))
    assert result["meetings.council.total"] == 3
    assert result["meetings.total"] == 3
    assert result["meetings.month.01"] == 3
    assert result["meetings.month.02"] == 0


def test_extraordinary_meetings_read_with_their_subject():
    committee = BodyFactory(code="committee")
    MeetingFactory(body=committee, date=datetime.date(2015, 1, 1))
    for day in (24, 27):
        MeetingFactory(
            body=committee,
            date=datetime.date(2015, 10, day),
            kind=Meeting.Kind.EXTRAORDINARY,
            subject_nl="het CETA-verdrag",
            subject_en="the CETA treaty",
        )
    with translation.override("en"):
        html = render(meetings_section(2015))
    assert "1 + 2 devoted to the CETA treaty" in html


def test_the_change_against_the_previous_year_shows_when_that_year_has_data():
    council = BodyFactory(code="council")
    MeetingFactory(body=council, date=datetime.date(2014, 1, 3))
    for day in range(1, 4):
        MeetingFactory(body=council, date=datetime.date(2015, 1, day))
    section = meetings_section(2015)
    assert figures(section)["meetings.council.change"] == 2
    assert "+2" in render(section)


def test_no_change_is_shown_when_the_previous_year_has_no_data():
    MeetingFactory(body=BodyFactory(code="council"), date=datetime.date(2015, 1, 3))
    section = meetings_section(2015)
    assert "meetings.council.change" not in figures(section)
    assert "2014" not in render(section)


def test_the_occasion_of_meetings_is_named_beside_its_body():
    occasion = OccasionFactory(name_nl="de aanslagen van 22 maart")
    MeetingFactory(date=datetime.date(2015, 3, 22), occasion=occasion)
    assert "de aanslagen van 22 maart" in render(meetings_section(2015))


def test_the_narrative_gives_the_title_and_the_notes():
    note = BodyNoteFactory(text_nl="Bijkomende vergaderingen na de aanslagen.")
    MeetingFactory(body=note.body, date=datetime.date(2015, 3, 22))
    section = meetings_section(2015)
    assert section.title == "Achter de schermen"
    assert "Bijkomende vergaderingen na de aanslagen." in render(section)


def test_the_month_chart_is_an_svg_with_the_same_figures_in_a_table():
    MeetingFactory(date=datetime.date(2015, 3, 22))
    html = render(meetings_section(2015))
    assert "<svg" in html and 'role="img"' in html
    # Each month links to its figure page across the years.
    month = '<th scope="row"><a href="/nl/figures/meetings.month.03/">Maart</a></th>'
    assert month + '<td class="num">1</td>' in html


def _seed(count):
    bodies = [BodyFactory() for _ in range(14)]
    BodyNoteFactory(body=bodies[0])
    BodyNoteFactory(body=bodies[1], meetings_year=bodies[0].notes.get().meetings_year)
    occasion = OccasionFactory()
    days = [datetime.date(2015, 1, 1) + datetime.timedelta(days=n) for n in range(365)]
    slots = [(body, day) for day in days for body in bodies][:count]
    Meeting.objects.bulk_create(
        Meeting(
            body=body,
            date=day,
            status=Meeting.Status.HELD if n % 10 else Meeting.Status.CANCELLED,
            kind=Meeting.Kind.EXTRAORDINARY if n % 7 == 0 else Meeting.Kind.REGULAR,
            subject_nl=f"onderwerp {n % 3}" if n % 7 == 0 else "",
            occasion=occasion if n % 11 == 0 else None,
        )
        for n, (body, day) in enumerate(slots)
    )


@pytest.mark.parametrize("count", [10, 5000])
def test_the_section_costs_four_queries_however_many_meetings(count, django_assert_num_queries):
    _seed(count)
    assert Meeting.objects.count() == count
    with django_assert_num_queries(4):
        render(meetings_section(2015))
