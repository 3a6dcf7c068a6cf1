"""The procurement demo loader is idempotent."""

import pytest
from django.apps import apps

import procurement.demo
from procurement.models import CommissionMeeting, Directive, LegalInstrument, Stage

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        model._meta.label: sorted(model._default_manager.values_list("pk", flat=True))
        for model in apps.get_app_config("procurement").get_models()
    }


def test_loading_the_procurement_demo_twice_changes_nothing():
    procurement.demo.load()
    first = _snapshot()

    procurement.demo.load()

    assert _snapshot() == first


def test_the_demo_has_three_directives_seven_acts_and_17_meetings_in_2016():
    procurement.demo.load()

    assert Directive.objects.count() == 3
    assert LegalInstrument.objects.count() == 7
    assert CommissionMeeting.objects.count_in_year(2016) == 17
    assert Stage.objects.in_year(2016).count() == 10
