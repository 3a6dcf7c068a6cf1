"""Scale data in two sizes for the query-count tests: the apps' own ``scale.py`` generators,
their module constants patched down to a few rows ("small") or a few thousand ("large")."""

import io
from importlib import import_module

import pytest
from django.core.management import call_command

YEARS = dict(first_year=2015, years=2)

# (module, constant): (small, large)
SIZES = {
    ("meetings.scale", "MEETINGS_PER_YEAR"): (40, 2000),
    ("ceremonies.scale", "CEREMONIES_PER_YEAR"): (2, 4),
    ("ceremonies.scale", "GUESTS_PER_CEREMONY"): (5, 500),
    ("hr.scale", "COMMITMENTS_PER_YEAR"): (2, 12),
    ("procurement.scale", "DIRECTIVES_PER_YEAR"): (1, 3),
    ("procurement.scale", "COMMISSION_MEETINGS_PER_YEAR"): (2, 20),
    ("communication.scale", "WEBSITES"): (2, 20),
    ("communication.scale", "ACCOUNTS"): (1, 6),
    ("communication.scale", "TOPICS"): (1, 3),
    ("communication.scale", "ACTIONS"): (1, 5),
    ("communication.scale", "FIGURES"): (1, 4),
}


@pytest.fixture
def build_scale_data(monkeypatch):
    """``build_scale_data("small" | "large")``: the scale data set of 2015 and 2016, published."""

    def build(size: str) -> None:
        index = ("small", "large").index(size)
        for (module, name), values in SIZES.items():
            monkeypatch.setattr(import_module(module), name, values[index])
        call_command("generate_scale_data", **YEARS, stdout=io.StringIO())

    return build


@pytest.fixture
def no_cache(settings):
    """The report computed on every request (as `make bench` measures the uncached page)."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
