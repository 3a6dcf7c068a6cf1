"""Management reads the data-collection calendar on the dashboard (issue 20): a late section, the
role that delivers it and what it still lacks, on an accessible page.

Last year's report is a draft without ICT figures: their default due date (31 January of this
year) has passed, so the ICT section is late. The second factor is off (the test is not marked
``otp``). This test writes: it takes ``transactional_db`` (through the live server).
"""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from chancellery.security.roles import roles_setup
from tests.browser.helpers import admin_log_in, axe_violations
from tests.chancellery.factories import AnnualReportFactory

PASSWORD = "a-long-test-password"
LATE_YEAR = timezone.localdate().year - 1


@pytest.fixture
def manager(django_user_model):
    roles_setup()
    user = django_user_model.objects.create_user(
        username="marie", password=PASSWORD, is_staff=True, email="marie@example.be"
    )
    user.groups.add(Group.objects.get(name="management"))
    AnnualReportFactory(year=LATE_YEAR)
    return user


def test_management_sees_a_late_section_its_role_and_what_is_missing(live_server, page, manager):
    admin_log_in(page, live_server.url, "marie", PASSWORD)

    page.goto(live_server.url + f"/nl/dashboard/?year={LATE_YEAR}")

    calendar = page.get_by_role("table", name=f"Wie de gegevens van {LATE_YEAR} aanlevert")
    row = calendar.get_by_role("row").filter(has=page.get_by_role("rowheader", name="ICT"))
    assert row.get_by_role("cell").nth(1).inner_text() == "Redacteurs"
    state = row.get_by_role("cell").nth(2).inner_text()
    assert state.startswith("te laat") and "dagen te laat" in state
    assert row.get_by_role("link", name=f"Geen ICT-cijfers voor {LATE_YEAR}.").is_visible()
    assert page.get_by_text("onderdelen zijn te laat.").is_visible()
    assert axe_violations(page) == []
