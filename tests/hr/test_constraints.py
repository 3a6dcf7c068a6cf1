"""Each rule on the counts is refused twice: by the admin form with a message, and by the database
for writes that bypass the form (objects.create, bulk_create)."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from hr.models import Commitment, StaffFigures
from tests.hr.factories import CommitmentFactory, StaffFiguresFactory, YearNarrativeFactory

pytestmark = pytest.mark.django_db

VALID = {
    "year": 2017,
    "reference_date": "2017-12-31",
    "headcount": 143,
    "men": 51,
    "women": 92,
    "gender_other": 0,
    "statutory": 89,
    "contractual": 54,
    "telework_base": 118,
    "telework_base_label_nl": "personeelsleden van wie de functie telewerk toelaat",
    "telework_base_label_fr": "membres du personnel dont la fonction permet le télétravail",
    "telework_base_label_de": "",
    "telework_base_label_en": "staff whose function allows telework",
    "teleworkers": 47,
    "training_days_total": "329.0",
}

# (counts that make it wrong, the message the admin shows, the database constraint refusing it)
BAD_INPUT = [
    pytest.param(
        {"men": 50},
        "Men (50), women (92) and other gender (0) add up to 142, not to the headcount of 143.",
        "hr_stafffigures_genders_add_up",
        id="genders-do-not-add-up",
    ),
    pytest.param(
        {"contractual": 55},
        "Statutory (89) and contractual (55) staff add up to 144, not to the headcount of 143.",
        "hr_stafffigures_statuses_add_up",
        id="statuses-do-not-add-up",
    ),
    pytest.param(
        {"teleworkers": 119},
        "119 teleworkers is more than the 118 people of the telework base.",
        "hr_stafffigures_teleworkers_within_base",
        id="more-teleworkers-than-base",
    ),
    pytest.param(
        {"telework_base": 144, "teleworkers": 47},
        "The telework base (144) cannot exceed the headcount of 143.",
        "hr_stafffigures_telework_base_within_headcount",
        id="base-larger-than-headcount",
    ),
    pytest.param(
        {"gender_other": -1, "women": 93},
        "Ensure this value is greater than or equal to 0.",
        "hr_stafffigures_counts_not_negative",
        id="negative-count",
    ),
    pytest.param(
        {"training_days_total": "-1.0"},
        "Ensure this value is greater than or equal to 0.",
        "hr_stafffigures_counts_not_negative",
        id="negative-training-days",
    ),
]


def as_model_values(changes: dict) -> dict:
    values = {key: value for key, value in (VALID | changes).items() if key != "reference_date"}
    values["training_days_total"] = Decimal(values["training_days_total"])
    return values | {"reference_date": "2017-12-31"}


def test_valid_counts_are_saved_from_the_admin(admin_client):
    response = admin_client.post("/admin/hr/stafffigures/add/", VALID, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert StaffFigures.objects.get(year=2017).telework_share() == Decimal("39.8")


@pytest.mark.parametrize(("changes", "message", "constraint"), BAD_INPUT)
def test_the_admin_refuses_bad_counts_with_a_message(admin_client, changes, message, constraint):
    response = admin_client.post(
        "/admin/hr/stafffigures/add/", VALID | changes, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not StaffFigures.objects.exists()


@pytest.mark.parametrize(("changes", "message", "constraint"), BAD_INPUT)
def test_the_database_refuses_bad_counts_created_without_a_form(changes, message, constraint):
    with pytest.raises(IntegrityError, match=constraint), transaction.atomic():
        StaffFigures.objects.create(**as_model_values(changes))


@pytest.mark.parametrize(("changes", "message", "constraint"), BAD_INPUT)
def test_the_database_refuses_bad_counts_in_a_bulk_insert(changes, message, constraint):
    with pytest.raises(IntegrityError, match=constraint), transaction.atomic():
        StaffFigures.objects.bulk_create([StaffFigures(**as_model_values(changes))])


def test_the_database_refuses_counts_made_bad_by_a_bulk_update():
    StaffFiguresFactory(year=2017)

    refused = pytest.raises(IntegrityError, match="hr_stafffigures_genders_add_up")

    with refused, transaction.atomic():
        StaffFigures.objects.filter(year=2017).update(women=93)


def test_the_database_refuses_two_figures_for_one_year():
    StaffFiguresFactory(year=2017)

    with pytest.raises(IntegrityError), transaction.atomic():
        StaffFiguresFactory(year=2017)


def test_the_database_refuses_two_commitments_at_one_position():
    narrative = YearNarrativeFactory(year=2017)
    CommitmentFactory(narrative=narrative, position=1)

    with pytest.raises(IntegrityError), transaction.atomic():
        CommitmentFactory(narrative=narrative, position=1)


def test_the_database_refuses_a_negative_commitment_figure():
    narrative = YearNarrativeFactory(year=2017)

    with pytest.raises(IntegrityError), transaction.atomic():
        Commitment.objects.bulk_create(
            [Commitment(narrative=narrative, position=1, title="T", text="T", figure=Decimal(-1))]
        )
