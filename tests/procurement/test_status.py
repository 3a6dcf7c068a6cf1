"""An act's status on a date is derived from its dated stages, never typed."""

import datetime

import pytest
from django.utils import translation

from procurement.models import LegalInstrument, Stage
from tests.procurement.factories import LegalInstrumentFactory, StageFactory

pytestmark = pytest.mark.django_db
D = datetime.date


def _status_on(act, day):
    return LegalInstrument.objects.with_status_on(day).get(pk=act.pk).status


@pytest.fixture
def law():
    act = LegalInstrumentFactory(dated=D(2016, 6, 17), published_on=D(2016, 7, 14))
    StageFactory(instrument=act, kind=Stage.Kind.TABLED, date=D(2016, 1, 14))
    StageFactory(instrument=act, kind=Stage.Kind.ADOPTED, date=D(2016, 6, 17))
    StageFactory(instrument=act, kind=Stage.Kind.PUBLISHED, date=D(2016, 7, 14))
    return act


def test_an_act_has_no_status_before_its_first_stage(law):
    assert _status_on(law, D(2016, 1, 13)) is None


def test_the_status_is_the_latest_stage_reached_on_or_before_the_date(law):
    assert _status_on(law, D(2016, 1, 14)) == Stage.Kind.TABLED
    assert _status_on(law, D(2016, 6, 16)) == Stage.Kind.TABLED
    assert _status_on(law, D(2016, 6, 17)) == Stage.Kind.ADOPTED
    assert _status_on(law, D(2016, 12, 31)) == Stage.Kind.PUBLISHED


def test_a_stage_recorded_later_changes_only_the_status_from_its_date(law):
    StageFactory(instrument=law, kind=Stage.Kind.IN_FORCE, date=D(2017, 6, 30))

    assert _status_on(law, D(2016, 12, 31)) == Stage.Kind.PUBLISHED
    assert _status_on(law, D(2017, 6, 30)) == Stage.Kind.IN_FORCE


def test_a_draft_reads_as_a_draft_before_the_date_it_bears():
    act = LegalInstrumentFactory(title_en="on remedies", dated=D(2017, 2, 16))

    with translation.override("en"):
        assert act.heading_on(D(2016, 12, 31)) == "Draft law"
        assert act.heading_on(D(2017, 12, 31)) == "Law of 16 February 2017"
