"""The audit trail: who changed what, when, old and new values, in every language field."""

import datetime

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse
from modeltranslation.translator import translator

from ceremonies.models import Guest
from ceremonies.services import guests_anonymise
from chancellery.audit import historical_models, untranslated_fields
from chancellery.models import AnnualReport
from chancellery.registry import registry
from communication.importers import web_statistics_import
from communication.models import WebStatistic
from tests.ceremonies.factories import CeremonyFactory, GuestFactory
from tests.chancellery.factories import AnnualReportFactory
from tests.communication.factories import WebsiteFactory
from tests.security.test_locking import change_form_data

pytestmark = pytest.mark.django_db

OUR_APPS = ("chancellery", "meetings", "ceremonies", "hr", "procurement", "communication")
LANGUAGES = ("nl", "fr", "de", "en")


# An edition's files are written once and never change: the record is its own trail.
IMMUTABLE = ("chancellery.EditionFile",)
# Written by the application, not by staff: a large import's progress and upload (what it
# imports has its own trail), what the daily check found of a section, the reminders it sent (a
# log itself), and which source text a translation was made from (derived from the history of
# the field it describes).
OPERATIONAL = (
    "chancellery.ImportJob",
    "chancellery.CollectionProgress",
    "chancellery.ReminderSent",
    "chancellery.TranslationState",
)


def our_models():
    return [
        model
        for app in OUR_APPS
        for model in apps.get_app_config(app).get_models()
        if model not in historical_models() and model._meta.label not in IMMUTABLE + OPERATIONAL
    ]


@pytest.mark.parametrize("model", our_models(), ids=lambda model: model._meta.label)
def test_every_model_of_our_apps_keeps_a_history(model):
    assert hasattr(model, "history")


@pytest.mark.parametrize(
    "model",
    [model for model in our_models() if untranslated_fields(model)],
    ids=lambda model: model._meta.label,
)
def test_the_history_keeps_every_language_column(model):
    kept = {field.name for field in model.history.model._meta.fields}

    for name in translator.get_options_for_model(model).fields:
        assert {f"{name}_{language}" for language in LANGUAGES} <= kept


def test_historical_models_are_neither_frozen_nor_cached_as_report_data():
    assert not set(historical_models()) & set(registry.watched_models())


def test_an_admin_edit_records_who_and_the_old_and_new_value(admin_client, admin_user):
    report = AnnualReportFactory(year=2031, foreword_title_fr="Avant-propos")
    url = reverse("admin:chancellery_annualreport_change", args=[report.pk])
    data = change_form_data(admin_client.get(url))

    admin_client.post(url, {**data, "foreword_title_fr": "Préface"})

    latest, previous = report.history.all()[:2]
    change = latest.diff_against(previous).changes
    assert latest.history_user == admin_user
    assert ("foreword_title_fr", "Avant-propos", "Préface") in [
        (c.field, c.old, c.new) for c in change
    ]


def test_the_admin_history_page_shows_the_change(admin_client):
    report = AnnualReportFactory(year=2031, foreword_title_de="Vorwort alt")
    url = reverse("admin:chancellery_annualreport_change", args=[report.pk])
    data = change_form_data(admin_client.get(url))
    admin_client.post(url, {**data, "foreword_title_de": "Vorwort neu"})

    page = admin_client.get(reverse("admin:chancellery_annualreport_history", args=[report.pk]))

    html = page.content.decode()
    assert page.status_code == 200
    assert "Vorwort alt" in html
    assert "Vorwort neu" in html


def test_saving_a_record_unchanged_adds_no_history_entry():
    report = AnnualReportFactory(year=2031)

    AnnualReport.objects.get(pk=report.pk).save()

    assert report.history.count() == 1


def test_a_deletion_is_recorded():
    report = AnnualReportFactory(year=2031)
    pk = report.pk

    report.delete()

    assert list(AnnualReport.history.filter(id=pk).values_list("history_type", flat=True)) == [
        "-",
        "+",
    ]


def test_the_web_statistics_import_writes_the_history():
    website = WebsiteFactory()
    data = f"site,period,unique_visitors,visits,page_views\n{website.code},2031,10,20,30\n"

    web_statistics_import(data=data.encode(), fmt="plain")

    assert WebStatistic.history.count() == 1


def old_guest_with_history(**kwargs) -> Guest:
    guest = GuestFactory(
        ceremony=CeremonyFactory(date=datetime.date(2015, 6, 1)),
        name="Ada Lovelace-Canary",
        email="ada@canary.invalid",
        **kwargs,
    )
    guest.notes = "needs a ramp"
    guest.save()
    return guest


PERSONAL = ("name", "organisation", "email", "phone", "accessibility_needs", "notes")


def test_anonymisation_wipes_the_personal_data_from_the_guests_history():
    guest = old_guest_with_history(organisation="Acme")

    guests_anonymise(retention_days=365, today=datetime.date(2031, 1, 1))

    rows = Guest.history.filter(id=guest.pk).values(*PERSONAL)
    assert len(rows) == 2
    assert all(value == "" for row in rows for value in row.values())


def test_anonymisation_wipes_the_history_of_deleted_guests_of_old_ceremonies():
    guest = old_guest_with_history()
    pk = guest.pk
    guest.delete()

    call_command("anonymise_guests", "--days", "0")

    assert not Guest.history.filter(id=pk).exclude(name="").exists()


def test_anonymisation_keeps_the_history_of_recent_guests():
    guest = GuestFactory(ceremony=CeremonyFactory(date=datetime.date(2030, 6, 1)), name="Recent")

    guests_anonymise(retention_days=365, today=datetime.date(2030, 7, 1))

    assert Guest.history.get(id=guest.pk).name == "Recent"


def test_a_dry_run_leaves_the_history_alone():
    guest = old_guest_with_history()

    guests_anonymise(retention_days=365, today=datetime.date(2031, 1, 1), dry_run=True)

    assert Guest.history.filter(id=guest.pk, name="Ada Lovelace-Canary").count() == 2
