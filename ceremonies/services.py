"""Writes on the guest lists: import a spreadsheet, check a guest in, anonymise old guests."""

from __future__ import annotations

import copy
import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal

import tablib
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import EmailValidator, ProhibitNullCharactersValidator
from django.db import DataError, IntegrityError, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from ceremonies.models import EMAIL_SHAPE, Ceremony, Guest, GuestCategory
from ceremonies.resources import (
    LANGUAGE_WIDGET,
    STATUS_WIDGET,
    TEXT_WIDGET,
    UNKNOWN_CATEGORY,
    UNKNOWN_CEREMONY,
)
from chancellery.freeze import check_editable
from chancellery.locking import stored_version
from chancellery.uploads import (
    FILE_FORMATS,
    check_columns,
    line_numbers,
    read_dataset,
)

IMPORT_FORMATS = FILE_FORMATS


@dataclass(frozen=True)
class RowError:
    """A refused row and why: ``line`` is the line of the file the row starts on (the header is
    line 1, blank lines count), as a spreadsheet numbers it; line 0 is an error of the whole file.
    ``index`` is the row's position among the data rows (0 first), for the admin's preview."""

    line: int
    reason: str
    index: int | None = None

    def __str__(self) -> str:
        if not self.line:
            return _("File: %(reason)s") % {"reason": self.reason}
        return _("Line %(line)s: %(reason)s") % {"line": self.line, "reason": self.reason}


@dataclass(frozen=True)
class ImportReport:
    """What an import did: rows created and updated, or the refused rows (and then nothing).
    ``written``: ``("new" | "update", guest)`` per good row (for the admin's log and preview)."""

    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    written: tuple = ()
    # Said to the user even when the import succeeds: the columns the file has but nobody reads.
    warnings: tuple[str, ...] = ()

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


def guest_list_dataset(*, content: bytes, file_format: str) -> tablib.Dataset:
    """Read a guest list file (CSV or XLSX) into a dataset, the way every import reads
    (``chancellery.uploads.read_dataset``: encoding and delimiter detected, each row's line kept,
    within the limits); ValueError with a message for a file too large, past a limit
    (UploadTooLarge) or unreadable."""
    return read_dataset(content, file_format=file_format)


# The columns of a guest list file, as the model's fields (the resource's columns).
TEXT_COLUMNS = ("name", "organisation", "email", "phone", "accessibility_needs", "notes")
IMPORTED_FIELDS = ("ceremony", "category", *TEXT_COLUMNS, "language", "status")
# Without these a row means nothing; the others may be left out (empty, or the default).
REQUIRED_COLUMNS = (("ceremony",), ("category",), ("name",))
_NULL_CHARACTERS = ProhibitNullCharactersValidator.message
DUPLICATE_GUEST_MESSAGE = next(
    constraint.violation_error_message
    for constraint in Guest._meta.constraints
    if constraint.name == "guest_unique_per_ceremony"
)
_EMAIL_SHAPE = re.compile(EMAIL_SHAPE)


def _code(value) -> str:
    return "" if value is None else str(value).strip()


def _guest_id(value) -> int | None:
    """The ``id`` cell as a guest id (None: empty, a new guest); ValueError when not a number."""
    text = _code(value)
    if not text:
        return None
    number = Decimal(text)  # XLSX cells come as floats: 12.0
    if number != number.to_integral_value() or number < 1:
        raise ValueError(text)
    return int(number)


@dataclass
class _Lookups:
    """What validating a file needs from the database, loaded once before its rows are read."""

    ceremonies: dict[str, Ceremony]
    categories: dict[str, GuestCategory]
    # The guests the file updates (by id), locked until the end of the transaction.
    updated: dict[int, Guest]
    # (ceremony id, name, organisation) in lower case -> guest id, for the concerned ceremonies.
    keys: dict[tuple, int]
    # Why a guest of this ceremony may not be written (a published year), per ceremony id.
    frozen: dict[int, list[str]]


