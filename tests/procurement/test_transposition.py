"""The transposition view of a directive on a date, and the rule for full transposition."""

import datetime

import pytest

from procurement.models import Stage
from procurement.transposition import State, transpositions_on
from tests.procurement.factories import DirectiveFactory, LegalInstrumentFactory, StageFactory

pytestmark = pytest.mark.django_db
D = datetime.date


def _only(on):
    [item] = transpositions_on(on)
    return item


def _act(directive, *stages):
    act = LegalInstrumentFactory(directives=[directive])
    for kind, day in stages:
        StageFactory(instrument=act, kind=kind, date=day)
    return act


def test_a_directive_without_any_act_under_way_is_not_started_and_overdue_after_its_deadline():
    DirectiveFactory()

    item = _only(D(2016, 12, 31))

    assert item.state == State.NOT_STARTED
    assert item.overdue


def test_a_directive_is_partially_transposed_while_one_of_its_acts_is_unpublished():
    directive = DirectiveFactory()
    _act(directive, (Stage.Kind.PUBLISHED, D(2016, 7, 14)))
    _act(directive, (Stage.Kind.DRAFTING, D(2016, 9, 1)))

    item = _only(D(2016, 12, 31))

    assert item.state == State.IN_PROGRESS
    assert item.published_count == 1
    assert item.deadline_missed
    assert item.days_overdue == (D(2016, 12, 31) - D(2016, 4, 18)).days


def test_a_directive_is_transposed_when_every_act_is_published_and_late_if_after_the_deadline():
    directive = DirectiveFactory()
    _act(directive, (Stage.Kind.PUBLISHED, D(2016, 7, 14)))
    _act(directive, (Stage.Kind.DRAFTING, D(2016, 9, 1)), (Stage.Kind.IN_FORCE, D(2017, 6, 30)))

    item = _only(D(2017, 12, 31))

    assert item.state == State.COMPLETE
    assert item.fully_transposed_on == D(2017, 6, 30)
    assert item.deadline_missed
    assert not item.overdue


def test_a_directive_transposed_before_its_deadline_did_not_miss_it():
    directive = DirectiveFactory()
    _act(directive, (Stage.Kind.PUBLISHED, D(2016, 3, 1)))

    item = _only(D(2016, 12, 31))

    assert item.state == State.COMPLETE
    assert not item.deadline_missed
    assert item.days_overdue == 0


def test_an_act_begun_after_the_date_does_not_count_on_that_date():
    directive = DirectiveFactory()
    _act(directive, (Stage.Kind.PUBLISHED, D(2016, 3, 1)))
    _act(directive, (Stage.Kind.DRAFTING, D(2018, 1, 10)))

    assert _only(D(2016, 12, 31)).state == State.COMPLETE
    assert _only(D(2018, 12, 31)).state == State.IN_PROGRESS
