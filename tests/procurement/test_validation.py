"""Each validation rule, in the forms (clear message) and, where it can be, in the database."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from procurement.models import Directive, LegalInstrument, Stage
from procurement.services import stage_record
from tests.procurement.factories import DirectiveFactory, LegalInstrumentFactory, StageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]
D = datetime.date


@pytest.mark.parametrize(
    "number", ["2014/24", "14/24/EU", "2014/024/EU", "2014/24/UE", "2014-24-EU"]
)
def test_a_malformed_directive_number_is_refused_with_an_example(number):
    directive = DirectiveFactory.build(number=number)

    with pytest.raises(ValidationError) as error:
        directive.full_clean()

    assert "2014/24/EU" in str(error.value.message_dict["number"])


def test_a_well_formed_directive_number_is_accepted():
    DirectiveFactory.build(number="2014/24/EU").full_clean()


def test_the_database_refuses_a_malformed_directive_number():
    with pytest.raises(IntegrityError), transaction.atomic():
        Directive.objects.create(
            number="2014/24",
            title_nl="t",
            subject_nl="s",
            adopted_on=D(2014, 2, 26),
            transposition_deadline=D(2016, 4, 18),
        )


def test_the_database_refuses_a_deadline_before_the_adoption():
    with pytest.raises(IntegrityError), transaction.atomic():
        DirectiveFactory(adopted_on=D(2014, 2, 26), transposition_deadline=D(2014, 1, 1))


def test_an_act_published_before_the_date_it_bears_is_refused_with_a_clear_message():
    act = LegalInstrumentFactory.build(dated=D(2016, 6, 17), published_on=D(2016, 6, 1))

    with pytest.raises(ValidationError) as error:
        act.full_clean()

    assert "before the date it bears" in str(error.value.message_dict["published_on"])


def test_the_database_refuses_a_publication_before_the_date_the_act_bears():
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalInstrumentFactory(dated=D(2016, 6, 17), published_on=D(2016, 6, 1))


def test_the_database_refuses_a_published_act_without_a_date():
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalInstrumentFactory(dated=None, published_on=D(2016, 7, 14))


def test_a_stage_dated_in_the_future_is_refused():
    stage = StageFactory.build(
        instrument=LegalInstrumentFactory(), date=timezone.localdate() + datetime.timedelta(days=1)
    )

    with pytest.raises(ValidationError) as error:
        stage.full_clean()

    assert "cannot be in the future" in str(error.value.message_dict["date"])


def test_a_later_stage_may_not_precede_an_earlier_one():
    act = LegalInstrumentFactory()
    StageFactory(instrument=act, kind=Stage.Kind.TABLED, date=D(2016, 3, 1))

    with pytest.raises(ValidationError) as error:
        stage_record(instrument=act, kind=Stage.Kind.COUNCIL_OF_STATE, date=D(2016, 4, 1))

    assert "cannot precede" in " ".join(error.value.messages)
    assert not act.stages.filter(kind=Stage.Kind.COUNCIL_OF_STATE).exists()


def test_publication_may_not_precede_adoption_among_the_stages():
    act = LegalInstrumentFactory(dated=D(2016, 6, 17), published_on=D(2016, 6, 17))
    StageFactory(instrument=act, kind=Stage.Kind.ADOPTED, date=D(2016, 6, 17))

    with pytest.raises(ValidationError):
        stage_record(instrument=act, kind=Stage.Kind.PUBLISHED, date=D(2016, 6, 10))


def test_stages_in_a_possible_order_are_recorded():
    act = LegalInstrumentFactory(dated=D(2016, 6, 17), published_on=D(2016, 7, 14))

    stage_record(instrument=act, kind=Stage.Kind.TABLED, date=D(2016, 1, 14))
    stage_record(instrument=act, kind=Stage.Kind.ADOPTED, date=D(2016, 6, 17))
    stage_record(instrument=act, kind=Stage.Kind.PUBLISHED, date=D(2016, 7, 14))

    assert act.stages.count() == 3


def test_the_published_stage_must_match_the_acts_publication_date():
    act = LegalInstrumentFactory(dated=D(2016, 6, 17), published_on=D(2016, 7, 14))
    StageFactory(instrument=act, kind=Stage.Kind.ADOPTED, date=D(2016, 6, 17))

    with pytest.raises(ValidationError) as error:
        stage_record(instrument=act, kind=Stage.Kind.PUBLISHED, date=D(2016, 7, 15))

    assert "publication date" in " ".join(error.value.messages)


def test_a_decree_is_not_tabled_in_parliament():
    decree = LegalInstrumentFactory(kind=LegalInstrument.Kind.ROYAL_DECREE)

    with pytest.raises(ValidationError) as error:
        stage_record(instrument=decree, kind=Stage.Kind.TABLED, date=D(2016, 3, 1))

    assert "Only a law" in " ".join(error.value.messages)


def test_the_database_refuses_the_same_stage_twice_for_one_act():
    act = LegalInstrumentFactory()
    StageFactory(instrument=act, kind=Stage.Kind.DRAFTING)

    with pytest.raises(IntegrityError), transaction.atomic():
        StageFactory(instrument=act, kind=Stage.Kind.DRAFTING, date=D(2016, 5, 1))
