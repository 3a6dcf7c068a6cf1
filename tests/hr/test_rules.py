"""Finding 16.6 and the staff page's other rules: staff figures are counted on a day of their year
and count somebody; a commitment's figure has its unit and its date label its date. Each rule is
one function of hr.models, called by the model's clean, backed by a database constraint; figures
entered before a rule are listed by the completeness check."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from hr.models import Commitment, StaffFigures, reference_date_errors
from hr.report import hr_completeness
from tests.hr.factories import CommitmentFactory, StaffFiguresFactory, YearNarrativeFactory
from tests.legacy import before_the_rule
from tests.staff import log_in_as

pytestmark = pytest.mark.django_db

ADD = "/admin/hr/stafffigures/add/"


def figures_form(**extra):
    return {
        "year": 2017,
        "reference_date": "2017-12-31",
        "headcount": 143,
        "men": 51,
        "women": 92,
        "gender_other": 0,
        "statutory": 120,
        "contractual": 23,
        "telework_base": 118,
        "telework_base_label_nl": "personeelsleden van wie de functie telewerk toelaat",
        "telework_base_label_fr": "membres du personnel dont la fonction permet le télétravail",
        "teleworkers": 47,
        "training_days_total": "329.0",
        **extra,
    }


@pytest.mark.otp
def test_hr_cannot_date_the_2017_figures_in_2018(client, django_user_model):
    log_in_as(client, django_user_model, "hr")

    response = client.post(
        ADD, figures_form(reference_date="2018-12-31"), HTTP_ACCEPT_LANGUAGE="nl"
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["reference_date"]
    assert errors["reference_date"] == [
        "De personeelscijfers van 2017 worden geteld op een dag van 2017, niet van 2018: het "
        "verslag leest “Toestand op <datum>” onder 2017."
    ]
    assert not StaffFigures.objects.exists()


@pytest.mark.otp
def test_hr_saves_figures_dated_in_their_year(client, django_user_model):
    log_in_as(client, django_user_model, "hr")

    assert client.post(ADD, figures_form()).status_code == 302
    assert StaffFigures.objects.get().reference_date == datetime.date(2017, 12, 31)


def test_the_database_refuses_figures_dated_in_another_year():
    figures = StaffFiguresFactory.build(year=2017, reference_date=datetime.date(2018, 12, 31))
    assert reference_date_errors(figures)

    with pytest.raises(IntegrityError), transaction.atomic():
        StaffFigures.objects.bulk_create([figures])


@pytest.mark.parametrize("field", ["headcount", "telework_base"])
def test_figures_of_nobody_are_refused(field):
    values = {"headcount": 0, "men": 0, "women": 0, "statutory": 0, "contractual": 0}
    values.update(telework_base=0, teleworkers=0)
    figures = StaffFiguresFactory.build(year=2017, **values)

    with pytest.raises(ValidationError) as refused:
        figures.full_clean()
    assert field in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        StaffFigures.objects.bulk_create([figures])


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"figure": Decimal(2)}, "figure_unit_nl"),
        ({"figure_unit_nl": "gebouwen"}, "figure"),
        ({"date_label_nl": "EMAS-registratie bevestigd op"}, "date"),
    ],
)
def test_a_commitment_prints_whole_sentences_only(values, field):
    commitment = CommitmentFactory.build(narrative=YearNarrativeFactory(year=2017), **values)

    with pytest.raises(ValidationError) as refused:
        commitment.full_clean()
    assert field in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Commitment.objects.bulk_create([commitment])


def test_figures_entered_before_the_rule_block_the_report():
    with before_the_rule(StaffFigures, "hr_stafffigures_reference_date_in_year"):
        StaffFiguresFactory(year=2017, reference_date=datetime.date(2018, 12, 31))

    items = [item for item in hr_completeness(2017) if "niet van 2018" in item.message]

    assert [item.blocking for item in items] == [True]
