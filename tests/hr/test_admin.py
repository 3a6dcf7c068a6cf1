"""HR enters a year's staff page with its commitments on one admin page; published years freeze."""

from decimal import Decimal

import pytest

from hr.models import Commitment, StaffFigures
from tests.chancellery.factories import AnnualReportFactory
from tests.hr.factories import StaffFiguresFactory, YearNarrativeFactory

pytestmark = pytest.mark.django_db


def test_the_staff_figures_list_shows_the_derived_shares(admin_client):
    StaffFiguresFactory(year=2017)

    html = admin_client.get("/admin/hr/stafffigures/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "39.8" in html and "2.3" in html


def test_a_staff_page_is_saved_with_its_commitments(admin_client):
    response = admin_client.post(
        "/admin/hr/yearnarrative/add/",
        {
            "year": 2017,
            "title_nl": "Duurzame ontwikkeling als rode draad",
            "title_fr": "Le développement durable comme fil rouge",
            "commitments-TOTAL_FORMS": 1,
            "commitments-INITIAL_FORMS": 0,
            "commitments-0-position": 1,
            "commitments-0-title_nl": "EMAS-registratie",
            "commitments-0-title_fr": "Enregistrement EMAS",
            "commitments-0-text_nl": "Tekst.",
            "commitments-0-text_fr": "Texte.",
            "commitments-0-date": "2017-06-20",
            "commitments-0-figure": "2",
            "commitments-0-figure_unit_nl": "gebouwen",
        },
    )

    assert response.status_code == 302
    commitment = Commitment.objects.get()
    saved = (commitment.narrative.year, commitment.title_fr, commitment.figure)
    assert saved == (2017, "Enregistrement EMAS", Decimal(2))


def test_a_published_years_staff_figures_cannot_be_changed(admin_client):
    staff = StaffFiguresFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)

    url = f"/admin/hr/stafffigures/{staff.pk}/change/"

    response = admin_client.post(url, {"year": 2016, "headcount": 1})

    assert response.status_code == 403
    assert StaffFigures.objects.get(pk=staff.pk).headcount == 143


def test_a_published_years_commitment_cannot_be_saved_outside_the_admin():
    from django.core.exceptions import ValidationError

    narrative = YearNarrativeFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)

    with pytest.raises(ValidationError):
        Commitment.objects.create(narrative=narrative, position=1, title="T", text="T")
