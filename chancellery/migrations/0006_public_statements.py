"""The accessibility statement and the privacy notice (#18): one record each, their history,
the known accessibility issues with their alternatives."""

import django.core.validators
import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("chancellery", "0005_licence_justification"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="AccessibilityStatement",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "singleton",
                    models.PositiveSmallIntegerField(default=1, editable=False, unique=True),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("full", "fully compliant"),
                            ("partial", "partially compliant"),
                            ("not", "not compliant"),
                        ],
                        default="partial",
                        max_length=12,
                        verbose_name="compliance status",
                    ),
                ),
                ("prepared_on", models.DateField(verbose_name="prepared on")),
                (
                    "method",
                    models.CharField(
                        choices=[
                            ("self", "self-assessment"),
                            ("third-party", "assessment by a third party"),
                        ],
                        default="self",
                        max_length=12,
                        verbose_name="method of preparation",
                    ),
                ),
                ("reviewed_on", models.DateField(verbose_name="last reviewed on")),
                ("contact_email", models.EmailField(max_length=254, verbose_name="contact e-mail")),
                (
                    "contact_phone",
                    models.CharField(blank=True, max_length=30, verbose_name="contact telephone"),
                ),
                ("contact_address", models.TextField(blank=True, verbose_name="contact address")),
                (
                    "contact_address_nl",
                    models.TextField(blank=True, null=True, verbose_name="contact address"),
                ),
                (
                    "contact_address_fr",
                    models.TextField(blank=True, null=True, verbose_name="contact address"),
                ),
                (
                    "contact_address_de",
                    models.TextField(blank=True, null=True, verbose_name="contact address"),
                ),
                (
                    "contact_address_en",
                    models.TextField(blank=True, null=True, verbose_name="contact address"),
                ),
                (
                    "response_days",
                    models.PositiveSmallIntegerField(
                        default=10,
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(60),
                        ],
                        verbose_name="answer within (working days)",
                    ),
                ),
            ],
            options={
                "verbose_name": "accessibility statement",
                "verbose_name_plural": "accessibility statement",
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("singleton", 1)),
                        name="accessibilitystatement_singleton",
                        violation_error_message="There is only one of these; change the existing one.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("reviewed_on__gte", models.F("prepared_on"))),
                        name="accessibilitystatement_reviewed_after_prepared",
                        violation_error_message="The statement cannot be reviewed before it was prepared.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("response_days__gte", 1), ("response_days__lte", 60)),
                        name="accessibilitystatement_response_days_in_range",
                        violation_error_message="The answer time lies between 1 and 60 working days.",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="AccessibilityIssue",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="position")),
                (
                    "reason",
                    models.CharField(
                        choices=[
                            (
                                "non-compliance",
                                "non-compliance with the accessibility requirements",
                            ),
                            ("burden", "disproportionate burden"),
                            ("out-of-scope", "not within the scope of the applicable legislation"),
                        ],
                        default="non-compliance",
                        max_length=16,
                        verbose_name="reason",
                    ),
                ),
                ("description", models.TextField(verbose_name="what is not accessible")),
                (
                    "description_nl",
                    models.TextField(null=True, verbose_name="what is not accessible"),
                ),
                (
                    "description_fr",
                    models.TextField(null=True, verbose_name="what is not accessible"),
                ),
                (
                    "description_de",
                    models.TextField(null=True, verbose_name="what is not accessible"),
                ),
                (
                    "description_en",
                    models.TextField(null=True, verbose_name="what is not accessible"),
                ),
                (
                    "criteria",
                    models.CharField(
                        blank=True,
                        help_text="For example 1.3.1, 4.1.2.",
                        max_length=100,
                        verbose_name="WCAG success criteria",
                    ),
                ),
                (
                    "alternative",
                    models.TextField(blank=True, verbose_name="accessible alternative"),
                ),
                (
                    "alternative_nl",
                    models.TextField(blank=True, null=True, verbose_name="accessible alternative"),
                ),
                (
                    "alternative_fr",
                    models.TextField(blank=True, null=True, verbose_name="accessible alternative"),
                ),
                (
                    "alternative_de",
                    models.TextField(blank=True, null=True, verbose_name="accessible alternative"),
                ),
                (
                    "alternative_en",
                    models.TextField(blank=True, null=True, verbose_name="accessible alternative"),
                ),
                (
                    "planned_fix",
                    models.DateField(blank=True, null=True, verbose_name="planned fix"),
                ),
                (
                    "statement",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="issues",
                        to="chancellery.accessibilitystatement",
                        verbose_name="accessibility statement",
                    ),
                ),
            ],
            options={
                "verbose_name": "known accessibility issue",
                "verbose_name_plural": "known accessibility issues",
                "ordering": ["statement", "position", "pk"],
            },
        ),
        migrations.CreateModel(
            name="HistoricalAccessibilityIssue",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="position")),
                (
                    "reason",
                    models.CharField(
                        choices=[
                            (
                                "non-compliance",
                                "non-compliance with the accessibility requirements",
                            ),
                            ("burden", "disproportionate burden"),
                            ("out-of-scope", "not within the scope of the applicable legislation"),
                        ],
                        default="non-compliance",
                        max_length=16,
                        verbose_name="reason",
                    ),
                ),
                (
                    "description_nl",
                    models.TextField(null=True, verbose_name="what is not accessible"),
                ),
                (
                    "description_fr",
                    models.TextField(null=True, verbose_name="what is not accessible"),
                ),
                (
                    "description_de",
                    models.TextField(null=True, verbose_name="what is not accessible"),
                ),
                (
                    "description_en",
                    models.TextField(null=True, verbose_name="what is not accessible"),
                ),
                (
                    "criteria",
                    models.CharField(
                        blank=True,
                        help_text="For example 1.3.1, 4.1.2.",
                        max_length=100,
                        verbose_name="WCAG success criteria",
                    ),
                ),
                (
                    "alternative_nl",
                    models.TextField(blank=True, null=True, verbose_name="accessible alternative"),
                ),
                (
                    "alternative_fr",
                    models.TextField(blank=True, null=True, verbose_name="accessible alternative"),
                ),
                (
                    "alternative_de",
                    models.TextField(blank=True, null=True, verbose_name="accessible alternative"),
                ),
                (
                    "alternative_en",
                    models.TextField(blank=True, null=True, verbose_name="accessible alternative"),
                ),
                (
                    "planned_fix",
                    models.DateField(blank=True, null=True, verbose_name="planned fix"),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "statement",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="chancellery.accessibilitystatement",
                        verbose_name="accessibility statement",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical known accessibility issue",
                "verbose_name_plural": "historical known accessibility issues",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalAccessibilityStatement",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "singleton",
                    models.PositiveSmallIntegerField(db_index=True, default=1, editable=False),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("full", "fully compliant"),
                            ("partial", "partially compliant"),
                            ("not", "not compliant"),
                        ],
                        default="partial",
                        max_length=12,
                        verbose_name="compliance status",
                    ),
                ),
                ("prepared_on", models.DateField(verbose_name="prepared on")),
                (
                    "method",
                    models.CharField(
                        choices=[
                            ("self", "self-assessment"),
                            ("third-party", "assessment by a third party"),
                        ],
                        default="self",
                        max_length=12,
                        verbose_name="method of preparation",
                    ),
                ),
                ("reviewed_on", models.DateField(verbose_name="last reviewed on")),
                ("contact_email", models.EmailField(max_length=254, verbose_name="contact e-mail")),
                (
                    "contact_phone",
                    models.CharField(blank=True, max_length=30, verbose_name="contact telephone"),
                ),
                (
                    "contact_address_nl",
                    models.TextField(blank=True, null=True, verbose_name="contact address"),
                ),
                (
                    "contact_address_fr",
                    models.TextField(blank=True, null=True, verbose_name="contact address"),
                ),
                (
                    "contact_address_de",
                    models.TextField(blank=True, null=True, verbose_name="contact address"),
                ),
                (
                    "contact_address_en",
                    models.TextField(blank=True, null=True, verbose_name="contact address"),
                ),
                (
                    "response_days",
                    models.PositiveSmallIntegerField(
                        default=10,
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(60),
                        ],
                        verbose_name="answer within (working days)",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical accessibility statement",
                "verbose_name_plural": "historical accessibility statement",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalPrivacyNotice",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "singleton",
                    models.PositiveSmallIntegerField(db_index=True, default=1, editable=False),
                ),
                (
                    "controller_nl",
                    models.CharField(max_length=200, null=True, verbose_name="controller"),
                ),
                (
                    "controller_fr",
                    models.CharField(max_length=200, null=True, verbose_name="controller"),
                ),
                (
                    "controller_de",
                    models.CharField(max_length=200, null=True, verbose_name="controller"),
                ),
                (
                    "controller_en",
                    models.CharField(max_length=200, null=True, verbose_name="controller"),
                ),
                (
                    "controller_address_nl",
                    models.TextField(null=True, verbose_name="controller's address"),
                ),
                (
                    "controller_address_fr",
                    models.TextField(null=True, verbose_name="controller's address"),
                ),
                (
                    "controller_address_de",
                    models.TextField(null=True, verbose_name="controller's address"),
                ),
                (
                    "controller_address_en",
                    models.TextField(null=True, verbose_name="controller's address"),
                ),
                (
                    "controller_email",
                    models.EmailField(max_length=254, verbose_name="controller's e-mail"),
                ),
                (
                    "dpo_email",
                    models.EmailField(
                        max_length=254, verbose_name="data protection officer's e-mail"
                    ),
                ),
                (
                    "purposes_nl",
                    models.TextField(
                        help_text="Why the guest lists are kept and what they are used for.",
                        null=True,
                        verbose_name="purposes",
                    ),
                ),
                (
                    "purposes_fr",
                    models.TextField(
                        help_text="Why the guest lists are kept and what they are used for.",
                        null=True,
                        verbose_name="purposes",
                    ),
                ),
                (
                    "purposes_de",
                    models.TextField(
                        help_text="Why the guest lists are kept and what they are used for.",
                        null=True,
                        verbose_name="purposes",
                    ),
                ),
                (
                    "purposes_en",
                    models.TextField(
                        help_text="Why the guest lists are kept and what they are used for.",
                        null=True,
                        verbose_name="purposes",
                    ),
                ),
                (
                    "legal_basis_nl",
                    models.TextField(
                        help_text="The basis in GDPR article 6, and the task or law behind it.",
                        null=True,
                        verbose_name="legal basis",
                    ),
                ),
                (
                    "legal_basis_fr",
                    models.TextField(
                        help_text="The basis in GDPR article 6, and the task or law behind it.",
                        null=True,
                        verbose_name="legal basis",
                    ),
                ),
                (
                    "legal_basis_de",
                    models.TextField(
                        help_text="The basis in GDPR article 6, and the task or law behind it.",
                        null=True,
                        verbose_name="legal basis",
                    ),
                ),
                (
                    "legal_basis_en",
                    models.TextField(
                        help_text="The basis in GDPR article 6, and the task or law behind it.",
                        null=True,
                        verbose_name="legal basis",
                    ),
                ),
                (
                    "data_categories_nl",
                    models.TextField(null=True, verbose_name="categories of personal data"),
                ),
                (
                    "data_categories_fr",
                    models.TextField(null=True, verbose_name="categories of personal data"),
                ),
                (
                    "data_categories_de",
                    models.TextField(null=True, verbose_name="categories of personal data"),
                ),
                (
                    "data_categories_en",
                    models.TextField(null=True, verbose_name="categories of personal data"),
                ),
                (
                    "source_nl",
                    models.TextField(
                        help_text="Where the data come from when not from the guest (GDPR article 14).",
                        null=True,
                        verbose_name="source of the data",
                    ),
                ),
                (
                    "source_fr",
                    models.TextField(
                        help_text="Where the data come from when not from the guest (GDPR article 14).",
                        null=True,
                        verbose_name="source of the data",
                    ),
                ),
                (
                    "source_de",
                    models.TextField(
                        help_text="Where the data come from when not from the guest (GDPR article 14).",
                        null=True,
                        verbose_name="source of the data",
                    ),
                ),
                (
                    "source_en",
                    models.TextField(
                        help_text="Where the data come from when not from the guest (GDPR article 14).",
                        null=True,
                        verbose_name="source of the data",
                    ),
                ),
                (
                    "recipients_nl",
                    models.TextField(blank=True, null=True, verbose_name="recipients"),
                ),
                (
                    "recipients_fr",
                    models.TextField(blank=True, null=True, verbose_name="recipients"),
                ),
                (
                    "recipients_de",
                    models.TextField(blank=True, null=True, verbose_name="recipients"),
                ),
                (
                    "recipients_en",
                    models.TextField(blank=True, null=True, verbose_name="recipients"),
                ),
                ("updated_on", models.DateField(verbose_name="last updated on")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical privacy notice",
                "verbose_name_plural": "historical privacy notice",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="PrivacyNotice",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "singleton",
                    models.PositiveSmallIntegerField(default=1, editable=False, unique=True),
                ),
                ("controller", models.CharField(max_length=200, verbose_name="controller")),
                (
                    "controller_nl",
                    models.CharField(max_length=200, null=True, verbose_name="controller"),
                ),
                (
                    "controller_fr",
                    models.CharField(max_length=200, null=True, verbose_name="controller"),
                ),
                (
                    "controller_de",
                    models.CharField(max_length=200, null=True, verbose_name="controller"),
                ),
                (
                    "controller_en",
                    models.CharField(max_length=200, null=True, verbose_name="controller"),
                ),
                ("controller_address", models.TextField(verbose_name="controller's address")),
                (
                    "controller_address_nl",
                    models.TextField(null=True, verbose_name="controller's address"),
                ),
                (
                    "controller_address_fr",
                    models.TextField(null=True, verbose_name="controller's address"),
                ),
                (
                    "controller_address_de",
                    models.TextField(null=True, verbose_name="controller's address"),
                ),
                (
                    "controller_address_en",
                    models.TextField(null=True, verbose_name="controller's address"),
                ),
                (
                    "controller_email",
                    models.EmailField(max_length=254, verbose_name="controller's e-mail"),
                ),
                (
                    "dpo_email",
                    models.EmailField(
                        max_length=254, verbose_name="data protection officer's e-mail"
                    ),
                ),
                (
                    "purposes",
                    models.TextField(
                        help_text="Why the guest lists are kept and what they are used for.",
                        verbose_name="purposes",
                    ),
                ),
                (
                    "purposes_nl",
                    models.TextField(
                        help_text="Why the guest lists are kept and what they are used for.",
                        null=True,
                        verbose_name="purposes",
                    ),
                ),
                (
                    "purposes_fr",
                    models.TextField(
                        help_text="Why the guest lists are kept and what they are used for.",
                        null=True,
                        verbose_name="purposes",
                    ),
                ),
                (
                    "purposes_de",
                    models.TextField(
                        help_text="Why the guest lists are kept and what they are used for.",
                        null=True,
                        verbose_name="purposes",
                    ),
                ),
                (
                    "purposes_en",
                    models.TextField(
                        help_text="Why the guest lists are kept and what they are used for.",
                        null=True,
                        verbose_name="purposes",
                    ),
                ),
                (
                    "legal_basis",
                    models.TextField(
                        help_text="The basis in GDPR article 6, and the task or law behind it.",
                        verbose_name="legal basis",
                    ),
                ),
                (
                    "legal_basis_nl",
                    models.TextField(
                        help_text="The basis in GDPR article 6, and the task or law behind it.",
                        null=True,
                        verbose_name="legal basis",
                    ),
                ),
                (
                    "legal_basis_fr",
                    models.TextField(
                        help_text="The basis in GDPR article 6, and the task or law behind it.",
                        null=True,
                        verbose_name="legal basis",
                    ),
                ),
                (
                    "legal_basis_de",
                    models.TextField(
                        help_text="The basis in GDPR article 6, and the task or law behind it.",
                        null=True,
                        verbose_name="legal basis",
                    ),
                ),
                (
                    "legal_basis_en",
                    models.TextField(
                        help_text="The basis in GDPR article 6, and the task or law behind it.",
                        null=True,
                        verbose_name="legal basis",
                    ),
                ),
                ("data_categories", models.TextField(verbose_name="categories of personal data")),
                (
                    "data_categories_nl",
                    models.TextField(null=True, verbose_name="categories of personal data"),
                ),
                (
                    "data_categories_fr",
                    models.TextField(null=True, verbose_name="categories of personal data"),
                ),
                (
                    "data_categories_de",
                    models.TextField(null=True, verbose_name="categories of personal data"),
                ),
                (
                    "data_categories_en",
                    models.TextField(null=True, verbose_name="categories of personal data"),
                ),
                (
                    "source",
                    models.TextField(
                        help_text="Where the data come from when not from the guest (GDPR article 14).",
                        verbose_name="source of the data",
                    ),
                ),
                (
                    "source_nl",
                    models.TextField(
                        help_text="Where the data come from when not from the guest (GDPR article 14).",
                        null=True,
                        verbose_name="source of the data",
                    ),
                ),
                (
                    "source_fr",
                    models.TextField(
                        help_text="Where the data come from when not from the guest (GDPR article 14).",
                        null=True,
                        verbose_name="source of the data",
                    ),
                ),
                (
                    "source_de",
                    models.TextField(
                        help_text="Where the data come from when not from the guest (GDPR article 14).",
                        null=True,
                        verbose_name="source of the data",
                    ),
                ),
                (
                    "source_en",
                    models.TextField(
                        help_text="Where the data come from when not from the guest (GDPR article 14).",
                        null=True,
                        verbose_name="source of the data",
                    ),
                ),
                ("recipients", models.TextField(blank=True, verbose_name="recipients")),
                (
                    "recipients_nl",
                    models.TextField(blank=True, null=True, verbose_name="recipients"),
                ),
                (
                    "recipients_fr",
                    models.TextField(blank=True, null=True, verbose_name="recipients"),
                ),
                (
                    "recipients_de",
                    models.TextField(blank=True, null=True, verbose_name="recipients"),
                ),
                (
                    "recipients_en",
                    models.TextField(blank=True, null=True, verbose_name="recipients"),
                ),
                ("updated_on", models.DateField(verbose_name="last updated on")),
            ],
            options={
                "verbose_name": "privacy notice",
                "verbose_name_plural": "privacy notice",
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("singleton", 1)),
                        name="privacynotice_singleton",
                        violation_error_message="There is only one of these; change the existing one.",
                    )
                ],
            },
        ),
    ]
