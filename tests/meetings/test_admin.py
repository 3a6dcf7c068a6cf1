import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from chancellery.models import AnnualReport
from meetings.models import Meeting
from tests.meetings.factories import BodyFactory, MeetingFactory

pytestmark = pytest.mark.django_db

ADD = reverse("admin:meetings_meeting_add")


def form_data(body, day, **extra):
    data = {
        "body": body.pk,
        "date": day.isoformat(),
        "status": Meeting.Status.HELD,
        "kind": Meeting.Kind.REGULAR,
        "subject_nl": "",
        "subject_fr": "",
        "subject_de": "",
        "subject_en": "",
        "occasion": "",
    }
    data.update(extra)
    return data


@pytest.fixture
def secretariat(client, admin_user):
    client.force_login(admin_user)
    return client


def council_count(client):
    html = client.get("/nl/reports/2015/").content.decode()
    # The body's name links to its figure page across the years.
    match = re.search(
        r'<th scope="row"><a href="[^"]*">Ministerraden</a></th>\s*<td class="num"[^>]*>(\d+)</td>',
        html,
    )
    return int(match.group(1))


def test_adding_a_meeting_in_the_admin_changes_the_report(secretariat):
    AnnualReport.objects.create(year=2015)
    council = BodyFactory(code="council-of-ministers", plural_name_nl="Ministerraden")
    MeetingFactory(body=council, date=datetime.date(2015, 1, 9))
    assert council_count(secretariat) == 1

    response = secretariat.post(ADD, form_data(council, datetime.date(2015, 1, 16)))

    assert response.status_code == 302
    assert council_count(secretariat) == 2


def test_the_admin_refuses_the_same_body_twice_on_a_day_with_a_message(secretariat):
    meeting = MeetingFactory(date=datetime.date(2015, 1, 9))
    response = secretariat.post(ADD, form_data(meeting.body, meeting.date))
    assert response.status_code == 200
    assert "vink dan “tweede zitting” aan bij de tweede vergadering" in response.content.decode()
    assert Meeting.objects.count() == 1


def test_the_admin_accepts_a_second_session_on_the_same_day(secretariat):
    meeting = MeetingFactory(date=datetime.date(2015, 1, 9))
    response = secretariat.post(ADD, form_data(meeting.body, meeting.date, second_session="on"))
    assert response.status_code == 302
    assert Meeting.objects.count() == 2


def test_the_admin_refuses_a_held_meeting_on_a_future_date_with_a_message(secretariat):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = secretariat.post(ADD, form_data(BodyFactory(), tomorrow))
    assert response.status_code == 200
    assert "heeft nog niet plaatsgevonden" in response.content.decode()
    assert not Meeting.objects.exists()


def test_the_meeting_list_filters_by_body_year_kind_and_status(secretariat):
    meeting = MeetingFactory(date=datetime.date(2015, 1, 9))
    MeetingFactory(date=datetime.date(2014, 1, 10))
    url = reverse("admin:meetings_meeting_changelist")
    response = secretariat.get(
        url,
        {
            "body__id__exact": meeting.body.pk,
            "date__year": 2015,
            "kind__exact": "regular",
            "status__exact": "held",
        },
    )
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


def test_the_meeting_list_searches_by_body_name(secretariat):
    MeetingFactory(body=BodyFactory(name_nl="Overlegcomité"), date=datetime.date(2015, 1, 9))
    MeetingFactory(body=BodyFactory(name_nl="Ministerraad"), date=datetime.date(2015, 1, 9))
    response = secretariat.get(reverse("admin:meetings_meeting_changelist"), {"q": "Overleg"})
    assert response.context["cl"].result_count == 1


@pytest.mark.parametrize("model", ["body", "occasion", "meeting", "meetingsyear"])
def test_every_admin_page_opens(secretariat, model):
    assert secretariat.get(reverse(f"admin:meetings_{model}_changelist")).status_code == 200
    assert secretariat.get(reverse(f"admin:meetings_{model}_add")).status_code == 200
