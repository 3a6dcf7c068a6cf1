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
        # Publication requested: the data is frozen while the edition's files are rendered.
        PUBLISHING = "publishing", _("Publishing")
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
    # The edition the public reads (None while the report is a draft or being published).
    current_edition = models.ForeignKey(
        "Edition",
        verbose_name=_("current edition"),
        on_delete=models.PROTECT,
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
                condition=~models.Q(status="published")
                | models.Q(published_at__isnull=False, current_edition__isnull=False),
                name="annualreport_published_has_edition",
                violation_error_message=_("A published report needs its edition and date."),
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

    @property
    def is_frozen(self) -> bool:
        """Published, or being published: the year's data may not change."""
        return self.status != self.Status.DRAFT


class Licence(models.TextChoices):
    """The licences an edition's open data may carry.

    CC0 is the default of the Royal Decree of 2 June 2019 on federal open data; another licence
    needs a stated justification, in Dutch and French at least (``Edition.licence_justification``,
    required by ``services.report_publish``), which the open data prints beside the licence.
    """

    CC0 = "cc0-1.0", "CC0 1.0"
    CC_BY = "cc-by-4.0", "CC BY 4.0"


LICENCE_URLS = {
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
}


class Edition(models.Model):
    """A published edition of a year's report: its files are rendered once and never change.

    Publishing a year creates its next edition; from edition 2 on, a correction note (in Dutch
    and French at least) says what changed. The edition becomes public only once every file is
    rendered (``chancellery.editions``); it stays readable, superseded, after later editions.
    """

    class State(models.TextChoices):
        RENDERING = "rendering", _("rendering")
        FAILED = "failed", _("rendering failed")
        PUBLISHED = "published", _("published")

    report = models.ForeignKey(
        AnnualReport,
        verbose_name=_("annual report"),
        on_delete=models.PROTECT,
        related_name="editions",
    )
    number = models.PositiveSmallIntegerField(_("edition"))
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.RENDERING
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.CC0
    )
    licence_justification = models.TextField(
        _("justification of the licence"),
        blank=True,
        help_text=_(
            "Required for any licence other than CC0 1.0: why these figures are not in the "
            "public domain (Royal Decree of 2 June 2019 on federal open data)."
        ),
    )
    correction_note = models.TextField(
        _("correction note"),
        blank=True,
        help_text=_("From the second edition on: what this edition corrects."),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("requested at"))
    # The publication time the files print; set when the rendering starts.
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    files_total = models.PositiveIntegerField(_("files to render"), default=0)
    files_done = models.PositiveIntegerField(_("files rendered"), default=0)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        ordering = ["report", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "number"],
                name="edition_unique_number",
                violation_error_message=_("This report already has an edition with this number."),
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1),
                name="edition_number_positive",
                violation_error_message=_("Editions are numbered from 1."),
            ),
            models.CheckConstraint(
                condition=~models.Q(state="published") | models.Q(published_at__isnull=False),
                name="edition_published_has_date",
                violation_error_message=_("A published edition needs its publication date."),
            ),
            # The Royal Decree of 2 June 2019: CC0, or another licence with its justification.
            # NULL checks written out: a CHECK that evaluates to NULL passes.
            models.CheckConstraint(
                condition=models.Q(licence="cc0-1.0")
                | models.Q(
                    licence_justification_nl__isnull=False,
                    licence_justification_fr__isnull=False,
                    licence_justification_nl__regex=r"\S",
                    licence_justification_fr__regex=r"\S",
                ),
                name="edition_licence_justified",
                violation_error_message=_(
                    "A licence other than CC0 1.0 needs its justification in Dutch and French."
                ),
            ),
        ]

    def __str__(self) -> str:
        return str(
            _("Annual report %(year)s, edition %(number)s")
            % {"year": self.report.year, "number": self.number}
        )

    def get_absolute_url(self) -> str:
        return reverse("edition-detail", kwargs={"year": self.report.year, "number": self.number})

    @property
    def licence_url(self) -> str:
        return LICENCE_URLS[self.licence]


