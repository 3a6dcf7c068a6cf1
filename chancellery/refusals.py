"""Refusals that explain themselves: what is missing, who has it, whom to ask.

A refused request (``PermissionDenied``) is answered by ``permission_denied``, the project's
``handler403``: in the reader's language it names the permission the page needs (an admin view's
from its URL, another view's from ``MissingPermission``), the roles that hold it, and the
administrators to ask. ``frozen_reason`` says why a published year's record is read-only and who
may take the report back to draft. ``admin_link`` turns a link to an admin page into the page the
reader may open (the dashboard's "fix it" links lead management to a view page, not to a 403).

Names of people are only shown to a logged-in staff member: an anonymous reader learns nothing
about who works here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chancellery.registry import Missing
from chancellery.security.roles import ROLES

PUBLISH_PERMISSION = "chancellery.publish_annualreport"
# At most this many people are named as whom to ask (the rest are "and others").
NAMED_PEOPLE = 5

# Named permissions, as a sentence's verb phrase; model permissions are built from the model.
PERMISSION_PHRASES = {
    "chancellery.view_dashboard": gettext_lazy("view the management dashboards"),
    "chancellery.publish_annualreport": gettext_lazy("publish and unpublish annual reports"),
}
ACTION_PHRASES = {
    "view": gettext_lazy("view %(models)s"),
    "add": gettext_lazy("add %(models)s"),
    "change": gettext_lazy("change %(models)s"),
    "delete": gettext_lazy("delete %(models)s"),
}
# The admin's own views of a model, by the end of their URL name, and the action each needs.
ADMIN_VIEW_ACTIONS = {
    "changelist": "view",
    "change": "view",
    "history": "view",
    "add": "add",
    "delete": "delete",
}


class MissingPermission(PermissionDenied):
    """A refusal that knows which permission (``app_label.codename``) was missing."""

    def __init__(self, permission: str):
        super().__init__(permission)
        self.permission = permission


@dataclass(frozen=True)
class Refusal:
    """What a refused reader is told: the missing permission, its holders, whom to ask."""

    missing: str = ""
    roles: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    more_people: bool = False


def permission_phrase(permission: str) -> str:
    """The permission as the verb phrase of a sentence ("view guests"), in the active language."""
    if permission in PERMISSION_PHRASES:
        return str(PERMISSION_PHRASES[permission])
    app_label, codename = permission.split(".", 1)
    action, _sep, model_name = codename.partition("_")
    for model in admin.site._registry:
        if model._meta.app_label == app_label and model._meta.model_name == model_name:
            if action in ACTION_PHRASES:
                return ACTION_PHRASES[action] % {"models": model._meta.verbose_name_plural}
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    return found.name if found else permission


def roles_holding(permission: str) -> tuple[str, ...]:
    """The labels of the roles whose group holds ``permission`` (administrators left out: they
    hold every permission, and are named as whom to ask instead)."""
    app_label, codename = permission.split(".", 1)
    groups = set(
        Permission.objects.filter(content_type__app_label=app_label, codename=codename).values_list(
            "group__name", flat=True
        )
    )
    return tuple(str(role.label) for role in ROLES if role.name in groups and not role.everything)


def people_holding(permission: str | None) -> tuple[list[str], bool]:
    """Active people who hold ``permission`` through a role (or, for None, the administrators):
    their names, at most NAMED_PEOPLE, and whether there are more."""
    users = get_user_model().objects.filter(is_active=True)
    if permission is None:
        everything = [role.name for role in ROLES if role.everything]
        users = users.filter(Q(groups__name__in=everything) | Q(is_superuser=True))
    else:
        app_label, codename = permission.split(".", 1)
        users = users.filter(
            groups__permissions__content_type__app_label=app_label,
            groups__permissions__codename=codename,
        ).exclude(groups__name__in=[role.name for role in ROLES if role.everything])
    users = list(
        users.distinct().order_by("last_name", "first_name", "username")[: NAMED_PEOPLE + 1]
    )
    names = [_person(user) for user in users[:NAMED_PEOPLE]]
    return names, len(users) > NAMED_PEOPLE


def _person(user) -> str:
    name = user.get_full_name() or user.get_username()
    return f"{name} ({user.email})" if user.email else name


def _admin_target(request) -> tuple[type, str] | None:
    """The model and the admin view of the request's URL, when it is one of a model's views."""
    match = request.resolver_match
    if match is None or match.namespace != "admin" or not match.url_name:
        return None
    for model in admin.site._registry:
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        if match.url_name.startswith(prefix):
            return model, match.url_name[len(prefix) :]
    return None


def missing_permission(request, exception) -> str | None:
    """The permission the refused request needed, as far as it can be told."""
    if isinstance(exception, MissingPermission):
        return exception.permission
    target = _admin_target(request)
    if target is None:
        return None
    model, view = target
    action = ADMIN_VIEW_ACTIONS.get(view, "change")
    if view == "change" and request.method == "POST":
        action = "change"
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def refusal_for(request, exception) -> Refusal:
    """What to tell the reader of a refused request."""
    permission = missing_permission(request, exception)
    staff = request.user.is_authenticated and request.user.is_staff
    people, more = people_holding(None) if staff else ([], False)
    if permission is None:
        return Refusal(people=tuple(people), more_people=more)
    return Refusal(
        missing=permission_phrase(permission),
        roles=roles_holding(permission),
        people=tuple(people),
        more_people=more,
    )


def permission_denied(request, exception=None):
    """handler403: a translated page that says what is missing and where to ask."""
    in_admin = request.path.startswith("/admin/")
    template = "admin/403.html" if in_admin else "403.html"
    context = {"refusal": refusal_for(request, exception), "title": _("Access refused")}
    if in_admin:
        context.update(admin.site.each_context(request))
    return render(request, template, context, status=403)


def frozen_reason(years, user) -> dict:
    """Why a record of the published ``years`` is read-only, and who may unpublish its report:
    for the change page's notice and the refusal of a write."""
    years = sorted(years)
    listed = ", ".join(str(year) for year in years)
    people, more = people_holding(PUBLISH_PERMISSION) if user.is_staff else ([], False)
    return {
        "message": _(
            "The report of %(years)s is published: its figures are frozen, and this record is "
            "read-only."
        )
        % {"years": listed},
        "year": years[0],
        "may_unpublish": user.has_perm(PUBLISH_PERMISSION),
        "roles": roles_holding(PUBLISH_PERMISSION),
        "people": people,
        "more_people": more,
    }


def admin_link(url: str, user) -> str:
    """The admin page behind ``url`` that ``user`` may open: the page itself when allowed; the
    changelist instead of an add page the user may not use; "" when the user may not see the
    model at all."""
    try:
        match = resolve(url.split("?", 1)[0])
    except Resolver404:
        return url
    if match.namespace != "admin" or not match.url_name:
        return url
    for model in admin.site._registry:
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        if not match.url_name.startswith(prefix):
            continue
        view = match.url_name[len(prefix) :]
        label = f"{model._meta.app_label}.%s_{model._meta.model_name}"
        if view == "add" and user.has_perm(label % "add"):
            return url
        if not (user.has_perm(label % "view") or user.has_perm(label % "change")):
            return ""
        if view == "add":
            return _changelist(model)
        return url
    return url


def with_admin_links(items: list[Missing], user) -> list[Missing]:
    """Completeness items whose links are those ``user`` may follow (see ``admin_link``)."""
    return [
        dataclasses.replace(item, admin_url=admin_link(item.admin_url, user))
        if item.admin_url
        else item
        for item in items
    ]


def _changelist(model) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
