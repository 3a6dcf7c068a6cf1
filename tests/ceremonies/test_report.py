"""Report section and dashboard widget: counts that follow the guest list, in fixed queries."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ceremonies.models import Guest
from ceremonies.report import ceremonies_completeness, ceremonies_section, ceremonies_widget
from tests.ceremonies.factories import (
    CeremonyFactory,
    CeremonyYearFactory,
    GuestCategoryFactory,
    GuestFactory,
)

pytestmark = pytest.mark.django_db


def figures(section):
    return {figure.code: figure.value for figure in section.figures}


def test_section_counts_the_confirmed_guests_per_category_and_in_total():
    ceremony = CeremonyFactory(code="c")
    senators = GuestCategoryFactory(code="senators")
    GuestFactory.create_batch(3, ceremony=ceremony, category=senators)
    GuestFactory(ceremony=ceremony, category=senators, status=Guest.Status.DECLINED)
    GuestFactory(ceremony=ceremony, category=senators, status=Guest.Status.INVITED)

    section = ceremonies_section(2030)

    assert figures(section) == {"ceremonies.c.guests": 3, "ceremonies.c.senators": 3}


def test_counts_follow_the_guest_list_when_a_guest_is_added():
    ceremony = CeremonyFactory(code="c")
    GuestFactory.create_batch(2, ceremony=ceremony)
    GuestFactory(ceremony=ceremony)

    assert figures(ceremonies_section(2030))["ceremonies.c.guests"] == 3


def test_attended_guests_are_counted_once_attendance_was_recorded():
    ceremony = CeremonyFactory(code="c")
    GuestFactory.create_batch(4, ceremony=ceremony, status=Guest.Status.CONFIRMED)
    GuestFactory.create_batch(2, ceremony=ceremony, status=Guest.Status.ATTENDED)

    section = ceremonies_section(2030)

    assert figures(section)["ceremonies.c.guests"] == 2
    assert section.context["ceremonies"][0]["counts"].basis == "attended"


def test_category_named_without_number_counts_in_the_total_but_prints_no_figure():
    ceremony = CeremonyFactory(code="c")
    royals = GuestCategoryFactory(code="royals", shown_without_number=True)
    GuestFactory.create_batch(2, ceremony=ceremony, category=royals)
    GuestFactory.create_batch(5, ceremony=ceremony, category=GuestCategoryFactory(code="senators"))

    expected = {"ceremonies.c.guests": 7, "ceremonies.c.senators": 5}
    assert figures(ceremonies_section(2030)) == expected


def test_year_without_ceremony_has_no_section():
    CeremonyFactory(date=datetime.date(2029, 1, 1))

    assert ceremonies_section(2030) is None


def test_section_title_comes_from_the_years_narrative():
    CeremonyYearFactory(year=2030, title_nl="Hulde", title_fr="Hommage")
    GuestFactory()

    with translation.override("fr"):
        assert ceremonies_section(2030).title == "Hommage"


def _guest_list(ceremonies: int, guests: int) -> None:
    categories = [GuestCategoryFactory() for _ in range(3)]
    for _c in range(ceremonies):
        ceremony = CeremonyFactory()
        for index in range(guests):
            GuestFactory(ceremony=ceremony, category=categories[index % 3])


@pytest.mark.parametrize(("ceremonies", "guests"), [(1, 2), (4, 30)])
def test_section_costs_four_queries_however_many_guests(
    django_assert_num_queries, ceremonies, guests
):
    _guest_list(ceremonies, guests)
    CeremonyYearFactory(year=2030)

    with django_assert_num_queries(4):
        ceremonies_section(2030)


@pytest.mark.parametrize(("ceremonies", "guests"), [(1, 2), (4, 30)])
def test_widget_costs_one_query_however_many_ceremonies(
    django_assert_num_queries, ceremonies, guests
):
    _guest_list(ceremonies, guests)

    with django_assert_num_queries(1):
        ceremonies_widget(2030)


def test_widget_counts_guests_per_invitation_status_of_upcoming_ceremonies():
    ceremony = CeremonyFactory(date=timezone.localdate() + datetime.timedelta(days=10))
    for status, count in (("invited", 4), ("confirmed", 3), ("declined", 2), ("attended", 1)):
        GuestFactory.create_batch(count, ceremony=ceremony, status=status)

    widget = ceremonies_widget(1999)

    assert widget.table.rows == ((ceremony.title, ceremony.date.isoformat(), 4, 3, 2, 1),)


def test_widget_leaves_out_past_ceremonies_of_other_years():
    CeremonyFactory(date=datetime.date(2001, 1, 1))

    assert ceremonies_widget(1999) is None


def test_widget_and_section_never_carry_a_guests_name():
    GuestFactory(name="Zyxwvut Geheimnaam", email="geheim@example.invalid")

    printed = repr(ceremonies_section(2030).figures) + repr(ceremonies_widget(2030).table)

    assert "Zyxwvut" not in printed
    assert "geheim@" not in printed


def test_completeness_blocks_on_an_empty_french_title():
    CeremonyYearFactory(year=2030)
    GuestFactory(ceremony=CeremonyFactory(title_fr=""))

    blocking = [item.message for item in ceremonies_completeness(2030) if item.blocking]

    assert any("is leeg in het Frans" in message for message in blocking)


def test_completeness_blocks_on_a_ceremony_without_counted_guests():
    CeremonyYearFactory(year=2030)
    GuestFactory(status=Guest.Status.INVITED)

    assert any(item.blocking for item in ceremonies_completeness(2030))


def test_completeness_is_satisfied_by_a_complete_year():
    CeremonyYearFactory(year=2030)
    GuestFactory(category=GuestCategoryFactory(name_de="Kategorie"))

    assert [item for item in ceremonies_completeness(2030) if item.blocking] == []


def test_widget_template_renders_each_ceremony_with_its_chart():
    ceremony = CeremonyFactory(date=timezone.localdate() + datetime.timedelta(days=3))
    GuestFactory(ceremony=ceremony, name="Zyxwvut Geheimnaam")
    widget = ceremonies_widget(2030)

    html = render_to_string(widget.template, {"widget": widget})

    assert ceremony.title in html
    assert "<svg" in html
    assert "Zyxwvut" not in html
