from django.contrib.auth.models import Group
from django.core.management import call_command


def _snapshot():
    return {
        group.name: sorted(group.permissions.values_list("codename", flat=True))
        for group in Group.objects.all()
    }


def test_setup_roles_creates_the_eight_groups(db):
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    assert set(Group.objects.values_list("name", flat=True)) == {
        "secretariat",
        "protocol",
        "hr",
        "procurement",
        "communication",
        "management",
        "editor",
        "administrator",
    }


def test_setup_roles_twice_changes_nothing(db):
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    before = _snapshot()
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    assert _snapshot() == before


def test_setup_roles_takes_back_a_permission_granted_by_hand(db):
    from django.contrib.auth.models import Permission

    call_command("setup_roles", stdout=open("/dev/null", "w"))
    management = Group.objects.get(name="management")
    management.permissions.add(Permission.objects.get(codename="view_guest"))
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    assert not management.permissions.filter(codename="view_guest").exists()


def test_management_may_not_read_the_guests(db):
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    management = Group.objects.get(name="management")
    codenames = set(management.permissions.values_list("codename", flat=True))
    assert "view_guest" not in codenames
    assert {"view_dashboard", "view_ceremony", "view_stafffigures"} <= codenames
