"""Staff as they log in: a member of a role (chancellery/security/roles.py) past the second factor.

Shared by the tests of the findings met by a role (tests/<app>/, tests/security/): the role's
group comes from ``setup_roles``, the user confirms an authenticator and enters its code on the
verify page, as staff do; tests that use it are marked ``otp`` so that the second factor is on.
"""

from django.contrib.auth.models import Group
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.security.helpers import code_of

PASSWORD = "a-long-test-password"


def log_in_as(client, django_user_model, role: str, *, username: str | None = None):
    """Create a member of ``role``, log ``client`` in with password and second factor; the user."""
    if not Group.objects.filter(name=role).exists():
        call_command("setup_roles", verbosity=0)
    user = django_user_model.objects.create_user(
        username=username or f"{role}-member", password=PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=role))
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    assert client.login(username=user.username, password=PASSWORD)
    response = client.post("/nl/account/verify/", {"token": code_of(device), "next": "/admin/"})
    assert response.status_code == 302, response
    return user
