"""The data-collection calendar: when each section's data of a year is due, who delivers it, and
the reminders that chase what is late.

The rules, as the services agreed them:

- Each report section (the registry's) has, for each year, a **due date** and a **responsible
  role** (a group of ``chancellery.security.roles``). A ``CollectionDeadline`` entered in the admin
  sets them for one year; without one, the section's default below applies (HR figures are due
  on 31 January of the next year, and so on).
- A section is **complete** when its completeness check finds nothing that blocks publishing
  (gaps in German and English fall back to Dutch and do not count); otherwise it is **late** once
  its due date has passed, **incomplete** before. A published (or publishing) year is complete:
  its data was checked when it was published, and it is frozen.
- **Since when** a section is complete is what the daily check records (``CollectionProgress``):
  the first check that found it complete; an incomplete section clears it.
- **Reminders**: the daily check (``reminders_send``, run by the task ``send_reminders`` or the
  command ``manage.py send_reminders``) e-mails each active member of the role who has an
  address, in the member's language (``StaffLanguage``, else the site's), ``REMINDER_DAYS`` days
  before the due date and once the section is late, listing what blocks with links to the admin.
  A reminder is sent for a *state*: the section, its year, the kind (due soon, late) and what is
  missing. The same state is never mailed twice to the same person (``ReminderSent``, unique): a
  second run on the same day sends nothing new; a late section whose missing items change is
  mailed again, once, with the new list.
- A reminder says nothing of the guests but counts: it lists the completeness checks' messages,
  which name ceremonies and count their guests.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import smtplib
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import checks
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from chancellery.models import (
    AnnualReport,
    CollectionDeadline,
    CollectionProgress,
    ReminderSent,
    StaffLanguage,
)
from chancellery.registry import Missing, registry
from chancellery.security.roles import ROLES

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Default:
    """A section's default due date, in the year after the report's, and its role."""

    month: int
    day: int
    role: str

    def due_date(self, year: int) -> datetime.date:
        """The default due date of the data of ``year``."""
        return datetime.date(year + 1, self.month, self.day)


# Each section's default: the figures of a whole year exist once it is over; the services asked
# for a month (six weeks for the web statistics, two months for the procurement acts).
DEFAULTS: dict[str, Default] = {
    "meetings": Default(1, 31, "secretariat"),
    "ceremonies": Default(1, 31, "protocol"),
    "hr": Default(1, 31, "hr"),
    "procurement": Default(2, 28, "procurement"),
    "ict": Default(1, 31, "editor"),
    "communication": Default(2, 15, "communication"),
    "campaigns": Default(2, 15, "communication"),
}

# The roles' names in words (the groups are named by code).
ROLE_LABELS: dict[str, str] = {
    "secretariat": _("Secretariat"),
    "protocol": _("Protocol"),
    "hr": _("HR service"),
    "procurement": _("Procurement service"),
    "communication": _("Communication service"),
    "management": _("Management"),
    "editor": _("Editors"),
    "administrator": _("Administrators"),
}


def role_label(name: str) -> str:
    """A role's name in words in the active language (the group's name when it has none)."""
    return str(ROLE_LABELS.get(name, name))


@checks.register()
def check_defaults(app_configs=None, **kwargs):
    """Every registered section has a default, and every default names a known role."""
    errors = []
    roles = {role.name for role in ROLES}
    for key in registry.section_keys():
        if key not in DEFAULTS:
            errors.append(
                checks.Error(
                    f"The report section {key!r} has no default due date and role.",
                    hint="Add it to chancellery.collection.DEFAULTS.",
                    id="chancellery.E020",
                )
            )
    for key, default in DEFAULTS.items():
        if default.role not in roles:
            errors.append(
                checks.Error(
                    f"The default role {default.role!r} of {key!r} is not a role.",
                    hint="Name a role of chancellery.security.roles.ROLES.",
                    id="chancellery.E021",
                )
            )
    return errors


class State:
    """A section's state in the calendar."""

    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    LATE = "late"


STATE_LABELS = {
    State.COMPLETE: _("complete"),
    State.INCOMPLETE: _("incomplete"),
    State.LATE: _("late"),
}


@dataclass(frozen=True)
class SectionState:
    """A section's place in a year's calendar: due when, by whom, what it lacks."""

    key: str
    year: int
    due_date: datetime.date
    role: str
    state: str
    # What blocks publishing, and how many gaps fall back without blocking.
    missing: tuple[Missing, ...] = ()
    fallback_count: int = 0
    completed_at: datetime.datetime | None = None
    # The admin row that sets this year's date, when there is one (else the default applies).
    deadline_id: int | None = None
    frozen: bool = False
    days_left: int = 0

    @property
    def label(self) -> str:
        return registry.label(self.key)

    @property
    def role_label(self) -> str:
        return role_label(self.role)

    @property
    def state_label(self) -> str:
        return str(STATE_LABELS[self.state])

    @property
    def days_late(self) -> int:
        return max(-self.days_left, 0)

    @property
    def is_late(self) -> bool:
        return self.state == State.LATE

    @property
    def is_complete(self) -> bool:
        return self.state == State.COMPLETE


