"""The data-collection calendar: due dates and roles per section (defaults, the admin's), each
section's state on the dashboard, and each service's own sections on the admin index."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone

from chancellery import collection
from chancellery.models import CollectionDeadline, CollectionProgress
from chancellery.registry import registry
from chancellery.security.roles import roles_setup
from tests.chancellery.factories import AnnualReportFactory, IctYearFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
LATE_YEAR = TODAY.year - 1


@pytest.fixture(autouse=True)
def roles():
    roles_setup()


@pytest.fixture
def ict_only(monkeypatch):
    """Only the ICT section's check runs: the others find nothing (their apps test them)."""
    monkeypatch.setattr(registry, "_checks", {"ict": registry._checks["ict"]})


def _member(django_user_model, username, role):
    user = django_user_model.objects.create_user(
        username=username, password="x" * 16, is_staff=True
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def test_every_section_has_a_default_due_date_and_role():
    due = collection.deadlines(2016)

    assert set(due) == set(registry.section_keys())
    assert due["hr"] == (datetime.date(2017, 1, 31), "hr", None)
    assert due["procurement"][1] == "procurement"


def test_a_due_date_entered_in_the_admin_replaces_the_default():
    deadline = CollectionDeadline.objects.create(
        section="hr",
        year=2016,
        due_date=datetime.date(2017, 3, 15),
        role=Group.objects.get(name="management"),
    )

    assert collection.deadlines(2016)["hr"] == (
        datetime.date(2017, 3, 15),
        "management",
        deadline.pk,
    )
    assert collection.deadlines(2015)["hr"][0] == datetime.date(2016, 1, 31)


def test_an_unknown_section_is_refused_with_a_translated_message():
    deadline = CollectionDeadline(
        section="weather",
        year=2016,
        due_date=datetime.date(2017, 1, 31),
        role=Group.objects.first(),
    )

    with pytest.raises(ValidationError) as refused:
        deadline.full_clean()

    assert refused.value.message_dict["section"] == ["Kies een van de onderdelen van het verslag."]


def test_a_due_date_two_years_after_the_report_is_refused_by_the_database():
    with pytest.raises(IntegrityError):
        CollectionDeadline.objects.create(
            section="hr", year=2016, due_date=datetime.date(2018, 1, 31), role=Group.objects.first()
        )


def test_a_section_is_late_incomplete_or_complete(ict_only):
    IctYearFactory(year=LATE_YEAR, title_fr="")  # its French title blocks

    late = collection.calendar(LATE_YEAR, today=datetime.date(LATE_YEAR + 1, 2, 1))
    before = collection.calendar(LATE_YEAR, today=datetime.date(LATE_YEAR + 1, 1, 31))

    ict = next(section for section in late.sections if section.key == "ict")
    assert ict.state == collection.State.LATE and ict.days_late == 1
    assert len(ict.missing) == 1 and "Frans" in ict.missing[0].message
    assert next(s for s in before.sections if s.key == "ict").state == collection.State.INCOMPLETE
    assert next(s for s in late.sections if s.key == "hr").state == collection.State.COMPLETE


def test_the_daily_check_records_since_when_a_section_is_complete(ict_only):
    collection.reminders_send()
    assert CollectionProgress.objects.get(section="ict", year=LATE_YEAR).completed_at is None

    IctYearFactory(year=LATE_YEAR, title_fr="Titre")
    collection.reminders_send()
    first = CollectionProgress.objects.get(section="ict", year=LATE_YEAR).completed_at
    collection.reminders_send()

    assert first is not None
    assert CollectionProgress.objects.get(section="ict", year=LATE_YEAR).completed_at == first
    ict = next(s for s in collection.calendar(LATE_YEAR).sections if s.key == "ict")
    assert ict.completed_at == first


def test_the_dashboard_flags_a_late_section_with_its_role_and_what_is_missing(
    client, ict_only, django_user_model
):
    manager = _member(django_user_model, "manager", "management")
    AnnualReportFactory(year=LATE_YEAR)
    client.force_login(manager)

    content = client.get(f"/nl/dashboard/?year={LATE_YEAR}").content.decode()

    row = content[content.index('<tr class="collection-late">') :]
    row = row[: row.index("</tr>")]
    assert "ICT" in row and "te laat" in row and "Redacteurs" in row
    assert f"Geen ICT-cijfers voor {LATE_YEAR}." in row
    assert "1 onderdeel is te laat." in content


def test_an_editor_opens_the_due_date_form_with_the_sections_default(client, django_user_model):
    editor = _member(django_user_model, "editor", "editor")
    client.force_login(editor)

    dashboard = client.get(f"/nl/dashboard/?year={LATE_YEAR}").content.decode()
    response = client.get(f"/admin/chancellery/collectiondeadline/add/?section=hr&year={LATE_YEAR}")

    assert (
        f"/admin/chancellery/collectiondeadline/add/?section=hr&amp;year={LATE_YEAR}" in dashboard
    )
    form = response.context["adminform"].form
    assert form.initial["due_date"] == datetime.date(LATE_YEAR + 1, 1, 31)
    assert form.initial["role"] == Group.objects.get(name="hr").pk


def test_each_service_sees_its_own_sections_on_the_admin_index(client, ict_only, django_user_model):
    _member(django_user_model, "ed", "editor")
    hr = _member(django_user_model, "hilde", "hr")
    client.force_login(django_user_model.objects.get(username="ed"))

    editor_index = client.get("/admin/").content.decode()
    client.force_login(hr)
    hr_index = client.get("/admin/").content.decode()

    assert f"Uw onderdelen van het jaarverslag {collection.collection_year()}" in editor_index
    assert f"Geen ICT-cijfers voor {collection.collection_year()}." in editor_index
    assert "Personeel<" not in editor_index.split('id="collection-mine-title"')[1][:2000]
    assert "Geen ICT-cijfers" not in hr_index
