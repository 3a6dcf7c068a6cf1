"""External communication: websites and their audience, social media, campaigns, the year's story.

Unique visitors do not add up: a visitor who comes in January and again in March is one unique
visitor of the year but one of each month. A year's unique visitors are therefore a record of
their own (``WebStatistic`` of kind ``year``), never the sum of the months.
"""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from chancellery.locking import VersionField
from communication.querysets import (
    CampaignQuerySet,
    FollowerCountQuerySet,
    SocialAccountQuerySet,
    WebsiteQuerySet,
    WebStatisticQuerySet,
)

MIN_YEAR = 1990
MAX_YEAR = 2100

year_validators = [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]

LANGUAGES_PATTERN = r"^(nl|fr|de|en)(,(nl|fr|de|en))*$"
languages_validator = RegexValidator(
    LANGUAGES_PATTERN,
    _("List the language codes separated by commas, without spaces, e.g. nl,fr,de,en."),
)


class Website(models.Model):
    """A website the directorate-general runs, e.g. the federal portal www.belgium.be."""

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("Stable identifier used in imports and open data, e.g. belgium-be."),
    )
    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(
        _("address"),
        max_length=200,
        unique=True,
        help_text=_("The address as the report prints it, e.g. www.belgium.be."),
    )
    languages = models.CharField(
        _("languages"),
        max_length=20,
        default="nl,fr,de,en",
        validators=[languages_validator],
        help_text=_("Language codes separated by commas, e.g. nl,fr,de,en."),
    )
    matomo_id = models.PositiveIntegerField(
        _("Matomo site id"),
        null=True,
        blank=True,
        unique=True,
        help_text=_("The idSite of the site in Matomo, to recognise it in exports."),
    )
    is_active = models.BooleanField(
        _("reported"),
        default=True,
        help_text=_("Its yearly unique visitors are expected in the annual report."),
    )
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = WebsiteQuerySet.as_manager()

    class Meta:
        verbose_name = _("website")
        verbose_name_plural = _("websites")
        ordering = ["address"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(languages__regex=LANGUAGES_PATTERN),
                name="website_languages_format",
                violation_error_message=_(
                    "List the language codes separated by commas, without spaces, e.g. nl,fr,de,en."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.address

    @property
    def language_codes(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]


class WebStatistic(models.Model):
    """A website's audience over one period: a calendar month or a whole year."""

    class Kind(models.TextChoices):
        MONTH = "month", _("month")
        YEAR = "year", _("year")

    website = models.ForeignKey(
        Website, verbose_name=_("website"), on_delete=models.PROTECT, related_name="statistics"
    )
    kind = models.CharField(_("period"), max_length=5, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    month = models.PositiveSmallIntegerField(
        _("month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("Only for a monthly record; empty for a whole year."),
    )
    unique_visitors = models.PositiveIntegerField(
        _("unique visitors"),
        null=True,
        blank=True,
        help_text=_(
            "Of this period as the analytics tool counts it; a year's are not the months' sum."
        ),
    )
    visits = models.PositiveIntegerField(_("visits"), null=True, blank=True)
    page_views = models.PositiveIntegerField(_("page views"), null=True, blank=True)
    # Optimistic locking of the admin's change form (chancellery.locking); an import raises it.
    version = VersionField()

    objects = WebStatisticQuerySet.as_manager()

    class Meta:
        verbose_name = _("web statistic")
        verbose_name_plural = _("web statistics")
        ordering = ["website", "-year", "kind", "month"]
        indexes = [
            # The report's and the admin's filters: a year's records, yearly or monthly.
            models.Index(fields=["year", "kind"], name="webstatistic_year_kind_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="webstatistic_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(kind="month", month__isnull=False, month__gte=1, month__lte=12)
                    | models.Q(kind="year", month__isnull=True)
                ),
                name="webstatistic_month_iff_monthly",
                violation_error_message=_(
                    "A monthly record needs its month (1 to 12); a yearly record has none."
                ),
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(unique_visitors__isnull=False)
                    | models.Q(visits__isnull=False)
                    | models.Q(page_views__isnull=False)
                ),
                name="webstatistic_has_a_figure",
                violation_error_message=_(
                    "Enter at least one figure: unique visitors, visits or page views."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(unique_visitors__isnull=True)
                | models.Q(visits__isnull=True)
                | models.Q(unique_visitors__lte=models.F("visits")),
                name="webstatistic_visitors_within_visits",
                violation_error_message=_("There cannot be more unique visitors than visits."),
            ),
            models.UniqueConstraint(
                fields=["website", "year"],
                condition=models.Q(kind="year"),
                name="webstatistic_one_per_site_and_year",
                violation_error_message=_("This website already has a record for that year."),
            ),
            models.UniqueConstraint(
                fields=["website", "year", "month"],
                condition=models.Q(kind="month"),
                name="webstatistic_one_per_site_and_month",
                violation_error_message=_("This website already has a record for that month."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.website} {self.period_label}"

    @property
    def period_label(self) -> str:
        """The period as ``2016`` or ``2016-03``."""
        if self.kind == self.Kind.MONTH and self.month:
            return f"{self.year}-{self.month:02d}"
        return str(self.year)


class SocialAccount(models.Model):
    """An account on a social network, e.g. the Facebook page of www.belgium.be."""

    class Platform(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        TWITTER = "twitter", "Twitter"
        INSTAGRAM = "instagram", "Instagram"
        YOUTUBE = "youtube", "YouTube"
        LINKEDIN = "linkedin", "LinkedIn"
        OTHER = "other", _("other")

    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    handle = models.CharField(
        _("handle"), max_length=100, help_text=_("The account's name on the platform.")
    )
    name = models.CharField(
        _("description"),
        max_length=200,
        blank=True,
        help_text=_("How the report names it, e.g. the Facebook page of www.belgium.be."),
    )
    address = models.URLField(_("address"), blank=True)
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = SocialAccountQuerySet.as_manager()

    class Meta:
        verbose_name = _("social media account")
        verbose_name_plural = _("social media accounts")
        ordering = ["platform", "handle"]
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "handle"],
                name="socialaccount_unique_handle",
                violation_error_message=_("This account is already recorded."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_platform_display()} {self.handle}"

    @property
    def code(self) -> str:
        """A stable identifier for open data: platform and handle."""
        from django.utils.text import slugify

        return f"{self.platform}-{slugify(self.handle)}"


class FollowerCount(models.Model):
    """The number of followers (subscribers, fans) of an account on a date."""

    account = models.ForeignKey(
        SocialAccount,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="follower_counts",
    )
    date = models.DateField(_("date"))
    followers = models.PositiveIntegerField(_("followers"))
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = FollowerCountQuerySet.as_manager()

    class Meta:
        verbose_name = _("follower count")
        verbose_name_plural = _("follower counts")
        ordering = ["account", "date"]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "date"],
                name="followercount_one_per_day",
                violation_error_message=_("This account already has a count on that date."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.account} {self.date:%Y-%m-%d}: {self.followers}"


class CommunicationYear(models.Model):
    """The year's narrative of external communication: its title, introduction and topics."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True, validators=year_validators)
    title = models.CharField(_("section title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    class Meta:
        verbose_name = _("communication narrative of a year")
        verbose_name_plural = _("communication narratives")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="communicationyear_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.title}"


class CommunicationTopic(models.Model):
    """A themed paragraph of the year's narrative (the new portal, the community managers...)."""

    narrative = models.ForeignKey(
        CommunicationYear,
        verbose_name=_("narrative"),
        on_delete=models.CASCADE,
        related_name="topics",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), help_text=_("Paragraphs separated by a blank line."))
    # Optimistic locking of the inline form (chancellery.locking).
    version = VersionField()

    class Meta:
        verbose_name = _("communication topic")
        verbose_name_plural = _("communication topics")
        ordering = ["narrative", "position", "pk"]

    def __str__(self) -> str:
        return self.title


class Campaign(models.Model):
    """A communication campaign of a year, e.g. #MadAboutBelgium."""

    code = models.SlugField(
        _("code"),
        max_length=60,
        help_text=_("Stable identifier for open data, e.g. madaboutbelgium."),
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    name = models.CharField(_("name"), max_length=200, help_text=_("For example #MadAboutBelgium."))
    title = models.CharField(
        _("headline"), max_length=200, help_text=_("The report's heading for the campaign.")
    )
    description = models.TextField(_("description"), blank=True)
    # Optimistic locking of the admin's change form (chancellery.locking).
    version = VersionField()

    objects = CampaignQuerySet.as_manager()

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-year", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="campaign_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
            models.UniqueConstraint(
                fields=["year", "code"],
                name="campaign_unique_code_per_year",
                violation_error_message=_(
                    "A campaign with this code already exists for that year."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.year})"


class CampaignAction(models.Model):
    """Something the campaign did: on a date, over a period, or at named occasions."""

    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="actions"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    start_date = models.DateField(_("date or first day"), null=True, blank=True)
    end_date = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("Only for an action over a period.")
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    # Optimistic locking of the inline form (chancellery.locking).
    version = VersionField()

    class Meta:
        verbose_name = _("campaign action")
        verbose_name_plural = _("campaign actions")
        ordering = ["campaign", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=False, end_date__gte=models.F("start_date")),
                name="campaignaction_period_in_order",
                violation_error_message=_(
                    "A period needs its first day, on or before its last day."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_whole_month(self) -> bool:
        """True when the period is exactly one calendar month (printed as "June 2016")."""
        import calendar

        start, end = self.start_date, self.end_date
        return bool(
            start
            and end
            and start.day == 1
            and (start.year, start.month) == (end.year, end.month)
            and end.day == calendar.monthrange(end.year, end.month)[1]
        )


class CampaignFigure(models.Model):
    """A key figure of a campaign: 437 photos, 21 hours, 18 of 22 countries."""

    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="figures"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    code = models.SlugField(
        _("code"), max_length=60, help_text=_("Stable identifier, e.g. photos.")
    )
    value = models.PositiveIntegerField(_("value"))
    total = models.PositiveIntegerField(
        _("out of"), null=True, blank=True, help_text=_("For a share such as 18 of 22 countries.")
    )
    unit = models.CharField(
        _("unit"), max_length=100, blank=True, help_text=_("For example photos.")
    )
    label = models.CharField(
        _("label"), max_length=200, help_text=_("For example taken in the photo booth.")
    )
    # Optimistic locking of the inline form (chancellery.locking).
    version = VersionField()

    class Meta:
        verbose_name = _("campaign figure")
        verbose_name_plural = _("campaign figures")
        ordering = ["campaign", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(total__isnull=True) | models.Q(total__gte=models.F("value")),
                name="campaignfigure_value_within_total",
                violation_error_message=_("The value cannot exceed the total it is part of."),
            ),
            models.UniqueConstraint(
                fields=["campaign", "code"],
                name="campaignfigure_unique_code",
                violation_error_message=_("This campaign already has a figure with this code."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.value} {self.unit}".strip()