def _load_lookups(records: list[dict]) -> _Lookups:
    ceremony_codes = {_code(record.get("ceremony")) for record in records} - {""}
    category_codes = {_code(record.get("category")) for record in records} - {""}
    ids = set()
    for record in records:
        try:
            ids.add(_guest_id(record.get("id")))
        except (ArithmeticError, ValueError):
            pass
    ids.discard(None)
    ceremonies = {c.code: c for c in Ceremony.objects.filter(code__in=ceremony_codes)}
    categories = {c.code: c for c in GuestCategory.objects.filter(code__in=category_codes)}
    updated = (
        Guest.objects.not_anonymised()
        .select_related("ceremony")
        .select_for_update(of=("self",))
        .in_bulk(ids)
    )
    concerned = {c.pk: c for c in ceremonies.values()}
    concerned.update({guest.ceremony_id: guest.ceremony for guest in updated.values()})
    keys = {
        (ceremony_id, name.lower(), organisation.lower()): pk
        for pk, ceremony_id, name, organisation in Guest.objects.not_anonymised()
        .filter(ceremony_id__in=concerned)
        .values_list("pk", "ceremony_id", "name", "organisation")
    }
    frozen = {}
    for ceremony in concerned.values():  # the freeze check once per ceremony
        try:
            check_editable(Guest(ceremony=ceremony))
        except ValidationError as error:
            frozen[ceremony.pk] = error.messages
    return _Lookups(ceremonies, categories, updated, keys, frozen)


def _validated_guest(record: dict, lookups: _Lookups) -> tuple[Guest | None, dict[str, list]]:
    """The guest a file row describes (new, or an existing one changed in memory) and its errors
    per field; nothing is written."""
    errors: dict[str, list] = {}
    original = None
    try:
        guest_id = _guest_id(record.get("id"))
    except (ArithmeticError, ValueError):
        guest_id = None
        errors["id"] = [_("%(value)r is not a guest id.") % {"value": record.get("id")}]
    if guest_id is not None:
        original = lookups.updated.get(guest_id)
        if original is None:
            errors["id"] = [
                _("No guest with id %(id)s (leave the id empty to add a guest).") % {"id": guest_id}
            ]
    values = {}
    for name, table, message in (
        ("ceremony", lookups.ceremonies, UNKNOWN_CEREMONY),
        ("category", lookups.categories, UNKNOWN_CATEGORY),
    ):
        code = _code(record.get(name))
        if not code:
            errors[name] = [Guest._meta.get_field(name).error_messages["null"]]
        elif code not in table:
            errors[name] = [message % {"code": record.get(name)}]
        else:
            values[name] = table[code]
    for name in TEXT_COLUMNS:
        values[name] = TEXT_WIDGET.clean(record.get(name))
        if "\x00" in values[name]:
            errors[name] = [_NULL_CHARACTERS]
    for name, widget in (("language", LANGUAGE_WIDGET), ("status", STATUS_WIDGET)):
        try:
            values[name] = widget.clean(record.get(name))
        except ValueError as error:
            errors[name] = [str(error)]
    if errors.get("id"):
        return None, errors
    guest = copy.copy(original) if original is not None else Guest()
    for name, value in values.items():
        setattr(guest, name, value)
    # The field checks of full_clean() without its queries: ceremony and category were found
    # above; uniqueness and the freeze are checked against the lookups by the caller.
    try:
        guest.clean_fields(exclude=["ceremony", "category", *errors])
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            errors.setdefault(name, []).extend(messages)
    if guest.email and "email" not in errors and not _EMAIL_SHAPE.fullmatch(guest.email):
        errors["email"] = [str(EmailValidator.message)]
    return guest, errors


def _reason(errors: dict[str, list]) -> str:
    order = ["id", *IMPORTED_FIELDS, NON_FIELD_ERRORS]
    reasons = []
    for name in sorted(errors, key=lambda n: order.index(n) if n in order else len(order)):
        label = "id" if name == "id" else _field_label(name)
        reasons.extend(f"{label}: {m}" if label else str(m) for m in errors[name])
    return "; ".join(reasons)


