"""A published year's data is frozen: refused in the admin and by the write guard."""

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction

from chancellery import freeze
from chancellery.models import IctYear
from tests.chancellery.factories import AnnualReportFactory, IctYearFactory

pytestmark = pytest.mark.django_db


def test_a_published_years_record_cannot_be_saved():
    ict = IctYearFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)
    ict.requests_handled = 1

    with pytest.raises(ValidationError) as refused:
        ict.save()

    assert refused.value.code == "frozen"

    assert IctYear.objects.get(pk=ict.pk).requests_handled == 12500


def test_a_published_years_record_cannot_be_deleted():
    ict = IctYearFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)

    with pytest.raises(ValidationError), transaction.atomic():
        ict.delete()

    assert IctYear.objects.filter(pk=ict.pk).exists()


def test_a_record_cannot_be_moved_out_of_a_published_year():
    ict = IctYearFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)
    ict.year = 2017

    with pytest.raises(ValidationError):
        ict.save()


def test_a_draft_years_record_can_be_edited():
    ict = IctYearFactory(year=2016)
    AnnualReportFactory(year=2016)
    ict.requests_handled = 1

    ict.save()

    assert IctYear.objects.get(pk=ict.pk).requests_handled == 1


def test_the_admin_shows_a_published_years_record_read_only(admin_client):
    ict = IctYearFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)

    response = admin_client.post(
        f"/admin/chancellery/ictyear/{ict.pk}/change/",
        {"year": 2016, "title_nl": "Gewijzigd", "requests_handled": 1, "users_served": 1},
    )

    assert response.status_code == 403
    assert IctYear.objects.get(pk=ict.pk).title_nl == "ICT-titel"


def test_adding_a_record_to_a_published_year_in_the_admin_shows_a_message(admin_client):
    AnnualReportFactory(year=2016, published=True)

    response = admin_client.post(
        "/admin/chancellery/ictyear/add/",
        {
            "year": 2016,
            "title_nl": "Nieuw",
            "requests_handled": 1,
            "requests_qualifier": "exact",
            "users_served": 1,
            "users_qualifier": "exact",
            "topics-TOTAL_FORMS": 0,
            "topics-INITIAL_FORMS": 0,
        },
    )

    assert response.status_code == 200
    assert "is gepubliceerd: de cijfers ervan liggen vast" in response.content.decode()
    assert not IctYear.objects.exists()


def test_the_demo_loader_may_lift_the_freeze_explicitly():
    ict = IctYearFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)
    ict.requests_handled = 2

    with freeze.lifted():
        ict.save()

    assert IctYear.objects.get(pk=ict.pk).requests_handled == 2
