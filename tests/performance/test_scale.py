"""The scale data generators: every section filled in four languages, re-running adds nothing."""

import pytest
from django.apps import apps
from django.utils import translation
from modeltranslation.translator import translator

from ceremonies.models import Guest
from chancellery.models import AnnualReport
from chancellery.registry import registry
from meetings.models import Meeting

pytestmark = pytest.mark.django_db

LANGS = ("nl", "fr", "de", "en")
APPS = {"chancellery", "meetings", "ceremonies", "hr", "procurement", "communication"}


def _row_counts() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label in APPS
    }


def test_scale_data_fills_every_section_in_every_language(build_scale_data):
    build_scale_data("small")
    # The last year is published as edition 1 (its files rendered); the earlier ones are drafts.
    assert list(AnnualReport.objects.published().values_list("year", flat=True)) == [2016]
    assert AnnualReport.objects.get(year=2016).current_edition.files.count() > 0
    for language in LANGS:
        with translation.override(language):
            sections = registry.sections(2016)
        assert {section.key for section in sections} == set(registry.section_keys()), language


def test_scale_data_fills_every_translated_field(build_scale_data):
    build_scale_data("small")
    for model in translator.get_registered_models(abstract=False):
        if model._meta.app_label == "chancellery" and model.__name__ != "AnnualReport":
            continue
        fields = translator.get_options_for_model(model).get_field_names()
        for obj in model._default_manager.all():
            for name in fields:
                if getattr(obj, f"{name}_nl"):
                    empty = [lang for lang in LANGS if not getattr(obj, f"{name}_{lang}")]
                    assert not empty, f"{model.__name__}.{name} empty in {empty}"


def test_scale_data_has_the_announced_sizes(build_scale_data):
    build_scale_data("small")
    assert Meeting.objects.held().in_year(2016).count() == 40
    assert Guest.objects.of_year(2016).count() == 2 * 5


def test_running_the_scale_generators_again_adds_nothing(build_scale_data):
    build_scale_data("small")
    before = _row_counts()
    build_scale_data("small")
    assert _row_counts() == before
