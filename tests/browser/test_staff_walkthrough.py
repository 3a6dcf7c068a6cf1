"""A staff member tried as a new user would (issue 11): from the admin to the public report.

The secretariat adds an extraordinary meeting with a Dutch and a French subject through the
admin's form and finds it in the draft report's preview in both languages; an editor publishes
the year on the dashboard; an anonymous reader then finds it in the public report.

The year is 2017, a copy of the 2016 demo data for every other section, so that the meeting is
the only thing the year still lacks. The second factor is off (the test is not marked ``otp``,
see tests/conftest.py): the log-in is the password form alone.

This test writes: it takes ``transactional_db`` (through the live server) and loads its own data;
it does not use the module-shared ``demo_report``.
"""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import translation

from tests.browser.helpers import admin_log_in

YEAR = 2017
SUBJECT_NL = "de toekomst van de Europese defensie"
SUBJECT_FR = "l'avenir de la défense européenne"
PASSWORD = "a-long-test-password"


def clone(obj, **changes):
    """A copy of ``obj`` saved as a new record, with ``changes`` applied."""
    copy = type(obj).objects.get(pk=obj.pk)
    copy.pk = None
    copy.id = None
    copy._state.adding = True
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def copy_demo_year_to(year: int) -> None:
    """Every section's 2016 texts and figures copied to ``year``, except the meetings themselves.

    What each app's completeness check (its ``report.py``) requires: the report's foreword and
    colophon, the ICT figures, the meetings narrative, the staff figures and page, a commission
    meeting and the procurement narrative, each website's yearly visitors and the communication
    narrative. Ceremonies and campaigns are occasional: a year without any does not block.
    """
    from chancellery.models import AnnualReport, IctYear
    from communication.models import CommunicationYear, WebStatistic
    from hr.models import StaffFigures, YearNarrative
    from meetings.models import MeetingsYear
    from procurement.models import CommissionMeeting, ProcurementYear

    source = 2016
    clone(
        AnnualReport.objects.get(year=source),
        year=year,
        status=AnnualReport.Status.DRAFT,
        published_at=None,
        published_by=None,
    )
    ict = IctYear.objects.get(year=source)
    ict_copy = clone(ict, year=year)
    for topic in ict.topics.all():
        clone(topic, ict_year=ict_copy)
    meetings = MeetingsYear.objects.get(year=source)
    meetings_copy = clone(meetings, year=year)
    for note in meetings.notes.all():
        clone(note, meetings_year=meetings_copy)
    clone(
        StaffFigures.objects.get(year=source),
        year=year,
        reference_date=datetime.date(year, 12, 31),
    )
    staff_page = YearNarrative.objects.get(year=source)
    staff_page_copy = clone(staff_page, year=year)
    for commitment in staff_page.commitments.all():
        clone(commitment, narrative=staff_page_copy)
    commission = CommissionMeeting.objects.filter(date__year=source).earliest("date")
    clone(commission, date=commission.date.replace(year=year))
    clone(ProcurementYear.objects.get(year=source), year=year)
    for statistic in WebStatistic.objects.filter(year=source, kind=WebStatistic.Kind.YEAR):
        clone(statistic, year=year)
    communication = CommunicationYear.objects.get(year=source)
    communication_copy = clone(communication, year=year)
    for topic in communication.topics.all():
        clone(topic, narrative=communication_copy)


def blocking_items(year: int) -> list[str]:
    """What still blocks publishing ``year``, one line per item."""
    from chancellery.models import AnnualReport
    from chancellery.registry import registry
    from chancellery.services import report_missing

    missing = list(registry.missing(year)) + report_missing(AnnualReport.objects.get(year=year))
    return [f"{item.section}: {item.message}" for item in missing if item.blocking]


@pytest.fixture
def year_without_meetings(transactional_db):
    """The demo data, the roles, and 2017 complete but for its meetings."""
    call_command("load_demo_data", verbosity=0)
    call_command("setup_roles", verbosity=0)
    copy_demo_year_to(YEAR)
    with translation.override("en"):
        still_blocking = blocking_items(YEAR)
    assert len(still_blocking) == 1 and "No meeting of 2017" in still_blocking[0], still_blocking


