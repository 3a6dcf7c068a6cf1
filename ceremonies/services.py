"""Writes on the guest lists: import a spreadsheet, check a guest in, anonymise old guests."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import tablib
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ceremonies.models import Ceremony, Guest
from ceremonies.resources import GuestResource
from chancellery.freeze import check_editable

IMPORT_FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class RowError:
    """A refused row and why: ``row`` counts data rows from 1, as the admin's import preview does;
    ``line`` is the spreadsheet's line (the header is line 1). Row 0: an error of the whole file.
    """

    row: int
    reason: str

    @property
    def line(self) -> int:
        return self.row + 1 if self.row else 0

    def __str__(self) -> str:
        if not self.row:
            return _("File: %(reason)s") % {"reason": self.reason}
        return _("Row %(row)s (line %(line)s of the file): %(reason)s") % {
            "row": self.row,
            "line": self.line,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ImportReport:
    """What an import did: rows created and updated, or the refused rows (and then nothing)."""

    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportRefused(Exception):
    """Raised inside the transaction to roll back every row when one row is bad."""


def _field_label(name: str) -> str:
    if name == NON_FIELD_ERRORS:
        return ""
    try:
        return str(Guest._meta.get_field(name).verbose_name)
    except Exception:  # a column name that is no model field
        return name


def _row_errors(result) -> list[RowError]:
    errors = []
    for invalid in result.invalid_rows:
        reasons = []
        for name, messages in invalid.error_dict.items():
            label = _field_label(name)
            for message in messages:
                reasons.append(f"{label}: {message}" if label else str(message))
        errors.append(RowError(row=invalid.number, reason="; ".join(reasons)))
    for number, row_errors in result.row_errors():
        for error in row_errors:
            errors.append(RowError(row=number, reason=str(error.error)))
    if result.base_errors:
        errors.extend(RowError(row=0, reason=str(error.error)) for error in result.base_errors)
    return sorted(errors, key=lambda error: error.row)


def guest_list_dataset(*, content: bytes, file_format: str) -> tablib.Dataset:
    """Read a guest list file (CSV in UTF-8, with or without BOM, or XLSX) into a dataset;
    ValueError with a message for a file too large or unreadable."""
    if file_format not in IMPORT_FORMATS:
        raise ValueError(
            _("Unsupported file format %(format)s: use CSV or XLSX.") % {"format": file_format}
        )
    if len(content) > settings.UPLOAD_MAX_BYTES:
        raise ValueError(file_too_large_message(len(content)))
    try:
        if file_format == "csv":
            return tablib.Dataset().load(content.decode("utf-8-sig"), format="csv")
        return tablib.Dataset().load(content, format="xlsx")
    except Exception as error:  # tablib's errors for unreadable files vary per format
        raise ValueError(
            _("The file cannot be read as %(format)s: %(error)s")
            % {"format": file_format.upper(), "error": error}
        ) from error


def file_too_large_message(size: int) -> str:
    """Why a file of ``size`` bytes is refused."""
    return _("The file is too large (%(size).1f MB): the limit is %(limit).0f MB.") % {
        "size": size / 2**20,
        "limit": settings.UPLOAD_MAX_BYTES / 2**20,
    }


def guest_list_import(*, dataset: tablib.Dataset, user=None) -> ImportReport:
    """Import a guest list, all or nothing: one bad row and no row is written.

    Every bad row is reported with its number and reason (unknown category or ceremony, malformed
    e-mail, duplicate guest, missing name, a published year's ceremony...).
    """
    resource = GuestResource()
    try:
        with transaction.atomic():
            result = resource.import_data(
                dataset,
                dry_run=False,
                raise_errors=False,
                use_transactions=True,
                collect_failed_rows=True,
                rollback_on_validation_errors=True,
                user=user,
            )
            if result.has_errors() or result.has_validation_errors():
                raise ImportRefused
    except ImportRefused:
        return ImportReport(errors=_row_errors(result))
    totals = result.totals
    return ImportReport(created=totals.get("new", 0), updated=totals.get("update", 0))


def guest_set_status(*, guest: Guest, status: str) -> Guest:
    """Set a guest's invitation status (check-in: attended), refused for a published year."""
    if status not in Guest.Status.values:
        raise ValidationError(_("Unknown invitation status."), code="invalid")
    check_editable(guest)
    guest.status = status
    guest.save(update_fields=["status"])
    return guest


# The personal fields of a guest and what anonymisation leaves in them.
PERSONAL_DATA_WIPED = {
    "name": "",
    "organisation": "",
    "email": "",
    "phone": "",
    "accessibility_needs": "",
    "notes": "",
}


def guest_history_anonymise(*, cutoff: datetime.date) -> int:
    """Wipe the personal data from the audit trail of the guests of ceremonies held before
    ``cutoff``, and of guests whose ceremony was deleted; return the number of history rows wiped.

    The QuerySet update on the guests writes no history row, so without this the audit trail
    would keep every name and address the anonymisation removed.
    """
    history = Guest.history.model.objects
    old_ceremonies = Ceremony.objects.filter(date__lt=cutoff).values("pk")
    existing_ceremonies = Ceremony.objects.values("pk")
    rows = history.filter(
        Q(ceremony_id__in=old_ceremonies) | ~Q(ceremony_id__in=existing_ceremonies)
    ).exclude(**PERSONAL_DATA_WIPED)
    return rows.update(**PERSONAL_DATA_WIPED)


@dataclass(frozen=True)
class AnonymisationReport:
    """What an anonymisation did (or would do, in a dry run)."""

    cutoff: datetime.date
    guests: int
    ceremonies: int
    dry_run: bool


def guests_anonymise(
    *, retention_days: int, today: datetime.date | None = None, dry_run: bool = False
) -> AnonymisationReport:
    """Wipe the personal data of the guests of ceremonies older than ``retention_days``.

    Names, organisations, contacts, accessibility needs and notes are emptied; ceremony, category,
    status and preferred language stay, so every published count stays the same; the audit trail
    of those guests is wiped too (``guest_history_anonymise``). This is a QuerySet update: it
    does not go through the freeze guard on purpose, because it changes no figure of a published
    report and the retention period applies to published years too.
    """
    if retention_days < 0:
        raise ValueError(_("The retention period cannot be negative."))
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=retention_days)
    guests = Guest.objects.not_anonymised().of_ceremonies_before(cutoff)
    with transaction.atomic():
        ceremonies = guests.order_by().values("ceremony_id").distinct().count()
        if dry_run:
            count = guests.count()
        else:
            count = guests.update(**PERSONAL_DATA_WIPED, anonymised_at=timezone.now())
            guest_history_anonymise(cutoff=cutoff)
    return AnonymisationReport(cutoff=cutoff, guests=count, ceremonies=ceremonies, dry_run=dry_run)
