"""Refusals explain themselves (issue 16, finding 3): a published year's record says why it is
read-only and who can unpublish it, a refused write says so in the reader's language, a 403 page
names the missing permission, the roles that hold it and whom to ask, and the dashboard's links
lead each role to a page it may open."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import translation

from hr.models import StaffFigures
from tests.chancellery.factories import AnnualReportFactory
from tests.hr.factories import StaffFiguresFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(django_user_model):
    """A function: a staff member of the named role (groups set up as `setup_roles` does)."""
    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115

    def make(role: str, **fields):
        user = django_user_model.objects.create_user(
            username=f"{role}-{django_user_model.objects.count()}", is_staff=True, **fields
        )
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


def text_of(response) -> str:
    """The page's text, tags dropped and white space collapsed (what a reader reads)."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def role_label(language: str, name: str) -> str:
    with translation.override(language):
        return translation.pgettext("role", name)


@pytest.fixture
def published_2016_figures():
    figures = StaffFiguresFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)
    return figures


def test_a_published_years_record_says_why_it_is_read_only_and_who_can_unpublish(
    client, member, published_2016_figures
):
    member("editor", first_name="Els", last_name="Peeters")
    client.force_login(member("hr"))

    response = client.get(f"/admin/hr/stafffigures/{published_2016_figures.pk}/change/")

    page = text_of(response)
    assert response.status_code == 200
    assert "The report of 2016 is published" not in page
    assert "Het jaarverslag 2016 is gepubliceerd" in page
    assert "Els Peeters" in page
    assert role_label("nl", "editor") in page


def test_a_change_sent_after_publication_is_refused_with_a_translated_reason(
    client, member, published_2016_figures
):
    client.force_login(member("hr"))
    url = f"/admin/hr/stafffigures/{published_2016_figures.pk}/change/"

    response = client.post(url, {"year": 2016, "headcount": 1}, HTTP_ACCEPT_LANGUAGE="fr")

    page = text_of(response)
    assert response.status_code == 403
    assert "Le rapport annuel 2016 est publié" in page
    assert "n’ont pas été enregistrées" in page
    assert StaffFigures.objects.get(pk=published_2016_figures.pk).headcount != 1


def test_deleting_a_published_years_record_is_refused_with_the_reason(
    client, member, published_2016_figures
):
    client.force_login(member("hr"))

    response = client.get(f"/admin/hr/stafffigures/{published_2016_figures.pk}/delete/")

    assert response.status_code == 403
    assert "Het jaarverslag 2016 is gepubliceerd" in text_of(response)


@pytest.mark.parametrize(
    ("language", "missing", "holders"),
    [
        ("nl", "de managementdashboards bekijken", "management"),
        ("fr", "consulter les tableaux de bord de la direction", "direction"),
        ("de", "die Dashboards der Leitung ansehen", "Leitung"),
    ],
)
def test_a_role_without_the_dashboard_permission_reads_what_is_missing_and_whom_to_ask(
    client, member, language, missing, holders
):
    member("administrator", first_name="Ann", last_name="Beheer", email="ann@example.be")
    client.force_login(member("secretariat"))

    response = client.get(f"/{language}/dashboard/")

    page = text_of(response)
    assert response.status_code == 403
    assert f'<html lang="{language}"' in response.content.decode()
    assert missing.lower() in page.lower()
    assert holders in page
    assert "Ann Beheer" in page
    assert "Forbidden" not in page


def test_a_role_without_an_admin_permission_reads_which_one_it_lacks(client, member):
    client.force_login(member("secretariat"))

    response = client.get("/admin/ceremonies/guest/", HTTP_ACCEPT_LANGUAGE="nl")

    page = text_of(response)
    assert response.status_code == 403
    assert "bekijken" in page
    assert "gasten" in page.lower()
    assert role_label("nl", "protocol") in page.lower()


def test_the_403_page_names_nobody_to_an_anonymous_reader(client, member):
    member("administrator", first_name="Ann", last_name="Beheer")

    response = client.post("/nl/dashboard/2016/publish")

    assert response.status_code in (302, 403)
    assert "Ann Beheer" not in response.content.decode()


def test_the_dashboards_links_lead_management_to_pages_it_may_open(client, member):
    AnnualReportFactory(year=2017)
    client.force_login(member("management"))

    dashboard = client.get("/nl/dashboard/?year=2017")

    links = set(re.findall(r'href="(/admin/[^"]+)"', dashboard.content.decode()))
    assert links
    refused = {link for link in links if client.get(link.replace("&amp;", "&")).status_code != 200}
    assert refused == set()
    assert not [link for link in links if link.endswith("/add/")]


def test_the_dashboards_links_still_lead_an_editor_to_the_forms_it_fills_in(client, member):
    client.force_login(member("editor"))

    dashboard = client.get("/nl/dashboard/?year=2017")

    assert "/admin/chancellery/ictyear/add/" in dashboard.content.decode()
