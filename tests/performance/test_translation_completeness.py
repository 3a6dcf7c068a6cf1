"""The completeness check of a year, translation states included, costs a fixed number of queries:
the same with one year of data as with ten, in four languages, with outdated translations (#19)."""

import io
from importlib import import_module

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import translation

from chancellery.completeness import annual_report_missing
from chancellery.models import AnnualReport, IctTopic
from chancellery.registry import registry
from chancellery.translation_state import translated_models
from tests.performance.conftest import SIZES

pytestmark = pytest.mark.django_db

# Seven checks: their records (a fixed number of queries each: meetings 7, ceremonies 3, HR 3,
# procurement 4, ICT 2, communication 3, campaigns 3) and one query each for the translation
# states of all the records they read; the report's own texts: one.
QUERIES = 33


@pytest.mark.parametrize("years", [1, 10])
def test_the_year_s_completeness_check_costs_the_same_for_one_or_ten_years(
    years, monkeypatch, django_assert_num_queries
):
    for (module, name), (small, _large) in SIZES.items():
        monkeypatch.setattr(import_module(module), name, small)
    call_command(
        "generate_scale_data",
        first_year=2017 - years,
        years=years,
        published=0,
        stdout=io.StringIO(),
    )
    # A Dutch text edited in every year: its French, German and English are outdated.
    for topic in IctTopic.objects.all():
        topic.text_nl += " Herzien."
        topic.save()
    report = AnnualReport.objects.get(year=2016)
    # Content types are cached per process: warm, as in a running server (the scale data is
    # written in bulk, so nothing has asked for them yet).
    ContentType.objects.get_for_models(*translated_models())

    with translation.override("nl"), django_assert_num_queries(QUERIES):
        items = list(registry.missing(2016)) + annual_report_missing(report)

    outdated = {(item.language, item.blocking) for item in items if "verouderd" in item.message}
    assert outdated == {("fr", True), ("de", False), ("en", False)}