class EditionFile(models.Model):
    """One file of an edition, stored once with its SHA-256: a page, a PDF, a data file.

    ``path`` is the URL it is served at (``/nl/reports/2016/editions/1/pdf``); the report's
    plain URLs (``/nl/reports/2016/pdf``) serve the current edition's file of the same name.
    """

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="files"
    )
    path = models.CharField(_("path"), max_length=200)
    # The path below the edition (``pdf``, ``data.json``, ``data/meetings.csv``; "" for the page).
    name = models.CharField(_("name"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=5, blank=True)
    content_type = models.CharField(_("content type"), max_length=100)
    content_disposition = models.CharField(_("content disposition"), max_length=200, blank=True)
    content = models.BinaryField(_("content"))
    size = models.PositiveIntegerField(_("size"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    # A superseded edition's page, copied once with the banner that says what superseded it.
    supersedes_original = models.CharField(
        _("SHA-256 of the page it replaces"), max_length=64, blank=True
    )

    class Meta:
        verbose_name = _("edition file")
        verbose_name_plural = _("edition files")
        ordering = ["edition", "path"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "path"],
                name="editionfile_unique_path",
                violation_error_message=_("This edition already has a file at this path."),
            ),
        ]
        indexes = [
            # The public request's one query: a file by its path (then its edition's currency).
            models.Index(fields=["path", "edition"], name="editionfile_path_idx"),
        ]

    def __str__(self) -> str:
        return self.path


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


class SingletonQuerySet(models.QuerySet):
    """The one record of a model that has at most one (the public statements)."""

    def current(self):
        """The record, or None while nobody entered it."""
        return self.filter(singleton=1).first()


def singleton_constraints(name: str) -> list[models.BaseConstraint]:
    """At most one record: its ``singleton`` column is 1 and unique (the admin offers no second)."""
    return [
        models.CheckConstraint(
            condition=models.Q(singleton=1),
            name=f"{name}_singleton",
            violation_error_message=_("There is only one of these; change the existing one."),
        ),
    ]


class AccessibilityStatement(models.Model):
    """The website's accessibility statement: the parts of the EU model statement that change.

    Directive (EU) 2016/2102, transposed by the law of 19 July 2018, asks for it on every public
    sector website, following the model of Implementing Decision (EU) 2018/1523. Its fixed
    wording (the law, the standard, the enforcement procedure with the federal Ombudsman) is in
    the template ``chancellery/statements/accessibility.html``; what staff enter is here, with
    the known issues (``AccessibilityIssue``) and their alternatives.
    """

    class Status(models.TextChoices):
        FULL = "full", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NOT = "not", _("not compliant")

    class Method(models.TextChoices):
        SELF = "self", _("self-assessment")
        THIRD_PARTY = "third-party", _("assessment by a third party")

    singleton = models.PositiveSmallIntegerField(default=1, editable=False, unique=True)
    status = models.CharField(
        _("compliance status"), max_length=12, choices=Status.choices, default=Status.PARTIAL
    )
    prepared_on = models.DateField(_("prepared on"))
    method = models.CharField(
        _("method of preparation"), max_length=12, choices=Method.choices, default=Method.SELF
    )
    reviewed_on = models.DateField(_("last reviewed on"))
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact telephone"), max_length=30, blank=True)
    contact_address = models.TextField(_("contact address"), blank=True)
    response_days = models.PositiveSmallIntegerField(
        _("answer within (working days)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )

    objects = SingletonQuerySet.as_manager()

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statement")
        constraints = [
            *singleton_constraints("accessibilitystatement"),
            models.CheckConstraint(
                condition=models.Q(reviewed_on__gte=models.F("prepared_on")),
                name="accessibilitystatement_reviewed_after_prepared",
                violation_error_message=_(
                    "The statement cannot be reviewed before it was prepared."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(response_days__gte=1, response_days__lte=60),
                name="accessibilitystatement_response_days_in_range",
                violation_error_message=_("The answer time lies between 1 and 60 working days."),
            ),
        ]

    def __str__(self) -> str:
        return str(_("Accessibility statement"))

    def get_absolute_url(self) -> str:
        return reverse("accessibility-statement")


class AccessibilityIssue(models.Model):
    """Content of the site that is not accessible, why, and the accessible alternative offered."""

    class Reason(models.TextChoices):
        # The three headings of the model statement, in its order.
        NON_COMPLIANCE = "non-compliance", _("non-compliance with the accessibility requirements")
        BURDEN = "burden", _("disproportionate burden")
        OUT_OF_SCOPE = "out-of-scope", _("not within the scope of the applicable legislation")

    statement = models.ForeignKey(
        AccessibilityStatement,
        verbose_name=_("accessibility statement"),
        on_delete=models.CASCADE,
        related_name="issues",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    reason = models.CharField(
        _("reason"), max_length=16, choices=Reason.choices, default=Reason.NON_COMPLIANCE
    )
    description = models.TextField(_("what is not accessible"))
    criteria = models.CharField(
        _("WCAG success criteria"),
        max_length=100,
        blank=True,
        help_text=_("For example 1.3.1, 4.1.2."),
    )
    alternative = models.TextField(_("accessible alternative"), blank=True)
    planned_fix = models.DateField(_("planned fix"), null=True, blank=True)

    class Meta:
        verbose_name = _("known accessibility issue")
        verbose_name_plural = _("known accessibility issues")
        ordering = ["statement", "position", "pk"]

    def __str__(self) -> str:
        return self.description[:80]


class PrivacyNotice(models.Model):
    """The privacy notice of the guest lists (GDPR articles 13 and 14): its variable parts.

    The fixed wording (the data subject's rights, the complaint to the Data Protection Authority)
    is in the template ``chancellery/statements/privacy.html``; the retention period is not
    entered here but read from the setting the anonymisation applies
    (``CEREMONIES_GUEST_RETENTION_DAYS``), so that the notice says what the service does.
    """

    singleton = models.PositiveSmallIntegerField(default=1, editable=False, unique=True)
    controller = models.CharField(_("controller"), max_length=200)
    controller_address = models.TextField(_("controller's address"))
    controller_email = models.EmailField(_("controller's e-mail"))
    dpo_email = models.EmailField(_("data protection officer's e-mail"))
    purposes = models.TextField(
        _("purposes"), help_text=_("Why the guest lists are kept and what they are used for.")
    )
    legal_basis = models.TextField(
        _("legal basis"), help_text=_("The basis in GDPR article 6, and the task or law behind it.")
    )
    data_categories = models.TextField(_("categories of personal data"))
    source = models.TextField(
        _("source of the data"),
        help_text=_("Where the data come from when not from the guest (GDPR article 14)."),
    )
    recipients = models.TextField(_("recipients"), blank=True)
    updated_on = models.DateField(_("last updated on"))

    objects = SingletonQuerySet.as_manager()

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notice")
        constraints = singleton_constraints("privacynotice")

    def __str__(self) -> str:
        return str(_("Privacy notice"))

    def get_absolute_url(self) -> str:
        return reverse("privacy-notice")


# -- The data-collection calendar (chancellery.collection) --------------------------------------


class CollectionDeadline(models.Model):
    """When a report section's data of a year is due, and the role that delivers it.

    A section without a row for a year has its default (``chancellery.collection.DEFAULTS``):
    a row is entered in the admin where a year differs from it.
    """

    section = models.CharField(_("section"), max_length=40)
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    due_date = models.DateField(_("due date"))
    role = models.ForeignKey(
        "auth.Group",
        verbose_name=_("responsible role"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("data-collection deadline")
        verbose_name_plural = _("data-collection calendar")
        ordering = ["-year", "section"]
        constraints = [
            models.UniqueConstraint(
                fields=["section", "year"],
                name="collectiondeadline_unique_section_year",
                violation_error_message=_("This section already has a due date for this year."),
            ),
            models.CheckConstraint(
                condition=models.Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="collectiondeadline_year_in_range",
                violation_error_message=_("The year must lie between 1990 and 2100."),
            ),
            models.CheckConstraint(
                condition=models.Q(
                    due_date__year__gte=models.F("year"),
                    due_date__year__lte=models.F("year") + 1,
                ),
                name="collectiondeadline_due_in_year_or_next",
                violation_error_message=_(
                    "The due date lies in the report's year or in the year after it."
                ),
            ),
        ]

    def __str__(self) -> str:
        from chancellery.registry import registry

        return f"{registry.label(self.section)} {self.year}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        from chancellery.registry import registry

        if self.section not in registry.section_keys():
            raise ValidationError(
                {"section": _("Choose one of the report's sections.")}, code="section"
            )


class CollectionProgress(models.Model):
    """What the daily check found of a section's data of a year: since when it is complete."""

    section = models.CharField(_("section"), max_length=40)
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    # The first daily check that found it complete; cleared when it is incomplete again.
    completed_at = models.DateTimeField(_("complete since"), null=True, blank=True)
    checked_at = models.DateTimeField(_("last checked"))

    class Meta:
        verbose_name = _("data-collection progress")
        verbose_name_plural = _("data-collection progress")
        ordering = ["-year", "section"]
        constraints = [
            models.UniqueConstraint(
                fields=["section", "year"],
                name="collectionprogress_unique_section_year",
                violation_error_message=_("This section already has its progress for this year."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.section} {self.year}"


class ReminderSent(models.Model):
    """A reminder e-mailed to a member of a section's role: never twice for the same state.

    ``state`` is a fingerprint of what was missing; a reminder of the same kind, for the same
    section, year, state and person, is not sent again (the constraint makes sure of it).
    """

    class Kind(models.TextChoices):
        UPCOMING = "upcoming", _("due soon")
        LATE = "late", _("late")

    section = models.CharField(_("section"), max_length=40)
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    state = models.CharField(_("state of the data"), max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    missing_count = models.PositiveIntegerField(_("items missing"))
    sent_at = models.DateTimeField(_("sent at"))

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["section", "year", "kind", "state", "user"],
                name="remindersent_once_per_state",
                violation_error_message=_("This reminder was already sent to this person."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.section} {self.year} {self.get_kind_display()} {self.sent_at:%Y-%m-%d}"


class StaffLanguage(models.Model):
    """The language a staff member reads the e-mails of the application in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="staff_language",
    )
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    class Meta:
        verbose_name = _("language of a staff member's e-mails")
        verbose_name_plural = _("languages of the staff's e-mails")
        ordering = ["user__username"]

    def __str__(self) -> str:
        return f"{self.user.get_username()}: {self.get_language_display()}"


class TranslationState(models.Model):
    """Which source text one translation of one field of one record was made from (#19).

    One row per record, translated field and translation language: the source's language (nl,
    or fr when the text was first written in French), the SHA-256 of the source text the
    translation was written against, who wrote it and when. A translation is *outdated* when the
    source text's hash is no longer this one; *missing* when its column is empty.
    ``chancellery.translation_state`` keeps the rows true on every save and reads them.
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", verbose_name=_("record type"), on_delete=models.CASCADE
    )
    object_id = models.PositiveBigIntegerField(_("record"))
    field = models.CharField(_("field"), max_length=100)
    language = models.CharField(_("language"), max_length=5)
    source_language = models.CharField(_("source language"), max_length=5)
    source_hash = models.CharField(_("SHA-256 of the source text"), max_length=64)
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("translated by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # None for a translation found already written when its source was first tracked.
    translated_at = models.DateTimeField(_("translated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("translation state")
        verbose_name_plural = _("translation states")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="translationstate_unique_field_language",
                violation_error_message=_("This translation already has its state."),
            ),
            models.CheckConstraint(
                condition=~models.Q(language=models.F("source_language")),
                name="translationstate_not_its_own_source",
                violation_error_message=_("A text is not a translation of itself."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.content_type_id}:{self.object_id}.{self.field}_{self.language}"


class ImportJob(models.Model):
    """A large spreadsheet import, checked and then written by the task worker, with its progress
    (chancellery/background_imports.py). The upload is kept only while it waits for its
    confirmation: refused, imported, failed or expired, it is gone."""

    class State(models.TextChoices):
        CHECKING = "checking", _("being checked")
        READY = "ready", _("ready to import")
        REFUSED = "refused", _("refused")
        IMPORTING = "importing", _("being imported")
        DONE = "done", _("imported")
        FAILED = "failed", _("failed")

    model = models.CharField(_("model"), max_length=100)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.CHECKING
    )
    file_name = models.CharField(_("file name"), max_length=255)
    file_format = models.PositiveSmallIntegerField(_("file format"))
    content = models.BinaryField(_("content"), null=True, editable=False)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows done"), default=0)
    totals = models.JSONField(_("totals"), default=dict)
    errors = models.JSONField(_("errors"), default=list)
    error_count = models.PositiveIntegerField(_("error count"), default=0)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")

    def __str__(self) -> str:
        return f"{self.model} #{self.pk} ({self.state})"
