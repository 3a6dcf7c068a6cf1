"""The admin as staff use it, checked by axe-core (issue 16, finding 10): for each role that enters
data, logged in as a member of that role, its admin index and, for every model it edits, the
changelist, the add form, the change form of a record and the import page.

The 2016 demo data is loaded once for the module with its report back in draft, so that the change
forms are the editable ones (with their autocomplete widgets and inlines), not a published year's
read-only pages. The module writes its own data: it does not use the shared ``demo_report``.
"""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse

from tests.browser.helpers import admin_log_in, axe_violations

PASSWORD = "a-long-test-password"
# The roles that enter data, and the administrator (accounts, groups, second factors).
ROLES = ["secretariat", "protocol", "hr", "procurement", "communication", "editor", "administrator"]


@pytest.fixture(scope="module")
def draft_site(django_db_setup, django_db_blocker):
    """The demo data with 2016 in draft, and one member of each role."""
    from chancellery.models import AnnualReport

    with django_db_blocker.unblock():
        call_command("load_demo_data", verbosity=0)
        call_command("setup_roles", stdout=open("/dev/null", "w"))
        AnnualReport.objects.filter(year=2016).update(status=AnnualReport.Status.DRAFT)
        from django.contrib.auth import get_user_model

        for role in ROLES:
            user = get_user_model().objects.create_user(
                username=f"{role}-member", password=PASSWORD, is_staff=True
            )
            user.groups.add(Group.objects.get(name=role))
    yield
    with django_db_blocker.unblock():
        call_command("flush", verbosity=0, interactive=False)


@pytest.fixture(autouse=True)
def _live_server_helper(live_server, draft_site, django_db_blocker):
    """Replaces tests/browser/conftest.py's: the module's data is shared by its tests (no
    ``transactional_db``, which would empty it after the first); the test and the live server
    read it meanwhile."""
    live_server._live_server_modified_settings.enable()
    with django_db_blocker.unblock():
        yield
    live_server._live_server_modified_settings.disable()


def pages_of(role: str) -> list[str]:
    """The admin pages a member of ``role`` works on: the index, and for each model whose records
    the role may change, its changelist, add form, a record's change form, its import page."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username=f"{role}-member")
    pages = ["/admin/"]
    for model, model_admin in sorted(admin.site._registry.items(), key=lambda i: i[0]._meta.label):
        meta = model._meta
        request = _request(user)
        if not model_admin.has_change_permission(request):
            continue
        # The administrator's own pages: accounts and their second factors; the domain models
        # are their roles'.
        if role == "administrator" and meta.app_label not in ("auth", "otp_totp", "otp_static"):
            continue
        info = f"admin:{meta.app_label}_{meta.model_name}"
        pages.append(reverse(f"{info}_changelist"))
        if model_admin.has_add_permission(request):
            pages.append(reverse(f"{info}_add"))
        record = model_admin.get_queryset(request).order_by("pk").first()
        if record is not None:
            pages.append(reverse(f"{info}_change", args=[record.pk]))
        try:
            pages.append(reverse(f"{info}_import"))
        except NoReverseMatch:
            pass
    return list(dict.fromkeys(pages))


def _request(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = user
    return request


@pytest.mark.parametrize("role", ROLES)
def test_the_admin_pages_of_a_role_have_no_wcag_violation(page, live_server, role):
    admin_log_in(page, live_server.url, f"{role}-member", PASSWORD)
    pages = pages_of(role)
    found = {}
    for path in pages:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        violations = axe_violations(page)
        if violations:
            found[path] = violations

    assert len(pages) > 3
    assert found == {}, "\n".join(
        f"{path}:\n  " + "\n  ".join(violations) for path, violations in found.items()
    )
