"""The 2016 demo data: the report's figures, fictitious guests, idempotent."""

import pytest

from ceremonies import demo
from ceremonies.models import Guest
from ceremonies.report import ceremonies_section
from chancellery import freeze

pytestmark = pytest.mark.django_db

SEED_FIGURES = {
    "ceremonies.2016-03-24-federal-parliament.guests": 245,
    "ceremonies.2016-03-24-federal-parliament.senators": 60,
    "ceremonies.2016-03-24-federal-parliament.federal-representatives": 150,
    "ceremonies.2016-05-22-royal-palace.guests": 600,
    "ceremonies.2016-05-22-royal-palace.victims": 200,
    "ceremonies.2016-05-22-royal-palace.relatives": 100,
    "ceremonies.2016-05-22-royal-palace.emergency-services": 190,
    "ceremonies.2016-05-22-royal-palace.young-people": 33,
    "ceremonies.2016-05-22-royal-palace.authorities": 77,
}


def test_demo_data_gives_exactly_the_reports_figures():
    demo.load()

    assert {f.code: f.value for f in ceremonies_section(2016).figures} == SEED_FIGURES


def test_demo_data_loaded_twice_changes_nothing():
    demo.load()
    before = list(Guest.objects.order_by("pk").values())

    with freeze.lifted():
        demo.load()

    assert list(Guest.objects.order_by("pk").values()) == before


def test_demo_guests_have_obviously_fictitious_names_and_addresses():
    demo.load()

    assert not Guest.objects.exclude(name__regex=r"^Gast [PK][0-9]{4} Voorbeeld$").exists()
    assert not Guest.objects.exclude(email__endswith="@example.invalid").exists()
