"""The demo data loader: the 2016 report, idempotent."""

import pytest
from django.apps import apps
from django.core.management import call_command

from chancellery.models import AnnualReport

pytestmark = pytest.mark.django_db


def _row_counts():
    return {
        model._meta.label: model._default_manager.count()
        for app in ("chancellery", "meetings", "ceremonies", "hr", "procurement", "communication")
        for model in apps.get_app_config(app).get_models()
    }


def test_loading_the_demo_data_twice_changes_nothing():
    call_command("load_demo_data", stdout=open("/dev/null", "w"))
    first = _row_counts()
    published_at = AnnualReport.objects.get(year=2016).published_at

    call_command("load_demo_data", stdout=open("/dev/null", "w"))

    assert _row_counts() == first
    assert AnnualReport.objects.get(year=2016).published_at == published_at


def test_the_2016_report_shows_the_foreword_ict_figures_and_colophon(client):
    call_command("load_demo_data", stdout=open("/dev/null", "w"))

    content = client.get("/nl/reports/2016/").content.decode()

    for text in (
        "Françoise Audag-Dechamps",
        "bestuursovereenkomst die op 27 april 2016 werd ondertekend",
        "efficiëntie",
        "12.500",
        "50.000",
        "24/7",
        "D/2017/9737/2",
        "Wetstraat 16",
    ):
        assert text in content, text
    assert "eff iciëntie" not in content
