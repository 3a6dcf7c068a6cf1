"""Staff figures of a year and the Chancellery's commitments.

HR enters counts, never percentages: the report's shares and averages are derived from the counts
(``StaffFigures.men_share()`` and friends) and rounded the way the printed report rounds them, so a
figure can always be traced back to the people it counts.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from chancellery.locking import VersionField
from hr.querysets import CommitmentQuerySet, StaffFiguresQuerySet, YearNarrativeQuerySet

MIN_YEAR = 1990
MAX_YEAR = 2100

year_validators = [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]

# The report prints gender and status shares as whole percentages, telework as a percentage with
# one decimal and training days per person with one decimal.
WHOLE = 0
ONE_DECIMAL = 1


def rounded_ratio(part, whole, *, scale: int = 1, places: int) -> Decimal | None:
    """``part / whole * scale`` as an exact Decimal rounded half-up to ``places`` decimals.

    None when ``whole`` is zero or missing: a share of nobody is not 0 %, it does not exist.
    """
    if part is None or not whole:
        return None
    exponent = Decimal(1).scaleb(-places)
    return (Decimal(part) * scale / Decimal(whole)).quantize(exponent, rounding=ROUND_HALF_UP)


# Rules the report's sentences depend on, each one function (called by the model's clean, the
# admin through it, and the tests) and, where a database can check it, one constraint.

# "Situation on 31 December 2016": the day the staff were counted lies in the figures' year.
REFERENCE_DATE_IN_YEAR = Q(reference_date__year=F("year"))


def reference_date_errors(figures: StaffFigures) -> dict[str, list[ValidationError]]:
    """Rule: the reference date lies in the figures' year (``hr_stafffigures_reference_date_in_
    year``)."""
    if figures.reference_date and figures.year and figures.reference_date.year != figures.year:
        return {
            "reference_date": [
                ValidationError(
                    _(
                        "The staff figures of %(year)s are counted on a day of %(year)s, not of "
                        "%(date_year)s: the report reads “Situation on <date>” under %(year)s."
                    ),
                    code="reference_date_in_year",
                    params={"year": figures.year, "date_year": figures.reference_date.year},
                )
            ]
        }
    return {}


# Every share is of the headcount, the telework share of the telework base: of nobody, there is
# no share to print ("0 people work at the Chancellery", "telework (0 of the 0 ...)").
SOMEONE_COUNTED = Q(headcount__gte=1, telework_base__gte=1)


def someone_counted_errors(figures: StaffFigures) -> dict[str, list[ValidationError]]:
    """Rule: the headcount and the telework base count at least one person
    (``hr_stafffigures_someone_counted``)."""
    errors = {}
    for name, message in (
        ("headcount", _("The headcount counts at least one person: every share is of it.")),
        (
            "telework_base",
            _("The telework base counts at least one person: the telework share is of it."),
        ),
    ):
        if getattr(figures, name) is not None and getattr(figures, name) < 1:
            errors[name] = [ValidationError(message, code="someone_counted")]
    return errors


class StaffFigures(models.Model):
    """The staff of a year at a reference date, as counts entered by HR."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True, validators=year_validators)
    reference_date = models.DateField(
        _("reference date"), help_text=_("The day the staff were counted, e.g. 31 December.")
    )
    headcount = models.PositiveIntegerField(
        _("headcount"), help_text=_("People, not full-time equivalents.")
    )
    men = models.PositiveIntegerField(_("men"))
    women = models.PositiveIntegerField(_("women"))
    gender_other = models.PositiveIntegerField(
        _("other gender"),
        default=0,
        help_text=_(
            "People registered otherwise than as man or woman; the report shows it only "
            "when not zero."
        ),
    )
    statutory = models.PositiveIntegerField(_("statutory staff"))
    contractual = models.PositiveIntegerField(_("contractual staff"))
    telework_base = models.PositiveIntegerField(
        _("telework base"),
        help_text=_("The number of people the telework share is measured on, as described below."),
    )
    telework_base_label = models.CharField(
        _("what the telework base counts"),
        max_length=200,
        help_text=_("Printed with the share, e.g. “staff whose function allows telework”."),
    )
    teleworkers = models.PositiveIntegerField(
        _("teleworkers"), help_text=_("People of the base who telework.")
    )
    training_days_total = models.DecimalField(
        _("training days in total"),
        max_digits=8,
        decimal_places=1,
        validators=[MinValueValidator(Decimal(0))],
        help_text=_("All the days of training the staff followed during the year."),
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = StaffFiguresQuerySet.as_manager()

    class Meta:
        verbose_name = _("staff figures of a year")
        verbose_name_plural = _("staff figures per year")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="hr_stafffigures_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
            # PositiveIntegerField already refuses negatives column by column; this names the
            # rule once, for the decimal training days as well.
            models.CheckConstraint(
                condition=Q(
                    headcount__gte=0,
                    men__gte=0,
                    women__gte=0,
                    gender_other__gte=0,
                    statutory__gte=0,
                    contractual__gte=0,
                    telework_base__gte=0,
                    teleworkers__gte=0,
                    training_days_total__gte=0,
                ),
                name="hr_stafffigures_counts_not_negative",
                violation_error_message=_("No count may be negative."),
            ),
            models.CheckConstraint(
                condition=Q(headcount=F("men") + F("women") + F("gender_other")),
                name="hr_stafffigures_genders_add_up",
                violation_error_message=_(
                    "Men, women and other gender must add up to the headcount."
                ),
            ),
            models.CheckConstraint(
                condition=Q(headcount=F("statutory") + F("contractual")),
                name="hr_stafffigures_statuses_add_up",
                violation_error_message=_(
                    "Statutory and contractual staff must add up to the headcount."
                ),
            ),
            models.CheckConstraint(
                condition=Q(teleworkers__lte=F("telework_base")),
                name="hr_stafffigures_teleworkers_within_base",
                violation_error_message=_(
                    "There cannot be more teleworkers than people in the telework base."
                ),
            ),
            models.CheckConstraint(
                condition=Q(telework_base__lte=F("headcount")),
                name="hr_stafffigures_telework_base_within_headcount",
                violation_error_message=_("The telework base cannot exceed the headcount."),
            ),
            models.CheckConstraint(
                condition=REFERENCE_DATE_IN_YEAR,
                name="hr_stafffigures_reference_date_in_year",
                violation_error_message=_("The reference date must lie in the figures' year."),
            ),
            models.CheckConstraint(
                condition=SOMEONE_COUNTED,
                name="hr_stafffigures_someone_counted",
                violation_error_message=_(
                    "The headcount and the telework base count at least one person."
                ),
            ),
        ]

    def __str__(self) -> str:
        return str(_("Staff figures %(year)s") % {"year": self.year})

    def clean(self) -> None:
        """Say which counts do not add up, with the numbers, before the database refuses them."""
        super().clean()
        # Fields that failed their own validation are None here; their rule is checked once fixed.
        errors: dict[str, list] = {**reference_date_errors(self)}
        for name, messages in someone_counted_errors(self).items():
            errors.setdefault(name, []).extend(messages)
        genders = (self.men, self.women, self.gender_other)
        if self.headcount is not None and None not in genders and sum(genders) != self.headcount:
            errors.setdefault("men", []).append(
                ValidationError(
                    _(
                        "Men (%(men)s), women (%(women)s) and other gender (%(other)s) add up to "
                        "%(total)s, not to the headcount of %(headcount)s."
                    ),
                    code="genders_add_up",
                    params={
                        "men": self.men,
                        "women": self.women,
                        "other": self.gender_other,
                        "total": sum(genders),
                        "headcount": self.headcount,
                    },
                )
            )
        statuses = (self.statutory, self.contractual)
        if self.headcount is not None and None not in statuses and sum(statuses) != self.headcount:
            errors.setdefault("statutory", []).append(
                ValidationError(
                    _(
                        "Statutory (%(statutory)s) and contractual (%(contractual)s) staff add up "
                        "to %(total)s, not to the headcount of %(headcount)s."
                    ),
                    code="statuses_add_up",
                    params={
                        "statutory": self.statutory,
                        "contractual": self.contractual,
                        "total": sum(statuses),
                        "headcount": self.headcount,
                    },
                )
            )
        if (
            self.teleworkers is not None
            and self.telework_base is not None
            and self.teleworkers > self.telework_base
        ):
            errors.setdefault("teleworkers", []).append(
                ValidationError(
                    _(
                        "%(teleworkers)s teleworkers is more than the %(base)s people of the "
                        "telework base."
                    ),
                    code="teleworkers_within_base",
                    params={"teleworkers": self.teleworkers, "base": self.telework_base},
                )
            )
        if (
            self.telework_base is not None
            and self.headcount is not None
            and self.telework_base > self.headcount
        ):
            errors.setdefault("telework_base", []).append(
                ValidationError(
                    _("The telework base (%(base)s) cannot exceed the headcount of %(headcount)s."),
                    code="telework_base_within_headcount",
                    params={"base": self.telework_base, "headcount": self.headcount},
                )
            )
        if errors:
            raise ValidationError(errors)

    # Derived figures: exact Decimal arithmetic, rounded half-up as the printed report rounds.

    def men_share(self) -> Decimal | None:
        """Men as a whole percentage of the headcount (51 of 143 -> 36)."""
        return rounded_ratio(self.men, self.headcount, scale=100, places=WHOLE)

    def women_share(self) -> Decimal | None:
        """Women as a whole percentage of the headcount."""
        return rounded_ratio(self.women, self.headcount, scale=100, places=WHOLE)

    def gender_other_share(self) -> Decimal | None:
        """Other gender as a whole percentage of the headcount."""
        return rounded_ratio(self.gender_other, self.headcount, scale=100, places=WHOLE)

    def statutory_share(self) -> Decimal | None:
        """Statutory staff as a whole percentage of the headcount."""
        return rounded_ratio(self.statutory, self.headcount, scale=100, places=WHOLE)

    def contractual_share(self) -> Decimal | None:
        """Contractual staff as a whole percentage of the headcount."""
        return rounded_ratio(self.contractual, self.headcount, scale=100, places=WHOLE)

    def telework_share(self) -> Decimal | None:
        """Teleworkers as a percentage of the telework base, one decimal (47 of 118 -> 39.8)."""
        return rounded_ratio(self.teleworkers, self.telework_base, scale=100, places=ONE_DECIMAL)

    def training_days_per_person(self) -> Decimal | None:
        """Training days per person of the headcount, one decimal (329 / 143 -> 2.3)."""
        return rounded_ratio(self.training_days_total, self.headcount, places=ONE_DECIMAL)


