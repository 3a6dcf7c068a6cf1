"""The roles (auth groups) and their permissions, as data.

Apps and models are named by label, never imported: the core knows no domain model. Running
``manage.py setup_roles`` gives each group exactly these permissions (idempotent; permissions of
models added later are picked up the next time it runs).
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.utils.translation import pgettext_lazy

# The project's own apps; "every model" of the management role means theirs, not Django's or the
# security packages' internals (users, groups, sessions, second-factor devices, login attempts).
PROJECT_APPS = ("chancellery", "meetings", "ceremonies", "hr", "procurement", "communication")
ALL_ACTIONS = ("view", "add", "change", "delete")


@dataclass(frozen=True)
class Role:
    """A group: whole apps, single models with some actions, named permissions."""

    name: str
    # What the role is called in the reader's language (the 403 page names the roles that hold a
    # permission); the group keeps ``name``.
    label: str = ""
    apps: tuple[str, ...] = ()
    models: dict[str, tuple[str, ...]] = field(default_factory=dict)
    permissions: tuple[str, ...] = ()
    view_apps: tuple[str, ...] = ()
    view_except: tuple[str, ...] = ()
    everything: bool = False


ROLES = (
    Role("secretariat", pgettext_lazy("role", "secretariat"), apps=("meetings",)),
    # Ceremonies, their guest lists and the check-in page (which asks for the guest permissions).
    Role("protocol", pgettext_lazy("role", "protocol"), apps=("ceremonies",)),
    Role("hr", pgettext_lazy("role", "human resources"), apps=("hr",)),
    Role("procurement", pgettext_lazy("role", "procurement"), apps=("procurement",)),
    Role("communication", pgettext_lazy("role", "communication"), apps=("communication",)),
    # Dashboards and read-only admin on everything but the guests' personal data.
    Role(
        "management",
        pgettext_lazy("role", "management"),
        permissions=("chancellery.view_dashboard",),
        view_apps=PROJECT_APPS,
        view_except=("ceremonies.guest", "ceremonies.historicalguest"),
    ),
    # Publishes and unpublishes reports; writes the report's own texts and the ICT figures.
    Role(
        "editor",
        pgettext_lazy("role", "editor"),
        permissions=("chancellery.publish_annualreport", "chancellery.view_dashboard"),
        models={
            "chancellery.annualreport": ("view", "add", "change"),
            "chancellery.publicationevent": ("view",),
            "chancellery.ictyear": ALL_ACTIONS,
            "chancellery.icttopic": ALL_ACTIONS,
            # The data-collection calendar: due dates and roles per section and year.
            "chancellery.collectiondeadline": ALL_ACTIONS,
            "chancellery.remindersent": ("view",),
            # The public pages the law asks for beside the report: the accessibility statement
            # (with its known issues) and the guest lists' privacy notice.
            "chancellery.accessibilitystatement": ("view", "add", "change"),
            "chancellery.accessibilityissue": ALL_ACTIONS,
            "chancellery.privacynotice": ("view", "add", "change"),
        },
    ),
    Role("administrator", pgettext_lazy("role", "administrator"), everything=True),
)


def _model_q(label: str, actions) -> Q:
    app_label, model = label.split(".")
    return Q(
        content_type__app_label=app_label,
        content_type__model=model,
        codename__in=[f"{action}_{model}" for action in actions],
    )


def _named_q(permission: str) -> Q:
    app_label, codename = permission.split(".")
    return Q(content_type__app_label=app_label, codename=codename)


def role_permissions(role: Role):
    """The Permission rows of a role."""
    if role.everything:
        return Permission.objects.all()
    query = Q(pk__in=[])
    if role.apps:
        query |= Q(content_type__app_label__in=role.apps)
    for label, actions in role.models.items():
        query |= _model_q(label, actions)
    for permission in role.permissions:
        query |= _named_q(permission)
    if role.view_apps:
        excluded = Q(pk__in=[])
        for label in role.view_except:
            excluded |= _model_q(label, ALL_ACTIONS)
        views = Q(content_type__app_label__in=role.view_apps, codename__startswith="view_")
        query |= views & ~excluded
    return Permission.objects.filter(query)


def roles_setup() -> dict[str, int]:
    """Give every role's group exactly its permissions (created when missing); {name: count}."""
    counts = {}
    with transaction.atomic():
        for role in ROLES:
            group, _created = Group.objects.get_or_create(name=role.name)
            permissions = list(role_permissions(role))
            group.permissions.set(permissions)
            counts[role.name] = len(permissions)
    return counts
