"""Refusals as a staff member reads them in the browser (issue 16, finding 3): the read-only page
of a published year's record says why, at its top; a page the role may not open answers a
translated 403 that names what is missing. In French, the HR service's language here.

The test writes (its own users and figures): it takes ``transactional_db`` through the live
server, not the module-shared demo data.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from tests.browser.helpers import admin_log_in, axe_violations
from tests.chancellery.factories import AnnualReportFactory
from tests.hr.factories import StaffFiguresFactory

PASSWORD = "a-long-test-password"


def test_hr_reads_why_a_published_record_is_read_only_and_why_the_dashboard_is_refused(
    browser, live_server
):
    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115
    users = get_user_model().objects
    editor = users.create_user(username="els", first_name="Els", last_name="Peeters")
    editor.groups.add(Group.objects.get(name="editor"))
    hr = users.create_user(username="hr-member", password=PASSWORD, is_staff=True)
    hr.groups.add(Group.objects.get(name="hr"))
    figures = StaffFiguresFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="fr-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    admin_log_in(page, live_server.url, "hr-member", PASSWORD, language="fr")

    page.goto(f"{live_server.url}/admin/hr/stafffigures/{figures.pk}/change/")

    reason = page.locator(".frozen-reason")
    assert reason.is_visible()
    assert "Le rapport annuel 2016 est publié" in reason.inner_text()
    assert "Els Peeters" in reason.inner_text()
    # At the top of the form, where it is read before the read-only fields.
    assert reason.bounding_box()["y"] < page.locator(".form-row").first.bounding_box()["y"]

    response = page.goto(f"{live_server.url}/fr/dashboard/")

    assert response.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "Accès refusé"
    text = page.locator("main").inner_text()
    assert "consulter les tableaux de bord de la direction" in text.lower()
    assert "Forbidden" not in text
    assert axe_violations(page) == []
    context.close()
