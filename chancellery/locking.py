"""Optimistic locking: two people edit the same record, the second save is refused.

A locked model has a ``version`` column (``VersionField``). Its admin change form carries the
version it was loaded with in a hidden field; on save the admin checks, inside the admin's
transaction and with the row locked (``SELECT ... FOR UPDATE``), that the stored version is still
that one, and writes ``UPDATE ... SET version = n + 1 WHERE version = n``. Someone who saved in the
meantime raised the version: the second person gets the form back, their input kept, with a
message saying what happened, and the first person's data stays.

The records edited inline (a year's notes, an act's stages, a campaign's actions...) are locked
the same way, each row of the formset on its own (``OptimisticLockInlineMixin``): a changed row
whose stored version moved on is refused with the same message, the others are saved.

We do not use django-concurrency (which supports Django 5.2): it wraps the model's save machinery
for every caller, which this project avoids ("nothing hidden in save()"), and its field would be
copied into the audit trail's historical models with its behaviour. Here everything happens in
the admin, where people edit concurrently, and can be read in this module.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _

VERSION_FIELD = "version"


def VersionField() -> models.PositiveIntegerField:  # noqa: N802 (reads as a field class)
    """The ``version`` column of a locked model: raised by one at each save through the admin."""
    return models.PositiveIntegerField(
        _("version"), default=0, help_text=_("Raised at each save; detects concurrent edits.")
    )


class ConcurrentEdit(Exception):
    """The record was saved by someone else since the form was loaded."""


CONFLICT_MESSAGE = _(
    "Someone else saved this record while you were editing it. Your changes were not saved, so "
    "as not to overwrite theirs: open the record again to see the current version, then make "
    "your changes again."
)


def stored_version(instance, *, lock: bool = False) -> int | None:
    """The version stored for ``instance`` (None when it no longer exists); ``lock`` locks the row
    until the end of the transaction."""
    queryset = type(instance)._default_manager.filter(pk=instance.pk)
    if lock:
        queryset = queryset.select_for_update()
    return queryset.values_list(VERSION_FIELD, flat=True).first()


def save_if_unchanged(instance, *, expected_version: int, save) -> None:
    """Raise the stored version from ``expected_version`` by one, then ``save()`` the instance;
    raise ConcurrentEdit (and write nothing) when the stored version is another one."""
    if instance.pk is not None and not instance._state.adding:
        raised = (
            type(instance)
            ._default_manager.filter(pk=instance.pk, **{VERSION_FIELD: expected_version})
            .update(**{VERSION_FIELD: F(VERSION_FIELD) + 1})
        )
        if not raised:
            raise ConcurrentEdit
        setattr(instance, VERSION_FIELD, expected_version + 1)
    save()


class OptimisticLockAdminMixin:
    """Admin of a model with a ``version`` column: refuse a save based on an outdated form."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == VERSION_FIELD:
            return forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if VERSION_FIELD not in form.base_fields:  # a read-only (view) form
            return form

        class VersionedForm(form):
            def clean_version(self):
                submitted = self.cleaned_data.get(VERSION_FIELD)
                if self.instance.pk is None or self.instance._state.adding:
                    return getattr(self.instance, VERSION_FIELD)
                # A form without the version (a script posting by hand) counts as outdated.
                return -1 if submitted is None else submitted

            def _post_clean(self):
                super()._post_clean()
                if self.instance.pk is None or self.instance._state.adding:
                    return
                # The admin's change view runs in a transaction: the row stays locked until the
                # save, so no one can slip in between this check and the write.
                current = stored_version(self.instance, lock=True)
                if current != self.cleaned_data.get(VERSION_FIELD):
                    self.add_error(None, ValidationError(CONFLICT_MESSAGE, code="concurrent"))

        VersionedForm.__name__ = form.__name__
        return VersionedForm

    def get_fieldsets(self, request, obj=None):
        # The version travels (hidden) in the forms that change a record, and only there.
        editing = obj is not None and self.has_change_permission(request, obj)
        fieldsets = []
        for title, options in super().get_fieldsets(request, obj):
            fields = [name for name in options.get("fields", ()) if name != VERSION_FIELD]
            fieldsets.append((title, {**options, "fields": fields}))
        if editing and fieldsets:
            title, options = fieldsets[0]
            fieldsets[0] = (title, {**options, "fields": [*options["fields"], VERSION_FIELD]})
        return fieldsets

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        save_if_unchanged(
            obj,
            expected_version=form.cleaned_data[VERSION_FIELD],
            save=lambda: super(OptimisticLockAdminMixin, self).save_model(
                request, obj, form, change
            ),
        )


class OptimisticLockInlineMixin:
    """Inline of a model with a ``version`` column: each changed row carries the version it was
    loaded with, and is refused when the stored one moved on (someone saved it meanwhile)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == VERSION_FIELD:
            return forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_fields(self, request, obj=None):
        # The version travels (hidden) in the forms that change rows, and only there.
        fields = [name for name in super().get_fields(request, obj) if name != VERSION_FIELD]
        if self.has_change_permission(request, obj) or self.has_add_permission(request, obj):
            fields.append(VERSION_FIELD)
        return fields

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if VERSION_FIELD not in formset.form.base_fields:  # read-only (view) inlines
            return formset

        class VersionedInlineForm(formset.form):
            def clean_version(self):
                submitted = self.cleaned_data.get(VERSION_FIELD)
                if self.instance.pk is None or self.instance._state.adding:
                    return getattr(self.instance, VERSION_FIELD)
                return -1 if submitted is None else submitted

            def _post_clean(self):
                super()._post_clean()
                if self.instance.pk is None or self.instance._state.adding:
                    return
                if not self.has_changed():  # an untouched row is not saved
                    return
                # In the admin's transaction: the row stays locked until it is saved.
                current = stored_version(self.instance, lock=True)
                if current != self.cleaned_data.get(VERSION_FIELD):
                    self.add_error(None, ValidationError(CONFLICT_MESSAGE, code="concurrent"))
                else:
                    setattr(self.instance, VERSION_FIELD, current + 1)

        VersionedInlineForm.__name__ = formset.form.__name__
        formset.form = VersionedInlineForm
        return formset
