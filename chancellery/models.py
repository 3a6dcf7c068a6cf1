"""The core's models: the annual report itself and the ICT service's figures.

Domain apps keep their own data; they relate to a report through its year, never through a
foreign key to these models, so that data can be entered before the year's report exists.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from chancellery.locking import VersionField
from chancellery.querysets import AnnualReportQuerySet

MIN_YEAR = 1990
MAX_YEAR = 2100

year_validators = [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]

legal_deposit_validator = RegexValidator(
    r"^D/\d{4}/\d{4}/\d{1,3}$",
    _("A legal deposit number reads D/<year>/<publisher number>/<sequence>, e.g. D/2017/9737/2."),
)


class AnnualReport(models.Model):
    """A year's annual report: its foreword, colophon and publication status."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    year = models.PositiveSmallIntegerField(_("year"), unique=True, validators=year_validators)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    foreword_title = models.CharField(_("foreword title"), max_length=200, blank=True)
    foreword_text = models.TextField(
        _("foreword"), blank=True, help_text=_("Paragraphs separated by a blank line.")
    )
    signatory_name = models.CharField(_("signatory"), max_length=200, blank=True)
    signatory_role = models.CharField(_("signatory's role"), max_length=200, blank=True)

    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    address = models.TextField(_("address"), blank=True)
    publisher_name = models.CharField(_("responsible publisher"), max_length=200, blank=True)
    publisher_role = models.CharField(_("responsible publisher's role"), max_length=200, blank=True)
    legal_deposit = models.CharField(
        _("legal deposit number"),
        max_length=30,
        blank=True,
        validators=[legal_deposit_validator],
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = AnnualReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")
        ordering = ["-year"]
        permissions = [
            ("view_dashboard", _("Can view the management dashboards")),
            ("publish_annualreport", _("Can publish and unpublish annual reports")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="annualreport_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
            models.CheckConstraint(
                condition=models.Q(status="draft") | models.Q(published_at__isnull=False),
                name="annualreport_published_has_date",
                violation_error_message=_("A published report needs its publication date."),
            ),
            models.CheckConstraint(
                condition=models.Q(legal_deposit="")
                | models.Q(legal_deposit__regex=r"^D/[0-9]{4}/[0-9]{4}/[0-9]{1,3}$"),
                name="annualreport_legal_deposit_format",
                violation_error_message=_("The legal deposit number is not well formed."),
            ),
        ]

    def __str__(self) -> str:
        return str(_("Annual report %(year)s") % {"year": self.year})

    def get_absolute_url(self) -> str:
        return reverse("report-detail", kwargs={"year": self.year})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class PublicationEvent(models.Model):
    """A publication or unpublication of a year's report: who did it and when (never edited)."""

    class Action(models.TextChoices):
        PUBLISHED = "published", _("published")
        UNPUBLISHED = "unpublished", _("unpublished")

    report = models.ForeignKey(
        AnnualReport,
        verbose_name=_("annual report"),
        on_delete=models.CASCADE,
        related_name="publication_events",
    )
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("at"))

    class Meta:
        verbose_name = _("publication event")
        verbose_name_plural = _("publication events")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.report.year} {self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"


class IctYear(models.Model):
    """The ICT staff service's figures and narrative for a year (no domain app owns them)."""

    class Qualifier(models.TextChoices):
        EXACT = "exact", _("exactly")
        ABOUT = "about", _("about")
        MORE_THAN = "more_than", _("more than")

    year = models.PositiveSmallIntegerField(_("year"), unique=True, validators=year_validators)
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    requests_handled = models.PositiveIntegerField(_("client requests handled"))
    requests_qualifier = models.CharField(
        _("requests: precision"), max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT
    )
    users_served = models.PositiveIntegerField(_("users served"))
    users_qualifier = models.CharField(
        _("users: precision"), max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT
    )
    service_hours = models.CharField(
        _("service hours"), max_length=20, help_text=_("For example 24/7."), blank=True
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    class Meta:
        verbose_name = _("ICT figures of a year")
        verbose_name_plural = _("ICT figures per year")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="ictyear_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        return str(_("ICT %(year)s") % {"year": self.year})


class IctTopic(models.Model):
    """A themed paragraph of the ICT section (security, synergies...)."""

    ict_year = models.ForeignKey(
        IctYear, verbose_name=_("ICT year"), on_delete=models.CASCADE, related_name="topics"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("ICT topic")
        verbose_name_plural = _("ICT topics")
        ordering = ["ict_year", "position", "pk"]

    def __str__(self) -> str:
        return self.title
