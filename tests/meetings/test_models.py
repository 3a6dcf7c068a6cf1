import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from meetings.models import Meeting
from tests.meetings.factories import BodyFactory, MeetingFactory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2015, 3, 6)


def test_the_database_refuses_the_same_body_twice_on_a_day_without_second_session():
    first = MeetingFactory(date=DAY)
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(body=first.body, date=DAY, status=Meeting.Status.HELD)


def test_the_database_accepts_a_second_session_on_the_same_day():
    first = MeetingFactory(date=DAY)
    Meeting.objects.create(
        body=first.body, date=DAY, second_session=True, status=Meeting.Status.HELD
    )
    assert Meeting.objects.filter(body=first.body, date=DAY).count() == 2


def test_two_bodies_may_meet_on_the_same_day():
    MeetingFactory(date=DAY)
    MeetingFactory(date=DAY)
    assert Meeting.objects.filter(date=DAY).count() == 2


def test_validation_explains_the_same_body_twice_on_a_day():
    first = MeetingFactory(date=DAY)
    duplicate = Meeting(body=first.body, date=DAY, status=Meeting.Status.HELD)
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "vink dan “tweede zitting” aan" in str(error.value)


def test_validation_refuses_a_second_session_without_a_first_one():
    body = BodyFactory()
    lonely = Meeting(body=body, date=DAY, second_session=True, status=Meeting.Status.HELD)
    with pytest.raises(ValidationError) as error:
        lonely.full_clean()
    assert "vraagt een eerste vergadering" in " ".join(error.value.message_dict["second_session"])


def test_validation_refuses_a_held_meeting_on_a_future_date():
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    meeting = Meeting(body=BodyFactory(), date=tomorrow, status=Meeting.Status.HELD)
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert "heeft nog niet plaatsgevonden" in " ".join(error.value.message_dict["status"])


def test_a_planned_meeting_on_a_future_date_is_valid():
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    meeting = Meeting(body=BodyFactory(), date=tomorrow, status=Meeting.Status.PLANNED)
    meeting.full_clean()


def test_a_meeting_reads_as_its_body_and_date():
    meeting = MeetingFactory(body=BodyFactory(name_nl="Ministerraad"), date=DAY)
    assert str(meeting) == "Ministerraad – 6 maart 2015"
