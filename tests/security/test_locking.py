"""Optimistic locking: two people open the same record, both save, the second is refused."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from ceremonies.models import Guest
from chancellery.locking import CONFLICT_MESSAGE
from chancellery.models import AnnualReport
from hr.models import StaffFigures
from tests.ceremonies.factories import GuestFactory
from tests.chancellery.factories import AnnualReportFactory
from tests.hr.factories import StaffFiguresFactory

pytestmark = pytest.mark.django_db


def change_form_data(response) -> dict:
    """What the browser would post back from an admin change form, untouched."""
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value is False:
            continue
        if value is True:
            data[name] = "on"
        elif isinstance(value, datetime.date | datetime.datetime | Decimal):
            data[name] = str(value)
        else:
            data[name] = value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value()
    return data


def two_people_edit(client, url: str, first: dict, second: dict):
    """Both open the form, then each saves their change: first, then second."""
    form_of_first = change_form_data(client.get(url))
    form_of_second = change_form_data(client.get(url))
    response_to_first = client.post(url, {**form_of_first, **first})
    response_to_second = client.post(url, {**form_of_second, **second})
    return response_to_first, response_to_second


def test_the_second_save_of_staff_figures_is_refused_and_the_first_kept(admin_client):
    figures = StaffFiguresFactory(year=2031)
    url = reverse("admin:hr_stafffigures_change", args=[figures.pk])

    first, second = two_people_edit(
        admin_client, url, {"training_days_total": "400.0"}, {"training_days_total": "500.0"}
    )

    assert first.status_code == 302
    assert second.status_code == 200
    assert str(CONFLICT_MESSAGE) in second.content.decode()
    assert StaffFigures.objects.get(pk=figures.pk).training_days_total == Decimal("400.0")


def test_the_second_save_of_a_report_text_is_refused_and_the_first_kept(admin_client):
    report = AnnualReportFactory(year=2031)
    url = reverse("admin:chancellery_annualreport_change", args=[report.pk])

    first, second = two_people_edit(
        admin_client, url, {"foreword_title_fr": "Avant-propos A"}, {"foreword_title_fr": "B"}
    )

    assert first.status_code == 302
    assert str(CONFLICT_MESSAGE) in second.content.decode()
    assert AnnualReport.objects.get(pk=report.pk).foreword_title_fr == "Avant-propos A"


def test_the_second_save_of_a_guest_is_refused_and_the_first_kept(admin_client):
    guest = GuestFactory()
    url = reverse("admin:ceremonies_guest_change", args=[guest.pk])

    first, second = two_people_edit(
        admin_client, url, {"notes": "wheelchair"}, {"organisation": "Other"}
    )

    assert first.status_code == 302
    assert str(CONFLICT_MESSAGE) in second.content.decode()
    stored = Guest.objects.get(pk=guest.pk)
    assert (stored.notes, stored.organisation) == ("wheelchair", "")


def test_the_refused_form_keeps_what_the_second_person_typed(admin_client):
    report = AnnualReportFactory(year=2031)
    url = reverse("admin:chancellery_annualreport_change", args=[report.pk])

    _first, second = two_people_edit(
        admin_client, url, {"foreword_title_fr": "A"}, {"foreword_title_fr": "Mon texte"}
    )

    assert second.context["adminform"].form["foreword_title_fr"].value() == "Mon texte"


def test_saves_one_after_the_other_both_succeed(admin_client):
    figures = StaffFiguresFactory(year=2031)
    url = reverse("admin:hr_stafffigures_change", args=[figures.pk])

    for total in ("400.0", "500.0"):
        data = change_form_data(admin_client.get(url))
        assert admin_client.post(url, {**data, "training_days_total": total}).status_code == 302

    stored = StaffFigures.objects.get(pk=figures.pk)
    assert (stored.training_days_total, stored.version) == (Decimal("500.0"), 2)


def test_a_post_without_the_version_is_refused(admin_client):
    figures = StaffFiguresFactory(year=2031)
    url = reverse("admin:hr_stafffigures_change", args=[figures.pk])
    data = change_form_data(admin_client.get(url))
    del data["version"]

    response = admin_client.post(url, {**data, "training_days_total": "400.0"})

    assert str(CONFLICT_MESSAGE) in response.content.decode()
    assert StaffFigures.objects.get(pk=figures.pk).training_days_total == Decimal("329.0")


def test_the_version_travels_hidden_in_the_change_form(admin_client):
    figures = StaffFiguresFactory(year=2031)

    html = admin_client.get(reverse("admin:hr_stafffigures_change", args=[figures.pk]))

    assert '<input type="hidden" name="version" value="0"' in html.content.decode()


def test_adding_a_record_needs_no_version(admin_client):
    url = reverse("admin:chancellery_annualreport_add")

    response = admin_client.post(url, {"year": "2032"})

    assert response.status_code == 302
    assert AnnualReport.objects.get(year=2032).version == 0
