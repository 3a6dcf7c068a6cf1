import datetime
import re

import pytest

from chancellery import demo as core_demo
from chancellery import freeze
from meetings import demo
from meetings.models import Body, Meeting, MeetingsYear

pytestmark = pytest.mark.django_db

ATTACKS = datetime.date(2016, 3, 22)


@pytest.fixture
def loaded():
    with freeze.lifted():
        core_demo.load()
        demo.load()
        core_demo.publish()


def report_counts():
    return {
        body.code: (body.regular, body.extraordinary)
        for body in Body.objects.with_year_counts(2016)
    }


def test_the_demo_data_has_the_counts_of_the_printed_report(loaded):
    assert report_counts() == {
        "council-of-ministers": (51, 0),
        "national-security-council": (25, 0),
        "consultation-committee": (12, 2),
        "committees-a": (5, 0),
        "sector-committees": (2, 0),
    }


def test_loading_the_demo_twice_changes_nothing(loaded):
    before = sorted(
        Meeting.objects.values_list("body__code", "date", "second_session", "status", "kind")
    )
    with freeze.lifted():
        demo.load()
    after = sorted(
        Meeting.objects.values_list("body__code", "date", "second_session", "status", "kind")
    )
    assert after == before
    assert Body.objects.count() == 5
    assert MeetingsYear.objects.get().notes.count() == 2


def test_every_demo_meeting_is_held():
    with freeze.lifted():
        demo.load()
    assert set(Meeting.objects.values_list("status", flat=True)) == {Meeting.Status.HELD}


def test_the_council_of_ministers_meets_on_fridays():
    demo.load()
    days = Meeting.objects.filter(body__code="council-of-ministers").values_list("date", flat=True)
    assert {day.weekday() for day in days} == {4}


def test_the_security_council_meetings_called_by_the_attacks_come_after_22_march():
    demo.load()
    called = Meeting.objects.filter(occasion__code="attacks-2016-03-22").values_list(
        "date", flat=True
    )
    assert called and min(called) >= ATTACKS


def test_the_ceta_meetings_are_extraordinary_and_in_october():
    demo.load()
    ceta = Meeting.objects.filter(subject_en="the CETA treaty")
    assert {(m.kind, m.date.month) for m in ceta} == {(Meeting.Kind.EXTRAORDINARY, 10)}
    assert ceta.count() == 2


def meetings_section(html):
    start = html.index('<section id="meetings"')
    return html[start : html.index("</section>", start)]


def cell_text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_dutch_report_shows_every_meeting_figure_of_the_seed(loaded, client):
    html = meetings_section(client.get("/nl/reports/2016/").content.decode())
    text = cell_text(html)
    for label, figure in [
        ("Ministerraden", "51"),
        ("Nationale Veiligheidsraden", "25"),
        ("Overlegcomités", "12 + 2 speciaal gewijd aan het CETA-verdrag"),
        ("Comités A", "5"),
        ("Sectorcomités", "2"),
    ]:
        assert f" {label} {figure} " in text
    assert "Achter de schermen van de actualiteit" in html


def test_the_french_report_names_the_bodies_in_french(loaded, client):
    text = cell_text(meetings_section(client.get("/fr/reports/2016/").content.decode()))
    for name in [
        "Conseils des ministres",
        "Conseils nationaux de sécurité",
        "Comités de concertation",
        "Comités de secteur",
    ]:
        assert name in text
    assert "12 + 2 portant spécifiquement sur le traité CETA" in text


def test_the_meetings_of_the_published_year_are_frozen(loaded):
    from django.core.exceptions import ValidationError

    meeting = Meeting.objects.filter(date__year=2016).first()
    meeting.status = Meeting.Status.CANCELLED
    with pytest.raises(ValidationError):
        meeting.save()
