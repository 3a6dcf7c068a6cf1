"""Finding 16.2: an extraordinary meeting has a subject, a regular one has none; the rule is one
function (meetings.models.meeting_subject_errors) backed by a database constraint, and a meeting
entered before the rule is listed by the completeness check."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from meetings.models import Meeting, meeting_subject_errors
from meetings.report import meetings_completeness
from tests.legacy import before_the_rule
from tests.meetings.factories import BodyFactory, MeetingFactory
from tests.staff import log_in_as

pytestmark = pytest.mark.django_db

ADD = reverse("admin:meetings_meeting_add")
DAY = datetime.date(2015, 10, 24)


def form(body, **extra):
    return {
        "body": body.pk,
        "date": DAY.isoformat(),
        "status": Meeting.Status.HELD,
        "kind": Meeting.Kind.REGULAR,
        "subject_nl": "",
        "subject_fr": "",
        "subject_de": "",
        "subject_en": "",
        "occasion": "",
        **extra,
    }


@pytest.fixture
def secretary(client, django_user_model):
    log_in_as(client, django_user_model, "secretariat")
    return client


@pytest.mark.otp
def test_the_secretariat_cannot_add_an_extraordinary_meeting_without_subject(secretary):
    response = secretary.post(
        ADD, form(BodyFactory(), kind="extraordinary"), HTTP_ACCEPT_LANGUAGE="nl"
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["subject_nl"]
    assert "Een buitengewone vergadering is gewijd aan een onderwerp" in errors["subject_nl"][0]
    assert not Meeting.objects.exists()


@pytest.mark.otp
def test_the_secretariat_cannot_give_a_regular_meeting_a_subject(secretary):
    data = form(BodyFactory(), subject_fr="le traité CETA")

    response = secretary.post(ADD, data, HTTP_ACCEPT_LANGUAGE="nl")

    assert list(response.context["adminform"].form.errors) == ["subject_fr"]
    assert not Meeting.objects.exists()


@pytest.mark.otp
def test_an_extraordinary_meeting_with_its_subject_is_saved(secretary):
    data = form(BodyFactory(), kind="extraordinary", subject_nl="het CETA-verdrag")

    assert secretary.post(ADD, data).status_code == 302
    assert Meeting.objects.get().subject_nl == "het CETA-verdrag"


@pytest.mark.parametrize(
    ("kind", "subjects"),
    [
        ("extraordinary", {"subject_nl": ""}),
        ("extraordinary", {"subject_nl": None}),  # a translation column may be NULL
        ("extraordinary", {"subject_nl": None, "subject_fr": "le traité CETA"}),
        ("regular", {"subject_en": "the CETA treaty"}),
    ],
)
def test_the_database_refuses_what_the_rule_refuses(kind, subjects):
    meeting = Meeting(body=BodyFactory(), date=DAY, kind=kind, **subjects)
    assert meeting_subject_errors(meeting)

    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.bulk_create([meeting])  # around every form: no clean()


@pytest.mark.parametrize(
    ("kind", "subjects"),
    [("extraordinary", {"subject_nl": "het CETA-verdrag"}), ("regular", {"subject_nl": None})],
)
def test_the_database_accepts_what_the_rule_accepts(kind, subjects):
    meeting = Meeting(body=BodyFactory(), date=DAY, kind=kind, **subjects)
    assert meeting_subject_errors(meeting) == {}

    Meeting.objects.bulk_create([meeting])

    assert Meeting.objects.count() == 1


def test_a_meeting_entered_before_the_rule_blocks_the_report(dutch):
    with before_the_rule(Meeting, "meeting_subject_matches_kind"):
        meeting = MeetingFactory(date=DAY, kind=Meeting.Kind.EXTRAORDINARY, subject_nl="")

    items = [item for item in meetings_completeness(2015) if "onderwerp" in item.message]

    assert [(item.blocking, item.admin_url) for item in items] == [
        (True, reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    ]
    # New rows are checked again.
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingFactory(date=DAY.replace(day=25), kind=Meeting.Kind.EXTRAORDINARY, subject_nl="")