@dataclass
class Calendar:
    """A year's sections in the calendar, in the report's order."""

    year: int
    sections: list[SectionState] = field(default_factory=list)

    @property
    def late(self) -> list[SectionState]:
        return [section for section in self.sections if section.is_late]


def deadlines(year: int) -> dict[str, tuple[datetime.date, str, int | None]]:
    """Each section's due date, role and admin row for ``year``: the admin's, else the default
    (one query)."""
    entered = {
        deadline.section: deadline
        for deadline in CollectionDeadline.objects.filter(year=year).select_related("role")
    }
    result = {}
    for key in registry.section_keys():
        if key in entered:
            row = entered[key]
            result[key] = (row.due_date, row.role.name, row.pk)
        else:
            default = DEFAULTS[key]
            result[key] = (default.due_date(year), default.role, None)
    return result


def section_state(
    key: str,
    year: int,
    *,
    due: tuple[datetime.date, str, int | None],
    missing: Iterable[Missing],
    today: datetime.date,
    frozen: bool = False,
    completed_at: datetime.datetime | None = None,
) -> SectionState:
    """A section's state from its due date and what its completeness check found."""
    due_date, role, deadline_id = due
    items = list(missing)
    blocking = tuple(item for item in items if item.blocking) if not frozen else ()
    if not blocking:
        state = State.COMPLETE
    elif today > due_date:
        state = State.LATE
    else:
        state = State.INCOMPLETE
    return SectionState(
        key=key,
        year=year,
        due_date=due_date,
        role=role,
        state=state,
        missing=blocking,
        fallback_count=len(items) - len(blocking) if not frozen else 0,
        completed_at=completed_at if state == State.COMPLETE else None,
        deadline_id=deadline_id,
        frozen=frozen,
        days_left=(due_date - today).days,
    )


def calendar(
    year: int,
    *,
    missing_by_section: dict[str, list[Missing]] | None = None,
    frozen: bool | None = None,
    today: datetime.date | None = None,
    keys: Iterable[str] | None = None,
) -> Calendar:
    """A year's calendar: each section's due date, role and state (three queries, plus the
    completeness checks when ``missing_by_section`` is not given; those of a frozen year are not
    run)."""
    today = today or timezone.localdate()
    wanted = list(keys) if keys is not None else registry.section_keys()
    if frozen is None:
        frozen = AnnualReport.objects.frozen().filter(year=year).exists()
    if missing_by_section is None:
        missing_by_section = {} if frozen else registry.missing_by_section(year, wanted)
    due = deadlines(year)
    progress = {
        row.section: row.completed_at for row in CollectionProgress.objects.filter(year=year)
    }
    return Calendar(
        year=year,
        sections=[
            section_state(
                key,
                year,
                due=due[key],
                missing=missing_by_section.get(key, ()),
                today=today,
                frozen=frozen,
                completed_at=progress.get(key),
            )
            for key in wanted
        ],
    )


def collection_year(today: datetime.date | None = None) -> int:
    """The year whose data the services are gathering: last year's until its report is
    published, then this year's (one query)."""
    today = today or timezone.localdate()
    last = today.year - 1
    if AnnualReport.objects.frozen().filter(year=last).exists():
        return today.year
    return last


def sections_of(user) -> list[str]:
    """The sections whose data this user's roles deliver for the collection year (by default
    or as the admin says)."""
    year = collection_year()
    names = set(user.groups.values_list("name", flat=True))
    return [key for key, (_date, role, _pk) in deadlines(year).items() if role in names]


# -- Reminders ------------------------------------------------------------------------------------


def reminder_days() -> int:
    """How many days before a due date the first reminder goes out (setting REMINDER_DAYS)."""
    return int(getattr(settings, "REMINDER_DAYS", 7))


def reminder_kind(section: SectionState, *, today: datetime.date) -> str | None:
    """Which reminder a section's state calls for today: due soon, late, or none."""
    if section.is_complete or section.frozen:
        return None
    if section.is_late:
        return ReminderSent.Kind.LATE
    if section.due_date - datetime.timedelta(days=reminder_days()) <= today:
        return ReminderSent.Kind.UPCOMING
    return None


def fingerprint(items: Iterable[Missing]) -> str:
    """What is missing, as one hash: the same items give the same state, in any language."""
    text = "\n".join(sorted(f"{item.admin_url}\t{item.message}" for item in items))
    return hashlib.sha256(text.encode()).hexdigest()


