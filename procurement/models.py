"""Public procurement: the transposition of EU directives into Belgian law, and the Commission.

A legal instrument's status is never typed: it is the latest ``Stage`` it reached on or before a
date (see ``LegalInstrumentQuerySet.with_status_on``). Directives, instruments and their titles are
shared by every year's report; stages, commission meetings and the yearly narrative belong to the
year of their date (``report.py`` declares it to the core's freeze).
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from chancellery.locking import VersionField
from procurement.querysets import (
    CommissionMeetingQuerySet,
    DirectiveQuerySet,
    LegalInstrumentQuerySet,
    ProcurementYearQuerySet,
    StageQuerySet,
)

MIN_YEAR = 1990
MAX_YEAR = 2100

# Year / sequence / legal order: 2014/24/EU, 2004/18/EC, 89/665/EEC is written 1989/665/EEC here.
DIRECTIVE_NUMBER_PATTERN = r"^[0-9]{4}/[1-9][0-9]{0,3}/(EU|EC|EEC)$"
directive_number_validator = RegexValidator(
    DIRECTIVE_NUMBER_PATTERN,
    _(
        "A directive number reads <year>/<number>/<EU, EC or EEC>, "
        "for example 2014/24/EU (four-digit year, no leading zero in the number)."
    ),
    code="directive_number",
)

# How each language writes the legal order in a directive's number (stored in English).
_LEGAL_ORDER = {
    "nl": {"EU": "EU", "EC": "EG", "EEC": "EEG"},
    "fr": {"EU": "UE", "EC": "CE", "EEC": "CEE"},
    "de": {"EU": "EU", "EC": "EG", "EEC": "EWG"},
}


class Directive(models.Model):
    """An EU directive Belgium must transpose, with its deadline."""

    number = models.CharField(
        _("number"),
        max_length=20,
        unique=True,
        validators=[directive_number_validator],
        help_text=_("As the Official Journal writes it in English, e.g. 2014/24/EU."),
    )
    title = models.CharField(
        _("title"),
        max_length=400,
        help_text=_(
            "The official title after the number, e.g. “on public procurement and repealing …”."
        ),
    )
    subject = models.CharField(
        _("subject"),
        max_length=200,
        help_text=_("A short phrase for the report, e.g. “on public procurement”."),
    )
    adopted_on = models.DateField(_("date of adoption"))
    transposition_deadline = models.DateField(_("transposition deadline"))
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order in the report (smallest first).")
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = DirectiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("directive")
        verbose_name_plural = _("directives")
        ordering = ["position", "number"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(number__regex=DIRECTIVE_NUMBER_PATTERN),
                name="procurement_directive_number_format",
                violation_error_message=_(
                    "The directive number is not well formed (e.g. 2014/24/EU)."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(transposition_deadline__gte=models.F("adopted_on")),
                name="procurement_directive_deadline_after_adoption",
                violation_error_message=_(
                    "The transposition deadline cannot precede the directive's adoption."
                ),
            ),
        ]

    def __str__(self) -> str:
        return str(_("Directive %(number)s") % {"number": self.local_number})

    @property
    def local_number(self) -> str:
        """The number as the current language writes it: 2014/24/UE in French."""
        year, sequence, order = (
            self.number.split("/") if self.number.count("/") == 2 else ("", "", "")
        )
        if not order:
            return self.number
        orders = _LEGAL_ORDER.get((get_language() or "nl")[:2], {})
        return f"{year}/{sequence}/{orders.get(order, order)}"


class LegalInstrument(models.Model):
    """A Belgian law or decree: what it transposes, what it amends, and (by stages) its status."""

    class Kind(models.TextChoices):
        LAW = "law", _("law")
        ROYAL_DECREE = "royal_decree", _("royal decree")
        MINISTERIAL_DECREE = "ministerial_decree", _("ministerial decree")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(
        _("title"),
        max_length=400,
        help_text=_(
            "The title after “Law of <date>”, starting in lower case, e.g. “on public procurement”."
        ),
    )
    short_description = models.CharField(
        _("short description"),
        max_length=300,
        blank=True,
        help_text=_("How the report calls it, e.g. “the so-called legal protection law”."),
    )
    dated = models.DateField(
        _("date it bears"),
        null=True,
        blank=True,
        help_text=_("Empty while the act is a draft; the date of the 'adopted' stage."),
    )
    published_on = models.DateField(
        _("published in the Belgian Official Gazette"),
        null=True,
        blank=True,
        help_text=_(
            "Date of the Belgisch Staatsblad / Moniteur belge; the date of the 'published' stage."
        ),
    )
    directives = models.ManyToManyField(
        Directive,
        verbose_name=_("directives it transposes"),
        related_name="instruments",
        blank=True,
    )
    amends = models.ForeignKey(
        "self",
        verbose_name=_("act it amends"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="amended_by",
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = LegalInstrumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("legal instrument")
        verbose_name_plural = _("legal instruments")
        ordering = ["kind", models.F("dated").asc(nulls_last=True), "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["law", "royal_decree", "ministerial_decree"]),
                name="procurement_instrument_kind_valid",
                violation_error_message=_("Unknown kind of legal instrument."),
            ),
            models.CheckConstraint(
                condition=models.Q(published_on__isnull=True) | models.Q(dated__isnull=False),
                name="procurement_instrument_published_is_dated",
                violation_error_message=_("A published act bears a date: enter the date it bears."),
            ),
            models.CheckConstraint(
                condition=models.Q(published_on__isnull=True)
                | models.Q(published_on__gte=models.F("dated")),
                name="procurement_instrument_published_after_dated",
                violation_error_message=_(
                    "An act cannot be published in the Belgian Official Gazette before the date it bears."  # noqa: E501
                ),
            ),
            models.CheckConstraint(
                condition=~models.Q(amends=models.F("pk")),
                name="procurement_instrument_not_amending_itself",
                violation_error_message=_("An act cannot amend itself."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.heading} {self.title}".strip()

    def clean(self) -> None:
        errors = {}
        if self.published_on and not self.dated:
            errors["dated"] = _("A published act bears a date: enter the date it bears.")
        elif self.published_on and self.dated and self.published_on < self.dated:
            errors["published_on"] = _(
                "An act cannot be published in the Belgian Official Gazette before the date it bears "  # noqa: E501
                "(%(dated)s)."
            ) % {"dated": date_format(self.dated, "j F Y")}
        if self.pk and self.amends_id == self.pk:
            errors["amends"] = _("An act cannot amend itself.")
        if errors:
            raise ValidationError(errors)

    @property
    def heading(self) -> str:
        """“Law of 17 June 2016”, or “Draft royal decree” while it bears no date."""
        return self.heading_on(None)

    def heading_on(self, day: datetime.date | None) -> str:
        """The heading as it read on ``day``: still a draft before the date it bears."""
        if self.dated is None or (day is not None and self.dated > day):
            drafts = {
                self.Kind.LAW: _("Draft law"),
                self.Kind.ROYAL_DECREE: _("Draft royal decree"),
                self.Kind.MINISTERIAL_DECREE: _("Draft ministerial decree"),
            }
            return str(drafts.get(self.kind, ""))
        dated = {
            self.Kind.LAW: _("Law of %(date)s"),
            self.Kind.ROYAL_DECREE: _("Royal decree of %(date)s"),
            self.Kind.MINISTERIAL_DECREE: _("Ministerial decree of %(date)s"),
        }
        pattern = dated.get(self.kind, _("Act of %(date)s"))
        return str(pattern) % {"date": date_format(self.dated, "j F Y")}


class Stage(models.Model):
    """A dated step an instrument reached: its status on a date derives from these."""

    class Kind(models.IntegerChoices):
        # The values are the order of the procedure: a later stage has a higher value.
        DRAFTING = 10, pgettext_lazy("stage", "drafting")
        COUNCIL_OF_STATE = 20, pgettext_lazy("stage", "advice of the Council of State")
        TABLED = 30, pgettext_lazy("stage", "tabled in parliament")
        ADOPTED = 40, pgettext_lazy("stage", "adopted")
        PUBLISHED = 50, pgettext_lazy("stage", "published")
        IN_FORCE = 60, pgettext_lazy("stage", "in force")

    instrument = models.ForeignKey(
        LegalInstrument,
        verbose_name=_("legal instrument"),
        on_delete=models.CASCADE,
        related_name="stages",
    )
    kind = models.PositiveSmallIntegerField(_("stage"), choices=Kind.choices)
    date = models.DateField(_("date reached"))
    reference = models.CharField(
        _("reference"),
        max_length=100,
        blank=True,
        help_text=_("Optional: parliamentary document, advice number…"),
    )
    # Optimistic locking of the inline form (chancellery.locking).
    version = VersionField()

    objects = StageQuerySet.as_manager()

    class Meta:
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        ordering = ["date", "kind"]
        indexes = [
            # The stages of a year, and those reached by a date (the report's status of the acts).
            models.Index(fields=["date"], name="procurement_stage_date_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["instrument", "kind"],
                name="procurement_stage_once_per_instrument",
                violation_error_message=_("This stage is already recorded for this act."),
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=[10, 20, 30, 40, 50, 60]),
                name="procurement_stage_kind_valid",
                violation_error_message=_("Unknown stage."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.instrument}: {self.get_kind_display()} ({date_format(self.date, 'j F Y')})"

    def clean(self) -> None:
        # “No date in the future” depends on today, which a database CHECK cannot express.
        if self.date and self.date > timezone.localdate():
            raise ValidationError(
                {
                    "date": _(
                        "A stage is recorded once it is reached: its date cannot be in the future."
                    )
                }
            )
        if self.instrument_id and (message := stage_kind_error(self.instrument, self.kind)):
            raise ValidationError({"kind": message})


ONLY_A_LAW_IS_TABLED = _("Only a law is tabled in parliament; a decree is not.")


def stage_kind_error(instrument: LegalInstrument, kind: int) -> str:
    """Rule: only a law is tabled in parliament (the message, or "" when the stage may be)."""
    if kind == Stage.Kind.TABLED and instrument.kind != LegalInstrument.Kind.LAW:
        return str(ONLY_A_LAW_IS_TABLED)
    return ""


def stages_errors(
    instrument: LegalInstrument, stages: list[tuple[int, datetime.date]], *, complete: bool = True
) -> list[str]:
    """Every rule on an act's stages taken together, as messages: each stage once, tabled only
    for a law, a possible order, the act's own dates (``stage_dates_errors``; ``complete``: these
    are all its stages). The one place of these rules: the admin's stage formset and the service
    ``stage_record`` call it, the model's ``clean`` the rule of one stage (``stage_kind_error``).
    """
    messages = []
    kinds = [kind for kind, _date in stages]
    if len(kinds) != len(set(kinds)):
        messages.append(str(_("Each stage can be recorded only once per act.")))
    messages += sorted({stage_kind_error(instrument, kind) for kind in kinds} - {""})
    messages += stage_order_errors(stages)
    messages += stage_dates_errors(instrument, stages, complete=complete)
    return messages


def stage_order_errors(stages: list[tuple[int, datetime.date]]) -> list[str]:
    """Messages for stages out of a possible order: a later stage dated before an earlier one."""
    messages = []
    ordered = sorted(stages)
    for index, (kind, date) in enumerate(ordered):
        for later_kind, later_date in ordered[index + 1 :]:
            if later_kind > kind and later_date < date:
                messages.append(
                    str(
                        _(
                            "The stage “%(later)s” (%(later_date)s) cannot precede “%(earlier)s” (%(earlier_date)s)."  # noqa: E501
                        )
                        % {
                            "later": Stage.Kind(later_kind).label,
                            "later_date": date_format(later_date, "j F Y"),
                            "earlier": Stage.Kind(kind).label,
                            "earlier_date": date_format(date, "j F Y"),
                        }
                    )
                )
    return messages


def stage_dates_errors(
    instrument: LegalInstrument, stages: list[tuple[int, datetime.date]], *, complete: bool = True
) -> list[str]:
    """Messages where the act's own dates disagree with its 'adopted' and 'published' stages.

    ``complete``: ``stages`` are all the act's stages (the admin's form), so a date the act bears
    without its matching stage is an error too; recording one stage at a time, it is not yet.
    """
    messages = []
    by_kind = dict(stages)
    for kind, field_date, missing, differs in (
        (
            Stage.Kind.ADOPTED,
            instrument.dated,
            _("The act bears a date (%(date)s): record its “adopted” stage on that date."),
            _("The “adopted” stage (%(stage)s) must be the date the act bears (%(date)s)."),
        ),
        (
            Stage.Kind.PUBLISHED,
            instrument.published_on,
            _("The act was published on %(date)s: record its “published” stage on that date."),
            _("The “published” stage (%(stage)s) must be the publication date (%(date)s)."),
        ),
    ):
        stage_date = by_kind.get(kind)
        if field_date and stage_date is None:
            if not complete:
                continue
            messages.append(str(missing % {"date": date_format(field_date, "j F Y")}))
        elif field_date and stage_date != field_date:
            messages.append(
                str(
                    differs
                    % {
                        "stage": date_format(stage_date, "j F Y"),
                        "date": date_format(field_date, "j F Y"),
                    }
                )
            )
        elif stage_date and not field_date:
            messages.append(
                str(
                    _("The “%(stage)s” stage is recorded: enter the act's matching date too.")
                    % {"stage": Stage.Kind(kind).label}
                )
            )
    return messages


class CommissionMeeting(models.Model):
    """A meeting of the Public Procurement Commission; the yearly count is derived from these."""

    date = models.DateField(_("date"), unique=True)
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = CommissionMeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("Public Procurement Commission meeting")
        verbose_name_plural = _("Public Procurement Commission meetings")
        ordering = ["date"]

    def __str__(self) -> str:
        return str(_("Commission meeting of %(date)s") % {"date": date_format(self.date, "j F Y")})


class ProcurementYear(models.Model):
    """The procurement section's narrative for a year: title, introduction, next steps."""

    year = models.PositiveSmallIntegerField(
        _("year"),
        unique=True,
        validators=[MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)],
    )
    title = models.CharField(_("section title"), max_length=200)
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Paragraphs separated by a blank line.")
    )
    directives_text = models.TextField(
        _("about the directives"),
        blank=True,
        help_text=_("What the directives aim at; printed above the table of directives."),
    )
    next_steps = models.TextField(
        _("next steps"), blank=True, help_text=_("Paragraphs separated by a blank line.")
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = ProcurementYearQuerySet.as_manager()

    class Meta:
        verbose_name = _("procurement narrative of a year")
        verbose_name_plural = _("procurement narratives per year")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="procurement_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        return str(_("Public procurement %(year)s") % {"year": self.year})
