"""Finding 16.8: no lost updates. Two staff members editing the same record: the second save is
refused and the first kept, for every model staff edit in the admin (inline rows too); a guest's
status written by the check-in page or an admin action raises the guest's version, so that a
change form opened before cannot overwrite "attended"."""

import datetime

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from ceremonies.models import Ceremony, Guest
from chancellery.locking import (
    CONFLICT_MESSAGE,
    VERSION_FIELD,
    OptimisticLockAdminMixin,
    OptimisticLockInlineMixin,
)
from procurement.models import LegalInstrument, Stage
from tests.ceremonies.factories import CeremonyFactory, GuestFactory
from tests.security.test_locking import change_form_data
from tests.staff import log_in_as

pytestmark = [pytest.mark.django_db, pytest.mark.otp]

DOMAIN_APPS = ("meetings", "ceremonies", "hr", "procurement", "communication")


def two_members(django_user_model, role: str) -> tuple[Client, Client]:
    first, second = Client(), Client()
    log_in_as(first, django_user_model, role, username=f"{role}-1")
    log_in_as(second, django_user_model, role, username=f"{role}-2")
    return first, second


def test_two_protocol_members_edit_a_ceremony_the_first_change_is_kept(django_user_model):
    ceremony = CeremonyFactory()
    url = reverse("admin:ceremonies_ceremony_change", args=[ceremony.pk])
    first, second = two_members(django_user_model, "protocol")
    form_of_first = change_form_data(first.get(url))
    form_of_second = change_form_data(second.get(url))

    saved = first.post(url, {**form_of_first, "title_nl": "Nationale Feestdag"})
    refused = second.post(url, {**form_of_second, "place_nl": "Paleis der Natie"})

    assert saved.status_code == 302
    assert refused.status_code == 200
    assert str(CONFLICT_MESSAGE) in refused.content.decode()
    stored = Ceremony.objects.get(pk=ceremony.pk)
    assert (stored.title_nl, stored.place_nl) == ("Nationale Feestdag", "Brussel")


@pytest.fixture
def guest():
    return GuestFactory(status=Guest.Status.CONFIRMED)


def test_a_check_in_is_not_overwritten_by_a_form_opened_before(client, django_user_model, guest):
    log_in_as(client, django_user_model, "protocol")
    url = reverse("admin:ceremonies_guest_change", args=[guest.pk])
    opened_before = change_form_data(client.get(url))

    client.post(reverse("ceremonies:mark-attended", args=[guest.ceremony_id, guest.pk]))
    refused = client.post(url, {**opened_before, "notes": "wheelchair"})

    assert str(CONFLICT_MESSAGE) in refused.content.decode()
    stored = Guest.objects.get(pk=guest.pk)
    assert (stored.status, stored.notes, stored.version) == ("attended", "", 1)


def test_the_admin_action_raises_the_version_as_the_check_in_does(client, django_user_model, guest):
    log_in_as(client, django_user_model, "protocol")
    url = reverse("admin:ceremonies_guest_change", args=[guest.pk])
    opened_before = change_form_data(client.get(url))

    client.post(
        reverse("admin:ceremonies_guest_changelist"),
        {"action": "mark_attended", "_selected_action": [guest.pk]},
    )
    refused = client.post(url, {**opened_before, "status": "confirmed"})

    assert str(CONFLICT_MESSAGE) in refused.content.decode()
    assert Guest.objects.get(pk=guest.pk).status == "attended"


def test_two_people_edit_the_same_stage_of_an_act_the_first_change_is_kept(django_user_model):
    act = LegalInstrument.objects.create(kind="law", title_nl="inzake overheidsopdrachten")
    stage = Stage.objects.create(
        instrument=act, kind=Stage.Kind.DRAFTING, date=datetime.date(2016, 1, 4)
    )
    url = reverse("admin:procurement_legalinstrument_change", args=[act.pk])
    first, second = two_members(django_user_model, "procurement")

    def stage_form(client, reference):
        data = change_form_data(client.get(url))
        data.update(
            {
                "stages-0-id": stage.pk,
                "stages-0-instrument": act.pk,
                "stages-0-kind": stage.kind,
                "stages-0-date": "2016-01-04",
                "stages-0-reference": reference,
                "stages-0-version": stage.version,
                "stages-INITIAL_FORMS": 1,
                "stages-TOTAL_FORMS": 1,
            }
        )
        return data

    form_of_first, form_of_second = stage_form(first, "DOC 54 1541/1"), stage_form(second, "DOC 2")

    assert first.post(url, form_of_first).status_code == 302
    refused = second.post(url, form_of_second)

    assert str(CONFLICT_MESSAGE) in refused.content.decode()
    stored = Stage.objects.get(pk=stage.pk)
    assert (stored.reference, stored.version) == ("DOC 54 1541/1", 1)


def test_every_model_staff_edit_in_the_admin_is_locked():
    unlocked = []
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in DOMAIN_APPS:
            continue
        versioned = VERSION_FIELD in {field.name for field in model._meta.fields}
        if not (versioned and isinstance(model_admin, OptimisticLockAdminMixin)):
            unlocked.append(model._meta.label)
        for inline in model_admin.inlines:
            fields = {field.name for field in inline.model._meta.fields}
            if VERSION_FIELD not in fields or not issubclass(inline, OptimisticLockInlineMixin):
                unlocked.append(inline.model._meta.label)

    assert unlocked == []
