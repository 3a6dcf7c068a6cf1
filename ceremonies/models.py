"""Ceremonies organised by the Chancellery, their guest categories and guest lists.

Guests are personal data: only users with the guest permissions see them (admin, check-in), and
everything that leaves this app (report section, dashboard widget, open data) is a count.
"""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from ceremonies.querysets import CeremonyQuerySet, GuestCategoryQuerySet, GuestQuerySet
from chancellery.locking import VersionField

# The same simple shape the DB checks: something@something.tld, no spaces. Forms and imports
# apply Django's stricter EmailValidator first.
EMAIL_SHAPE = r"^[^@ ]+@[^@ ]+\.[^@ ]+$"
MIN_YEAR = 1990
MAX_YEAR = 2100


class CeremonyYear(models.Model):
    """The report's narrative about a year's ceremonies: the section title and introduction."""

    year = models.PositiveSmallIntegerField(
        _("year"), unique=True, validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    title = models.CharField(_("section title"), max_length=200)
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Paragraphs separated by a blank line.")
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    class Meta:
        verbose_name = _("ceremonies of a year (narrative)")
        verbose_name_plural = _("ceremonies per year (narrative)")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__gte=1990, year__lte=2100),
                name="ceremonyyear_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        return str(_("Ceremonies %(year)s") % {"year": self.year})


class Ceremony(models.Model):
    """A ceremony: when and where, with whom it was organised and how it was broadcast."""

    code = models.SlugField(
        _("code"),
        max_length=80,
        unique=True,
        help_text=_(
            "A stable identifier, e.g. 2016-05-22-royal-palace: guest list files and open data "
            "use it."
        ),
    )
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Paragraphs separated by a blank line.")
    )
    partners = models.TextField(
        _("partner organisations"), blank=True, help_text=_("One organisation per line.")
    )
    broadcast_note = models.CharField(
        _("broadcast note"),
        max_length=300,
        blank=True,
        help_text=_("For example: broadcast live on the four national channels."),
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = CeremonyQuerySet.as_manager()

    class Meta:
        verbose_name = _("ceremony")
        verbose_name_plural = _("ceremonies")
        ordering = ["date", "pk"]
        indexes = [
            # A year's ceremonies (the report, the dashboard, the admin's date hierarchy).
            models.Index(fields=["date"], name="ceremony_date_idx"),
        ]
        constraints = [
            # A ceremony is reported under its date's year: 0216 for 2016 would be in no report.
            models.CheckConstraint(
                condition=models.Q(
                    date__gte=datetime.date(MIN_YEAR, 1, 1),
                    date__lte=datetime.date(MAX_YEAR, 12, 31),
                ),
                name="ceremony_date_in_range",
                violation_error_message=_("The date must lie between 1990 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.date:%d/%m/%Y})" if self.date else self.title

    def partner_list(self) -> list[str]:
        """The partner organisations, one per line of ``partners``."""
        return [line.strip() for line in (self.partners or "").splitlines() if line.strip()]


class GuestCategory(models.Model):
    """A kind of guest (senators, victims...), as the report groups them."""

    code = models.SlugField(
        _("code"),
        max_length=50,
        unique=True,
        help_text=_("A stable identifier used in guest list files and open data, e.g. senators."),
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    shown_without_number = models.BooleanField(
        _("named without a number"),
        default=False,
        help_text=_(
            "The report names this category without its count (e.g. the King and Queen); "
            "its guests still count in the total."
        ),
    )

    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = GuestCategoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("guest category")
        verbose_name_plural = _("guest categories")
        ordering = ["position", "code"]

    def __str__(self) -> str:
        return self.name or self.code


class Guest(models.Model):
    """One guest of a ceremony: personal data, visible only to the protocol service."""

    class Status(models.TextChoices):
        INVITED = "invited", _("invited")
        CONFIRMED = "confirmed", _("confirmed")
        DECLINED = "declined", _("declined")
        ATTENDED = "attended", _("attended")

    class Language(models.TextChoices):
        NL = "nl", _("Dutch")
        FR = "fr", _("French")
        DE = "de", _("German")
        EN = "en", _("English")

    ceremony = models.ForeignKey(
        Ceremony, verbose_name=_("ceremony"), on_delete=models.CASCADE, related_name="guests"
    )
    category = models.ForeignKey(
        GuestCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="guests"
    )
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.NL
    )
    status = models.CharField(
        _("invitation status"), max_length=10, choices=Status.choices, default=Status.INVITED
    )
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = GuestQuerySet.as_manager()

    class Meta:
        verbose_name = _("guest")
        verbose_name_plural = _("guests")
        ordering = ["ceremony", "category__position", "name", "pk"]
        indexes = [
            # The report's counts per ceremony, status and category (an index-only scan), and
            # the admin's filters by ceremony then status.
            models.Index(
                fields=["ceremony", "status", "category"], name="guest_ceremony_status_cat_idx"
            ),
            # The admin's list, by name (GuestAdmin.ordering).
            models.Index(fields=["name", "id"], name="guest_name_idx"),
        ]
        constraints = [
            # Same ceremony, same name, same organisation: the same person, twice. Anonymised
            # guests have no name any more and are exempt.
            models.UniqueConstraint(
                "ceremony",
                Lower("name"),
                Lower("organisation"),
                condition=models.Q(anonymised_at__isnull=True),
                name="guest_unique_per_ceremony",
                violation_error_message=_(
                    "This guest (same name and organisation) is already on this ceremony's list."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(anonymised_at__isnull=False) | ~models.Q(name=""),
                name="guest_has_name",
                violation_error_message=_("A guest needs a name."),
            ),
            models.CheckConstraint(
                condition=models.Q(email="") | models.Q(email__regex=EMAIL_SHAPE),
                name="guest_email_shape",
                violation_error_message=_("Enter a valid e-mail address."),
            ),
        ]

    def __str__(self) -> str:
        if self.anonymised_at:
            return str(_("Anonymised guest #%(id)s") % {"id": self.pk})
        return self.name
