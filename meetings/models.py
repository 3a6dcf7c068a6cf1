"""Ministerial meetings the secretariat (DG Secretariats and Consultation) organises.

A body (the Council of Ministers, the National Security Council...) meets; each meeting is
scheduled ahead as *planned* and recorded as *held* (or *cancelled*) afterwards. Only held
meetings count in the report. The year's narrative (title, introduction, a note per body) is
entered separately, and every figure of the section is computed from the meetings.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from chancellery.locking import VersionField
from meetings.querysets import (
    BodyNoteQuerySet,
    BodyQuerySet,
    MeetingQuerySet,
    MeetingsYearQuerySet,
    OccasionQuerySet,
)

MIN_YEAR = 1990
MAX_YEAR = 2100


# The subject of a meeting in every language of the report (modeltranslation's columns).
SUBJECT_COLUMNS = tuple(f"subject_{code}" for code in settings.MODELTRANSLATION_LANGUAGES)
DEFAULT_SUBJECT = f"subject_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"


# The report reads "12 + 2 devoted to <subject>": an extraordinary meeting is counted with its
# subject, so it has one (in Dutch, the language every text is written in first); a regular
# meeting is counted as a number alone, so a subject there would be lost: it has none.
# Translation columns may be NULL: written so that the check is never NULL (which would pass).
def _empty(column: str) -> models.Q:
    return models.Q(**{column: ""}) | models.Q(**{f"{column}__isnull": True})


SUBJECT_MATCHES_KIND = (models.Q(kind="extraordinary") & ~_empty(DEFAULT_SUBJECT)) | models.Q(
    *[_empty(column) for column in SUBJECT_COLUMNS], kind="regular"
)
EXTRAORDINARY_WITHOUT_SUBJECT = _(
    "An extraordinary meeting is devoted to a subject: the report reads “+ 1 devoted to "
    "<subject>”. Enter its subject (in Dutch at least), or record the meeting as regular."
)
REGULAR_WITH_SUBJECT = _(
    "A regular meeting has no subject: the report counts it without one. Empty the subject, or "
    "record the meeting as extraordinary."
)


def meeting_subject_errors(meeting: Meeting) -> dict[str, list[str]]:
    """Rule: an extraordinary meeting has a subject, a regular one has none (``kind`` or the
    subject's field named with the reason; empty when the rule holds). The database's
    ``meeting_subject_matches_kind`` is the same rule (``SUBJECT_MATCHES_KIND``)."""
    subjects = {column: (getattr(meeting, column, "") or "").strip() for column in SUBJECT_COLUMNS}
    if meeting.kind == Meeting.Kind.EXTRAORDINARY and not subjects[DEFAULT_SUBJECT]:
        return {DEFAULT_SUBJECT: [str(EXTRAORDINARY_WITHOUT_SUBJECT)]}
    if meeting.kind == Meeting.Kind.REGULAR and any(subjects.values()):
        filled = next(column for column, text in subjects.items() if text)
        return {filled: [str(REGULAR_WITH_SUBJECT)]}
    return {}


class Body(models.Model):
    """A body whose meetings the secretariat organises, e.g. the Council of Ministers."""

    code = models.SlugField(
        _("code"),
        max_length=50,
        unique=True,
        help_text=_(
            "Stable identifier used in the open data files, e.g. council-of-ministers. "
            "Never change it once figures are published."
        ),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order of the body in the report's table.")
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("E.g. Council of Ministers."))
    plural_name = models.CharField(
        _("plural name"),
        max_length=200,
        help_text=_("How the report's table names its meetings, e.g. Councils of Ministers."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the body is and who sits on it.")
    )
    usual_frequency = models.CharField(
        _("usual frequency"),
        max_length=200,
        blank=True,
        help_text=_("How often it usually meets, e.g. once a month."),
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = BodyQuerySet.as_manager()

    class Meta:
        verbose_name = _("body")
        verbose_name_plural = _("bodies")
        ordering = ["position", "code"]

    def __str__(self) -> str:
        return self.name


class Occasion(models.Model):
    """An event that called meetings, e.g. the terrorist attacks of 22 March 2016."""

    code = models.SlugField(
        _("code"),
        max_length=80,
        unique=True,
        help_text=_("Stable identifier, e.g. attacks-2016-03-22."),
    )
    name = models.CharField(
        _("name"),
        max_length=300,
        help_text=_("As the report names it, e.g. the terrorist attacks of 22 March."),
    )
    date = models.DateField(_("date"), null=True, blank=True)
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = OccasionQuerySet.as_manager()

    class Meta:
        verbose_name = _("occasion")
        verbose_name_plural = _("occasions")
        ordering = ["-date", "code"]

    def __str__(self) -> str:
        return self.name


class Meeting(models.Model):
    """One meeting of a body on a day: planned ahead, then recorded as held or cancelled."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", _("Cancelled")

    class Kind(models.TextChoices):
        REGULAR = "regular", _("Regular")
        EXTRAORDINARY = "extraordinary", _("Extraordinary")

    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.PROTECT, related_name="meetings"
    )
    date = models.DateField(_("date"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.PLANNED,
        help_text=_("Only held meetings count in the report."),
    )
    kind = models.CharField(_("kind"), max_length=15, choices=Kind.choices, default=Kind.REGULAR)
    second_session = models.BooleanField(
        _("second session"),
        default=False,
        help_text=_("Tick when the body meets a second time on the same day."),
    )
    subject = models.CharField(
        _("subject"),
        max_length=200,
        blank=True,
        help_text=_(
            "The subject the meeting was devoted to, when it had one, e.g. the CETA treaty. "
            "The report reads “+ 2 devoted to <subject>”: write it the same way for every "
            "meeting on that subject."
        ),
    )
    occasion = models.ForeignKey(
        Occasion,
        verbose_name=_("occasion"),
        on_delete=models.PROTECT,
        related_name="meetings",
        null=True,
        blank=True,
        help_text=_("The event that called the meeting, when there is one."),
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-date", "body__position", "second_session"]
        indexes = [
            # The report's held meetings of a year; the admin's newest-first list.
            models.Index(fields=["status", "date"], name="meeting_status_date_idx"),
            models.Index(fields=["-date"], name="meeting_date_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "date"],
                condition=models.Q(second_session=False),
                name="meeting_one_session_per_body_per_day",
                violation_error_message=_(
                    "This body already has a meeting on this day. If it met twice, tick "
                    "“second session” on the second meeting."
                ),
            ),
            models.UniqueConstraint(
                fields=["body", "date"],
                condition=models.Q(second_session=True),
                name="meeting_one_second_session_per_body_per_day",
                violation_error_message=_("This body already has a second session on this day."),
            ),
            models.CheckConstraint(
                condition=models.Q(
                    date__gte=datetime.date(MIN_YEAR, 1, 1),
                    date__lte=datetime.date(MAX_YEAR, 12, 31),
                ),
                name="meeting_date_in_range",
                violation_error_message=_("The date must lie between 1990 and 2100."),
            ),
            models.CheckConstraint(
                condition=SUBJECT_MATCHES_KIND,
                name="meeting_subject_matches_kind",
                violation_error_message=_(
                    "An extraordinary meeting has a subject; a regular meeting has none."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.body} – {date_format(self.date, 'j F Y')}"

    def clean(self) -> None:
        super().clean()
        if errors := meeting_subject_errors(self):
            raise ValidationError(errors, code="subject_matches_kind")
        if self.status == self.Status.HELD and self.date and self.date > timezone.localdate():
            raise ValidationError(
                {
                    "status": _(
                        "A meeting on %(date)s has not taken place yet: record it as planned, "
                        "and as held once it has met."
                    )
                    % {"date": date_format(self.date, "j F Y")}
                },
                code="held_in_future",
            )
        if self.second_session and self.body_id and self.date:
            first = Meeting.objects.filter(
                body_id=self.body_id, date=self.date, second_session=False
            ).exclude(pk=self.pk)
            if not first.exists():
                raise ValidationError(
                    {
                        "second_session": _(
                            "A second session needs a first meeting of the same body on the "
                            "same day: record that one first, or untick “second session”."
                        )
                    },
                    code="second_without_first",
                )


class MeetingsYear(models.Model):
    """The year's narrative of the meetings section: its title and introduction."""

    year = models.PositiveSmallIntegerField(
        _("year"),
        unique=True,
        validators=[MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)],
    )
    title = models.CharField(
        _("title"), max_length=200, help_text=_("E.g. Behind the scenes of current events.")
    )
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Paragraphs separated by a blank line.")
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = MeetingsYearQuerySet.as_manager()

    class Meta:
        verbose_name = _("meetings narrative of a year")
        verbose_name_plural = _("meetings narratives per year")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="meetingsyear_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        return str(_("Meetings %(year)s") % {"year": self.year})


class BodyNote(models.Model):
    """A paragraph explaining a body's year, e.g. why the National Security Council met more."""

    meetings_year = models.ForeignKey(
        MeetingsYear, verbose_name=_("year"), on_delete=models.CASCADE, related_name="notes"
    )
    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.PROTECT, related_name="notes"
    )
    text = models.TextField(_("text"), help_text=_("Paragraphs separated by a blank line."))
    # Optimistic locking of the inline form (chancellery.locking).
    version = VersionField()

    objects = BodyNoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("note on a body")
        verbose_name_plural = _("notes on the bodies")
        ordering = ["meetings_year", "body__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["meetings_year", "body"],
                name="bodynote_one_per_body_per_year",
                violation_error_message=_("This body already has a note for this year."),
            ),
        ]

    def __str__(self) -> str:
        return str(_("%(body)s in %(year)s") % {"body": self.body, "year": self.meetings_year.year})
