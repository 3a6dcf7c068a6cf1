"""The service's admin: pages open, inline stages are checked together with clear messages."""

import datetime

import pytest
from django.urls import reverse

import procurement.demo
from chancellery import demo as core_demo
from procurement.models import LegalInstrument, Stage
from tests.procurement.factories import LegalInstrumentFactory, StageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "boss", "boss@example.org", "a-long-test-password"
    )
    client.force_login(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def _post(act=None, *, stages, **fields):
    data = {
        "kind": "law",
        "title_nl": "inzake proeven",
        "title_fr": "relative aux essais",
        "title_de": "",
        "title_en": "on tests",
        "short_description_nl": "",
        "short_description_fr": "",
        "short_description_de": "",
        "short_description_en": "",
        "dated": "",
        "published_on": "",
        "amends": "",
        "stages-TOTAL_FORMS": str(len(stages)),
        "stages-INITIAL_FORMS": "0",
        "stages-MIN_NUM_FORMS": "0",
        "stages-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for index, (kind, date) in enumerate(stages):
        data[f"stages-{index}-kind"] = str(int(kind))
        data[f"stages-{index}-date"] = date
        data[f"stages-{index}-reference"] = ""
    return data


@pytest.mark.parametrize(
    "name", ["directive", "legalinstrument", "commissionmeeting", "procurementyear"]
)
def test_the_admin_lists_and_add_pages_open(admin_client, name):
    core_demo.load()
    procurement.demo.load()

    assert admin_client.get(reverse(f"admin:procurement_{name}_changelist")).status_code == 200
    assert admin_client.get(reverse(f"admin:procurement_{name}_add")).status_code == 200


def test_an_act_with_stages_in_a_possible_order_is_saved(admin_client):
    response = admin_client.post(
        reverse("admin:procurement_legalinstrument_add"),
        _post(
            stages=[(Stage.Kind.TABLED, "2016-01-14"), (Stage.Kind.ADOPTED, "2016-06-17")],
            dated="2016-06-17",
        ),
    )

    assert response.status_code == 302
    act = LegalInstrument.objects.get(title_nl="inzake proeven")
    assert list(act.stages.values_list("kind", flat=True)) == [
        Stage.Kind.TABLED,
        Stage.Kind.ADOPTED,
    ]


def test_the_admin_refuses_stages_out_of_order_with_a_clear_message(admin_client):
    response = admin_client.post(
        reverse("admin:procurement_legalinstrument_add"),
        _post(
            stages=[(Stage.Kind.TABLED, "2016-07-01"), (Stage.Kind.ADOPTED, "2016-06-17")],
            dated="2016-06-17",
        ),
    )

    assert response.status_code == 200
    assert "cannot precede" in response.content.decode()
    assert not LegalInstrument.objects.filter(title_nl="inzake proeven").exists()


def test_the_admin_refuses_a_publication_date_without_its_published_stage(admin_client):
    response = admin_client.post(
        reverse("admin:procurement_legalinstrument_add"),
        _post(
            stages=[(Stage.Kind.ADOPTED, "2016-06-17")],
            dated="2016-06-17",
            published_on="2016-07-14",
        ),
    )

    assert response.status_code == 200
    assert "record its “published” stage" in response.content.decode()


def test_the_admin_refuses_to_change_a_stage_of_a_published_year(admin_client):
    core_demo.load()
    act = LegalInstrumentFactory()
    stage = StageFactory(instrument=act, kind=Stage.Kind.DRAFTING, date=datetime.date(2016, 3, 1))
    core_demo.publish()
    data = _post(stages=[(Stage.Kind.DRAFTING, "2016-03-02")], title_nl=act.title_nl)
    data.update(
        {
            "stages-INITIAL_FORMS": "1",
            "stages-0-id": str(stage.pk),
            "stages-0-instrument": str(act.pk),
        }
    )

    response = admin_client.post(
        reverse("admin:procurement_legalinstrument_change", args=[act.pk]), data
    )

    assert response.status_code == 200
    assert "frozen" in response.content.decode()
    stage.refresh_from_db()
    assert stage.date == datetime.date(2016, 3, 1)
