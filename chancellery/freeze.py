"""A published year's figures are frozen: its data may not change until the report is unpublished.

Domain apps declare which report years a record belongs to with ``registry.watch``; their admins
use ``YearDataAdminMixin`` so that a published year's records turn read-only, and their imports call
``check_editable``.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable
from contextlib import contextmanager

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from chancellery.admin_years import PlainYearsAdminMixin
from chancellery.models import AnnualReport
from chancellery.refusals import frozen_reason
from chancellery.registry import registry


def published_years(years: Iterable[int]) -> list[int]:
    """Those of ``years`` whose report is published or being published (one query)."""
    years = {int(y) for y in years if y is not None}
    if not years:
        return []
    return sorted(
        AnnualReport.objects.frozen().filter(year__in=years).values_list("year", flat=True)
    )


def years_of(instance) -> set[int]:
    """The report years a record belongs to, as its app declared with ``registry.watch``."""
    years_func = registry.watched_models().get(type(instance))
    if years_func is None:
        return set()
    try:
        return {int(y) for y in years_func(instance) if y is not None}
    except (AttributeError, TypeError, ValueError):
        # An incomplete record (a form not yet valid) belongs to no year yet.
        return set()


def stored_years_of(instance) -> set[int]:
    """The years the record belonged to as stored in the database, before this edit."""
    if instance.pk is None:
        return set()
    stored = type(instance)._default_manager.filter(pk=instance.pk).first()
    return years_of(stored) if stored is not None else set()


def check_editable(instance) -> None:
    """Raise ValidationError when the record belongs (or belonged) to a published year."""
    frozen = published_years(years_of(instance) | stored_years_of(instance))
    if frozen:
        raise ValidationError(
            _(
                "The report of %(years)s is published: its figures are frozen. "
                "Ask an editor to unpublish it first."
            )
            % {"years": ", ".join(str(y) for y in frozen)},
            code="frozen",
        )


class YearDataAdminMixin(PlainYearsAdminMixin):
    """Admin behaviour for records that belong to report years: read-only once published.

    The read-only page says why and who may unpublish; a write sent anyway (a form opened before
    the publication) is refused with the same reason, in the reader's language. Their years are
    shown as written (``PlainYearsAdminMixin``).
    """

    def _frozen(self, obj) -> bool:
        return obj is not None and bool(published_years(years_of(obj)))

    def _frozen_years(self, request, object_id) -> tuple[object, list[int]]:
        obj = self.get_object(request, unquote(object_id))
        return obj, (published_years(years_of(obj)) if obj is not None else [])

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj, years = self._frozen_years(request, object_id)
        if years and self.has_view_permission(request, obj):
            reason = frozen_reason(years, request.user)
            # A role that could edit the record but for the freeze is told why; one that could not
            # anyway gets the usual refusal, which names the permission it lacks.
            if request.method == "POST" and super().has_change_permission(request, obj):
                return self._frozen_refusal(request, obj, reason, _("Your changes were not saved."))
            extra_context = {**(extra_context or {}), "frozen_reason": reason}
        return super().change_view(request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        obj, years = self._frozen_years(request, object_id)
        if years and super().has_delete_permission(request, obj):
            reason = frozen_reason(years, request.user)
            return self._frozen_refusal(request, obj, reason, _("Nothing was deleted."))
        return super().delete_view(request, object_id, extra_context)

    def _frozen_refusal(self, request, obj, reason, outcome):
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": _("This record is read-only"),
            "opts": opts,
            "original": obj,
            "reason": reason,
            "outcome": outcome,
        }
        return TemplateResponse(request, "admin/frozen_refusal.html", context, status=403)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self._frozen(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._frozen(obj)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)

        class FrozenYearForm(form):
            def _post_clean(self):
                super()._post_clean()
                try:
                    check_editable(self.instance)
                except ValidationError as error:
                    self.add_error(None, error)

        FrozenYearForm.__name__ = form.__name__
        return FrozenYearForm


# The guard below is the last line of defence for writes that bypass the admin (scripts, imports,
# bulk actions): it refuses them with the same message. Only the demo loader lifts it, explicitly.
_lifted = contextvars.ContextVar("freeze_lifted", default=False)


@contextmanager
def lifted():
    """Let the code inside write to published years (the demo loader refreshing its own data)."""
    token = _lifted.set(True)
    try:
        yield
    finally:
        _lifted.reset(token)


def guard(sender, instance, **kwargs) -> None:
    """pre_save/pre_delete receiver: refuse to write a published year's record."""
    if not _lifted.get() and not kwargs.get("raw", False):
        check_editable(instance)


def connect_guards() -> None:
    """Connect the guard to every model a domain app declared with ``registry.watch``."""
    from django.db.models.signals import pre_delete, pre_save

    for model in registry.watched_models():
        pre_save.connect(guard, sender=model, dispatch_uid=f"freeze-save-{model._meta.label}")
        pre_delete.connect(guard, sender=model, dispatch_uid=f"freeze-delete-{model._meta.label}")
