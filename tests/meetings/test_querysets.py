import datetime

import pytest

from meetings.models import Body, Meeting, Occasion
from tests.meetings.factories import BodyFactory, MeetingFactory, OccasionFactory

pytestmark = pytest.mark.django_db


def counts(year):
    return {
        body.code: (body.regular, body.extraordinary, body.previous)
        for body in Body.objects.with_year_counts(year)
    }


def test_only_held_meetings_count():
    body = BodyFactory(code="council")
    MeetingFactory(body=body, date=datetime.date(2015, 1, 2))
    MeetingFactory(body=body, date=datetime.date(2015, 1, 9), status=Meeting.Status.PLANNED)
    MeetingFactory(body=body, date=datetime.date(2015, 1, 16), status=Meeting.Status.CANCELLED)
    assert counts(2015)["council"] == (1, 0, 0)


def test_regular_and_extraordinary_meetings_are_counted_apart():
    body = BodyFactory(code="committee")
    MeetingFactory(body=body, date=datetime.date(2015, 1, 2))
    MeetingFactory(
        body=body,
        date=datetime.date(2015, 1, 3),
        kind=Meeting.Kind.EXTRAORDINARY,
        subject_nl="het CETA-verdrag",
    )
    assert counts(2015)["committee"] == (1, 1, 0)


def test_the_previous_year_is_counted_beside_the_year():
    body = BodyFactory(code="council")
    MeetingFactory(body=body, date=datetime.date(2014, 5, 2))
    MeetingFactory(body=body, date=datetime.date(2014, 5, 9))
    MeetingFactory(body=body, date=datetime.date(2015, 5, 8))
    MeetingFactory(body=body, date=datetime.date(2016, 5, 6))
    assert counts(2015)["council"] == (1, 0, 2)


def test_a_body_without_meetings_counts_zero():
    BodyFactory(code="idle")
    assert counts(2015)["idle"] == (0, 0, 0)


def test_subjects_of_extraordinary_meetings_are_grouped_per_body():
    body = BodyFactory()
    for day in (1, 2):
        MeetingFactory(
            body=body,
            date=datetime.date(2015, 10, day),
            kind=Meeting.Kind.EXTRAORDINARY,
            subject_nl="het CETA-verdrag",
            subject_fr="le traité CETA",
        )
    # Not held: not counted (a regular meeting has no subject: SUBJECT_MATCHES_KIND).
    MeetingFactory(
        body=body,
        date=datetime.date(2015, 10, 3),
        kind=Meeting.Kind.EXTRAORDINARY,
        status=Meeting.Status.CANCELLED,
        subject_nl="afgelast",
    )
    rows = list(Meeting.objects.subjects_per_body(2015))
    assert [(row["body_id"], row["subject"], row["count"]) for row in rows] == [
        (body.pk, "het CETA-verdrag", 2)
    ]


def test_meetings_per_month_count_held_meetings_of_the_year():
    MeetingFactory(date=datetime.date(2015, 3, 22))
    MeetingFactory(date=datetime.date(2015, 3, 23))
    MeetingFactory(date=datetime.date(2015, 4, 1))
    MeetingFactory(date=datetime.date(2015, 4, 2), status=Meeting.Status.CANCELLED)
    MeetingFactory(date=datetime.date(2016, 3, 2))
    assert [(row["month"], row["count"]) for row in Meeting.objects.per_month(2015)] == [
        (3, 2),
        (4, 1),
    ]


def test_occasions_are_listed_once_per_body_they_called():
    occasion = OccasionFactory()
    council, committee = BodyFactory(), BodyFactory()
    MeetingFactory(body=council, date=datetime.date(2015, 3, 22), occasion=occasion)
    MeetingFactory(body=council, date=datetime.date(2015, 3, 23), occasion=occasion)
    MeetingFactory(body=committee, date=datetime.date(2015, 3, 23), occasion=occasion)
    pairs = sorted((o.body_id, o.pk) for o in Occasion.objects.per_body(2015))
    assert pairs == sorted([(council.pk, occasion.pk), (committee.pk, occasion.pk)])