def guest_list_import(
    *, dataset: tablib.Dataset, user=None, dry_run: bool = False, progress=None
) -> ImportReport:
    """Import a guest list, all or nothing: one bad row and no row is written.

    Every bad row is reported with its number and reason (unknown category or ceremony, malformed
    e-mail, duplicate guest, missing name, a published year's ceremony...). The rows are checked
    in memory against lookups loaded once (ceremonies and categories by code, the guests of the
    concerned ceremonies, the freeze once per ceremony), then written with bulk_create and
    bulk_update, with their audit trail, in one transaction. An updated guest's ``version`` is
    raised, so that a change form opened before the import refuses to overwrite it. ``dry_run``
    checks every row and writes nothing (the admin's preview). ``progress``, when given, is
    called once per row checked (a large import's progress page, chancellery.background_imports).
    """
    columns = check_columns(
        dataset.headers or [], required=REQUIRED_COLUMNS, known=("id", *IMPORTED_FIELDS)
    )
    if columns.missing:
        return ImportReport(errors=[RowError(line=0, reason=columns.missing_message)])
    warnings = (columns.ignored_message,) if columns.ignored else ()
    headers = list(columns.found)
    records = [dict(zip(headers, values, strict=False)) for values in dataset]
    lines = line_numbers(dataset)
    if not records:
        return ImportReport(warnings=warnings)
    try:
        with transaction.atomic():
            lookups = _load_lookups(records)
            errors, created, changed, unchanged = [], [], [], []
            # A guest's key is taken by the guests the file leaves as they are, then by each row.
            taken = {key: pk for key, pk in lookups.keys.items() if pk not in lookups.updated}
            for number, record in enumerate(records, start=1):
                guest, row_errors = _validated_guest(record, lookups)
                if guest is not None and not row_errors:
                    frozen = lookups.frozen.get(guest.ceremony_id, [])
                    if guest.pk is not None:
                        stored = lookups.updated[guest.pk].ceremony_id
                        frozen = frozen or lookups.frozen.get(stored, [])
                    if frozen:
                        row_errors["ceremony"] = frozen
                if not row_errors:
                    key = (guest.ceremony_id, guest.name.lower(), guest.organisation.lower())
                    if key in taken:
                        row_errors[NON_FIELD_ERRORS] = [DUPLICATE_GUEST_MESSAGE]
                    else:
                        taken[key] = number
                if row_errors:
                    line = lines[number - 1]
                    reason = _reason(row_errors)
                    errors.append(RowError(line=line, reason=reason, index=number - 1))
                elif guest.pk is None:
                    created.append(guest)
                elif _changed(guest, lookups.updated[guest.pk]):
                    guest.version = lookups.updated[guest.pk].version + 1
                    changed.append(guest)
                else:
                    unchanged.append(guest)
                if progress is not None:
                    progress()
            if errors:
                raise ImportRefused
            written = (
                *(("new", guest) for guest in created),
                *(("update", guest) for guest in changed + unchanged),
            )
            if dry_run:
                return ImportReport(
                    created=len(created),
                    updated=len(changed) + len(unchanged),
                    written=written,
                    warnings=warnings,
                )
            history = {"batch_size": 2000, "default_user": user}
            bulk_create_with_history(created, Guest, **history)
            bulk_update_with_history(changed, Guest, [*IMPORTED_FIELDS, "version"], **history)
    except ImportRefused:
        return ImportReport(errors=errors)
    except (IntegrityError, DataError) as error:
        # Another user wrote the same guest meanwhile, or what the checks above did not foresee.
        return ImportReport(errors=[RowError(line=0, reason=str(error).splitlines()[0])])
    return ImportReport(
        created=len(created),
        updated=len(changed) + len(unchanged),
        written=written,
        warnings=warnings,
    )


def _changed(guest: Guest, stored: Guest) -> bool:
    return any(
        getattr(guest, Guest._meta.get_field(name).attname)
        != getattr(stored, Guest._meta.get_field(name).attname)
        for name in IMPORTED_FIELDS
    )


@transaction.atomic
def guest_set_status(*, guest: Guest, status: str) -> Guest:
    """Set a guest's invitation status (check-in: attended), refused for a published year.

    Every write of a status goes through here (the check-in page, the admin's actions; the
    import raises it in bulk the same way): the guest's ``version`` is raised, so that a change
    form opened before refuses to overwrite the new status (chancellery.locking).
    """
    if status not in Guest.Status.values:
        raise ValidationError(_("Unknown invitation status."), code="invalid")
    check_editable(guest)
    # The row locked until the end of the transaction: two check-ins raise the version twice.
    stored = stored_version(guest, lock=True)
    guest.status = status
    guest.version = (stored or 0) + 1
    guest.save(update_fields=["status", "version"])
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


def guest_log_repr(pk) -> str:
    """How the admin's log names a guest: by id (``#12``), never by name."""
    return f"#{pk}"


def guest_log_entries_anonymise() -> int:
    """Name every guest by id in the admin's log (entries written before it did so, or by other
    code); return the number of entries changed."""
    by_id = Concat(Value("#"), F("object_id"))
    entries = LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Guest))
    return entries.exclude(object_repr=by_id).update(object_repr=by_id)


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
    of those guests is wiped too (``guest_history_anonymise``), and so is any admin log entry
    naming a guest (``guest_log_entries_anonymise``). This is a QuerySet update: it
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
            guest_log_entries_anonymise()
    return AnonymisationReport(cutoff=cutoff, guests=count, ceremonies=ceremonies, dry_run=dry_run)