def member_of(django_user_model, group: str, username: str):
    user = django_user_model.objects.create_user(
        username=username, password=PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def secretary(year_without_meetings, django_user_model):
    """A member of the secretariat (the meetings' app), as ``setup_roles`` defines it."""
    return member_of(django_user_model, "secretariat", "secretary")


@pytest.fixture
def editor(year_without_meetings, django_user_model):
    """An editor: publishes reports on the dashboard."""
    return member_of(django_user_model, "editor", "editor")


def new_tab(browser, language: str = "nl-BE"):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=language)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    return context, tab


def labelled(page, label: str):
    """The form field whose label reads ``label`` (the admin capitalises it and adds a colon)."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$", re.IGNORECASE))


def add_extraordinary_meeting(page, base_url: str) -> None:
    """Fill in and save the admin's "add meeting" form, fields found by their (Dutch) labels."""
    from meetings.models import Body, Meeting

    field = Meeting._meta.get_field
    body = Body.objects.order_by("position", "code").first()
    with translation.override("nl"):
        labels = {
            name: str(field(name).verbose_name)
            for name in ("body", "date", "status", "kind", "subject_nl", "subject_fr")
        }
        body_name = body.name
        save = translation.gettext("Save")
        add = translation.gettext("Add %(name)s") % {"name": Meeting._meta.verbose_name}
    page.goto(base_url + "/admin/meetings/meeting/")
    page.get_by_role("link", name=add).click()
    page.wait_for_url("**/admin/meetings/meeting/add/")

    labelled(page, labels["body"]).select_option(label=body_name)
    labelled(page, labels["date"]).fill(f"{YEAR}-06-21")
    labelled(page, labels["status"]).select_option(Meeting.Status.HELD.value)
    labelled(page, labels["kind"]).select_option(Meeting.Kind.EXTRAORDINARY.value)
    labelled(page, labels["subject_nl"]).fill(SUBJECT_NL)
    labelled(page, labels["subject_fr"]).fill(SUBJECT_FR)
    with page.expect_navigation():
        page.get_by_role("button", name=save, exact=True).click()

    assert page.url.endswith("/admin/meetings/meeting/"), page.locator("#content").inner_text()
    assert page.locator(".messagelist .success").count() == 1


def test_a_meeting_added_in_the_admin_reaches_the_public_report(
    browser, live_server, secretary, editor
):
    context, page = new_tab(browser)
    try:
        admin_log_in(page, live_server.url, secretary.username, PASSWORD)
        add_extraordinary_meeting(page, live_server.url)

        page.goto(live_server.url + f"/nl/reports/{YEAR}/")
        meetings_nl = page.locator("section#meetings").inner_text()
        page.goto(live_server.url + f"/fr/reports/{YEAR}/")
        meetings_fr = page.locator("section#meetings").inner_text()
    finally:
        context.close()

    assert SUBJECT_NL in meetings_nl and SUBJECT_FR not in meetings_nl
    assert SUBJECT_FR in meetings_fr and SUBJECT_NL not in meetings_fr

    context, page = new_tab(browser)
    try:
        admin_log_in(page, live_server.url, editor.username, PASSWORD)
        page.goto(live_server.url + f"/nl/dashboard/?year={YEAR}")
        with translation.override("nl"):
            publish = translation.gettext("Publish")
            published = translation.gettext(
                "The report of %(year)s is being published: its files are being rendered. It is "
                "public once they all are."
            ) % {"year": YEAR}
        with page.expect_navigation():
            page.get_by_role("button", name=publish, exact=True).click()
        status = page.get_by_role("status").inner_text()
    finally:
        context.close()

    assert published in status

    context, page = new_tab(browser)
    try:
        response = page.goto(live_server.url + f"/nl/reports/{YEAR}/")
        public_nl = page.locator("section#meetings").inner_text()
    finally:
        context.close()

    assert response.status == 200
    assert SUBJECT_NL in public_nl