def years_to_check(today: datetime.date) -> list[int]:
    """The years whose collection the reminders chase: last year's and this year's, and any year
    with a due date entered for the coming days or the past year; never a published one."""
    window = CollectionDeadline.objects.filter(
        due_date__gte=today - datetime.timedelta(days=366),
        due_date__lte=today + datetime.timedelta(days=reminder_days()),
    ).values_list("year", flat=True)
    years = {today.year - 1, today.year, *window}
    frozen = set(
        AnnualReport.objects.frozen().filter(year__in=years).values_list("year", flat=True)
    )
    return sorted(years - frozen)


def _recipients(role: str):
    """The active members of a role with an e-mail address, with their language."""
    return list(
        get_user_model()
        .objects.filter(groups__name=role, is_active=True)
        .exclude(email="")
        .select_related("staff_language")
        .order_by("pk")
        .distinct()
    )


def _language(user) -> str:
    try:
        return user.staff_language.language
    except StaffLanguage.DoesNotExist:
        return settings.LANGUAGE_CODE


def _absolute(path: str) -> str:
    return settings.SITE_URL + path if path.startswith("/") else path


def _blocking_in(section: SectionState, language: str, cache: dict) -> list[Missing]:
    """What blocks a section, worded in ``language`` (the checks run once per language)."""
    if (section.key, language) not in cache:
        with translation.override(language):
            found = registry.missing_by_section(section.year, [section.key])[section.key]
        cache[section.key, language] = [item for item in found if item.blocking]
    return cache[section.key, language]


def _message(
    user, section: SectionState, kind: str, *, items: list[Missing], language: str, connection
) -> EmailMessage:
    """The reminder to one member, in the member's language, with what blocks and its links."""
    with translation.override(language):
        context = {
            "user": user,
            "section": section,
            "label": registry.label(section.key),
            "role": role_label(section.role),
            "late": kind == ReminderSent.Kind.LATE,
            "days_late": section.days_late,
            "items": [
                (item, _absolute(item.admin_url) if item.admin_url else "") for item in items
            ],
            "dashboard_url": _absolute(reverse("dashboard")) + f"?year={section.year}",
        }
        subject = render_to_string("chancellery/email/reminder_subject.txt", context)
        body = render_to_string("chancellery/email/reminder.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        connection=connection,
    )
    message.extra_headers["Content-Language"] = language
    return message


def progress_record(calendar_: Calendar, *, now: datetime.datetime) -> None:
    """Record since when each section of the calendar is complete (cleared when it is not)."""
    stored = {row.section: row for row in CollectionProgress.objects.filter(year=calendar_.year)}
    for section in calendar_.sections:
        row = stored.get(section.key)
        if row is None:
            CollectionProgress.objects.create(
                section=section.key,
                year=calendar_.year,
                completed_at=now if section.is_complete else None,
                checked_at=now,
            )
            continue
        if section.is_complete and row.completed_at is None:
            row.completed_at = now
        elif not section.is_complete:
            row.completed_at = None
        row.checked_at = now
        row.save(update_fields=["completed_at", "checked_at"])


def reminders_send(*, today: datetime.date | None = None) -> dict[str, int]:
    """The daily check: record each section's progress, e-mail the reminders its state calls for.

    Returns how many messages were sent, how many were already sent for the same state and how
    many the mail server refused. Each message is recorded in the transaction that sends it: a
    refused message is not recorded, and is sent again at the next run.
    """
    today = today or timezone.localdate()
    now = timezone.now()
    sent = skipped = failed = 0
    connection = get_connection()
    for year in years_to_check(today):
        worded: dict = {}
        # The states and their fingerprints in one language, whatever each member reads.
        with translation.override("en"):
            missing = registry.missing_by_section(year)
            year_calendar = calendar(year, missing_by_section=missing, frozen=False, today=today)
        progress_record(year_calendar, now=now)
        for section in year_calendar.sections:
            kind = reminder_kind(section, today=today)
            if kind is None:
                continue
            state = fingerprint(section.missing)
            for user in _recipients(section.role):
                try:
                    with transaction.atomic():
                        ReminderSent.objects.create(
                            section=section.key,
                            year=year,
                            kind=kind,
                            state=state,
                            user=user,
                            missing_count=len(section.missing),
                            sent_at=now,
                        )
                        language = _language(user)
                        _message(
                            user,
                            section,
                            kind,
                            items=_blocking_in(section, language, worded),
                            language=language,
                            connection=connection,
                        ).send()
                except IntegrityError:
                    skipped += 1
                    continue
                except (smtplib.SMTPException, OSError):
                    failed += 1
                    logger.exception(
                        "Reminder not sent: %s %s %s to user %s.", section.key, year, kind, user.pk
                    )
                    continue
                sent += 1
                logger.info("Reminder sent: %s %s %s to user %s.", section.key, year, kind, user.pk)
    connection.close()
    return {"sent": sent, "already_sent": skipped, "failed": failed}
