"""Management dashboard: access, completeness, publishing workflow, constant query count."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chancellery.models import AnnualReport, IctYear, PublicationEvent
from tests.chancellery.factories import AnnualReportFactory, IctTopicFactory, IctYearFactory
from tests.chancellery.stored import publish_data_only

pytestmark = pytest.mark.django_db


def _user(django_user_model, username, *codenames):
    user = django_user_model.objects.create_user(
        username=username, password="x" * 16, is_staff=True
    )
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


@pytest.fixture(autouse=True)
def core_checks_only(monkeypatch):
    """The domain apps' checks have tests of their own; here, only the core's items count."""
    from chancellery.registry import registry

    monkeypatch.setattr(registry, "_checks", {"ict": registry._checks["ict"]})


@pytest.fixture
def manager(django_user_model):
    return _user(django_user_model, "manager", "view_dashboard")


@pytest.fixture
def editor(django_user_model):
    return _user(django_user_model, "editor", "view_dashboard", "publish_annualreport")


def _complete_year(year):
    """A report and ICT figures complete in Dutch and French."""
    ict = IctYearFactory(year=year, title_fr="Titre", title_de="Titel", title_en="Title")
    IctTopicFactory(
        ict_year=ict,
        title_fr="T",
        text_fr="T",
        title_de="T",
        text_de="T",
        title_en="T",
        text_en="T",
    )
    return AnnualReportFactory(
        year=year,
        foreword_title_de="Vorwort",
        foreword_title_en="Foreword",
        foreword_text_de="Text",
        foreword_text_en="Text",
        signatory_role_nl="Voorzitter",
        signatory_role_fr="Présidente",
        organisation_nl="FOD",
        organisation_fr="SPF",
        address_nl="Wetstraat 16",
        address_fr="Rue de la Loi 16",
        publisher_name="Uitgever",
    )


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get("/nl/dashboard/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_staff_without_the_management_permission_get_403(client, staff_user):
    client.force_login(staff_user)

    assert client.get("/nl/dashboard/").status_code == 403


def test_management_sees_the_dashboard_of_the_selected_year(client, manager):
    IctYearFactory(year=2016, requests_handled=12500)
    client.force_login(manager)

    response = client.get("/nl/dashboard/?year=2016")

    assert response.status_code == 200
    assert "Dashboard 2016" in response.content.decode()
    assert "12.500" in response.content.decode()


def test_the_completeness_check_lists_a_missing_item_with_its_admin_link(client, django_user_model):
    AnnualReportFactory(year=2016)
    # The link opens the add form for who may add (tests/chancellery/test_refusals.py: others).
    client.force_login(_user(django_user_model, "ict", "view_dashboard", "add_ictyear"))

    content = client.get("/nl/dashboard/?year=2016").content.decode()

    assert "Geen ICT-cijfers voor 2016." in content
    assert 'href="/admin/chancellery/ictyear/add/"' in content


def test_a_gap_in_german_is_listed_but_does_not_block(client, manager):
    report = _complete_year(2016)
    report.foreword_text_de = ""
    report.save()
    client.force_login(manager)

    response = client.get("/nl/dashboard/?year=2016")

    assert any(
        not item.blocking and "Duits" in item.message for item in response.context["missing"]
    )
    assert response.context["blocking_count"] == 0


def test_publishing_is_refused_while_a_required_item_is_missing(client, editor):
    AnnualReportFactory(year=2016)  # no ICT figures
    client.force_login(editor)

    response = client.post("/nl/dashboard/2016/publish", follow=True)

    assert not AnnualReport.objects.get(year=2016).is_published
    assert "Geen ICT-cijfers voor 2016." in response.content.decode()


def test_publishing_succeeds_once_the_missing_item_is_fixed_and_records_who(client, editor):
    _complete_year(2016)
    client.force_login(editor)

    client.post("/nl/dashboard/2016/publish")

    report = AnnualReport.objects.get(year=2016)
    assert report.is_published
    assert report.published_by == editor
    assert report.published_at is not None
    assert client.get("/nl/reports/2016/").status_code == 200


def test_a_french_gap_blocks_publishing(client, editor):
    report = _complete_year(2016)
    report.foreword_text_fr = ""
    report.save()
    client.force_login(editor)

    client.post("/nl/dashboard/2016/publish")

    assert not AnnualReport.objects.get(year=2016).is_published


def test_management_without_the_publish_permission_cannot_publish(client, manager):
    _complete_year(2016)
    client.force_login(manager)

    response = client.post("/nl/dashboard/2016/publish")

    assert response.status_code == 403
    assert not AnnualReport.objects.get(year=2016).is_published


def test_unpublish_and_republish_are_recorded(client, editor):
    _complete_year(2016)
    client.force_login(editor)

    client.post("/nl/dashboard/2016/publish")
    client.post("/nl/dashboard/2016/unpublish")
    client.post(
        "/nl/dashboard/2016/publish",
        {"correction_note_nl": "Verbeterd.", "correction_note_fr": "Corrigé."},
    )

    events = list(
        PublicationEvent.objects.order_by("at", "pk").values_list("action", "user__username")
    )
    assert events == [("published", "editor"), ("unpublished", "editor"), ("published", "editor")]


def test_unpublishing_lets_staff_edit_the_years_data_again(client, editor):
    _complete_year(2016)
    client.force_login(editor)
    client.post("/nl/dashboard/2016/publish")
    ict = IctYear.objects.get(year=2016)

    client.post("/nl/dashboard/2016/unpublish")
    ict.requests_handled = 99
    ict.save()

    assert IctYear.objects.get(pk=ict.pk).requests_handled == 99


def test_a_widget_table_downloads_as_csv(client, manager):
    IctYearFactory(year=2015, requests_handled=11000, users_served=40000)
    IctYearFactory(year=2016, requests_handled=12500, users_served=50000)
    client.force_login(manager)

    response = client.get("/nl/dashboard/widgets/ict.csv?year=2016")

    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert lines[1:] == ["2015,11000,40000", "2016,12500,50000"]


def test_the_change_against_the_previous_year_is_shown(client, manager):
    IctYearFactory(year=2015, requests_handled=11000)
    publish_data_only(2015)
    IctYearFactory(year=2016, requests_handled=12500)
    client.force_login(manager)

    response = client.get("/nl/dashboard/?year=2016")

    row = next(
        r for r in response.context["key_figures"] if r["figure"].code == "ict.requests_handled"
    )
    assert row["change"] == 1500
    assert "+1.500" in response.content.decode()


def test_the_dashboard_costs_the_same_queries_for_two_and_for_twelve_years(client, manager):
    client.force_login(manager)
    _complete_year(2015)
    _complete_year(2016)
    client.get("/nl/dashboard/?year=2016")  # warm the session and permission caches
    with CaptureQueriesContext(connection) as one_year:
        client.get("/nl/dashboard/?year=2016")
    for year in range(2005, 2015):
        _complete_year(year)
    with CaptureQueriesContext(connection) as ten_years:
        client.get("/nl/dashboard/?year=2016")

    assert len(ten_years) == len(one_year)