class YearNarrative(models.Model):
    """The staff page's texts of a year: its title, introduction and the commitments' block."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True, validators=year_validators)
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("E.g. “Sustainable development as a common thread”."),
    )
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Paragraphs separated by a blank line.")
    )
    commitments_title = models.CharField(
        _("title of the commitments block"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Our commitments”."),
    )
    commitments_introduction = models.TextField(
        _("introduction of the commitments block"), blank=True
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = YearNarrativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("staff page of a year")
        verbose_name_plural = _("staff pages per year")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="hr_yearnarrative_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        return str(_("Staff page %(year)s") % {"year": self.year})


# A commitment's figure is printed over its unit ("12 buildings registered"), its date under its
# label: a figure needs its unit and a unit its figure; a label needs its date.
# (Translation columns may be NULL: NULL counts as empty, and the check is never NULL.)
NO_UNIT = Q(figure_unit_nl="") | Q(figure_unit_nl__isnull=True)
FIGURE_WITH_UNIT = Q(NO_UNIT, figure__isnull=True) | (Q(figure__isnull=False) & ~NO_UNIT)
DATE_LABEL_WITH_DATE = Q(date__isnull=False) | Q(date_label_nl="") | Q(date_label_nl__isnull=True)


def commitment_errors(commitment: Commitment) -> dict[str, list[ValidationError]]:
    """Rules: a figure has its unit (in Dutch at least) and a unit its figure; a date label has
    its date (``hr_commitment_figure_with_unit``, ``hr_commitment_date_label_with_date``)."""
    errors = {}
    unit = (getattr(commitment, "figure_unit_nl", "") or "").strip()
    label = (getattr(commitment, "date_label_nl", "") or "").strip()
    if commitment.figure is not None and not unit:
        errors["figure_unit_nl"] = [
            ValidationError(
                _("The report prints the figure over its unit: enter the unit (e.g. buildings)."),
                code="figure_with_unit",
            )
        ]
    elif commitment.figure is None and unit:
        errors["figure"] = [
            ValidationError(
                _("A unit without its figure prints nothing: enter the figure or empty the unit."),
                code="figure_with_unit",
            )
        ]
    if label and commitment.date is None:
        errors["date"] = [
            ValidationError(
                _("The report prints the label with its date: enter the date or empty the label."),
                code="date_label_with_date",
            )
        ]
    return errors


class Commitment(models.Model):
    """One of the year's commitments (EMAS, handistreaming...), in the report's order."""

    narrative = models.ForeignKey(
        YearNarrative,
        verbose_name=_("staff page"),
        on_delete=models.CASCADE,
        related_name="commitments",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), help_text=_("Paragraphs separated by a blank line."))
    date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("E.g. the day a registration was confirmed.")
    )
    date_label = models.CharField(
        _("what the date marks"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “EMAS registration confirmed”."),
    )
    figure = models.DecimalField(
        _("figure"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    figure_unit = models.CharField(
        _("unit of the figure"),
        max_length=100,
        blank=True,
        help_text=_("E.g. “buildings registered”."),
    )
    # Optimistic locking of the inline form (chancellery.locking).
    version = VersionField()

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["narrative", "position"],
                name="hr_commitment_unique_position",
                violation_error_message=_("Two commitments of a year cannot share a position."),
            ),
            models.CheckConstraint(
                condition=Q(figure__isnull=True) | Q(figure__gte=0),
                name="hr_commitment_figure_not_negative",
                violation_error_message=_("The figure cannot be negative."),
            ),
            models.CheckConstraint(
                condition=FIGURE_WITH_UNIT,
                name="hr_commitment_figure_with_unit",
                violation_error_message=_("A figure needs its unit, and a unit its figure."),
            ),
            models.CheckConstraint(
                condition=DATE_LABEL_WITH_DATE,
                name="hr_commitment_date_label_with_date",
                violation_error_message=_("A date label needs its date."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if errors := commitment_errors(self):
            raise ValidationError(errors)
