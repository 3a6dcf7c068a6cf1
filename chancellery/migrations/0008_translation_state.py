"""The source tracking of translations (#19): which source text each translation was made from."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("chancellery", "0007_collection_calendar"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="TranslationState",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("object_id", models.PositiveBigIntegerField(verbose_name="record")),
                ("field", models.CharField(max_length=100, verbose_name="field")),
                ("language", models.CharField(max_length=5, verbose_name="language")),
                (
                    "source_language",
                    models.CharField(max_length=5, verbose_name="source language"),
                ),
                (
                    "source_hash",
                    models.CharField(max_length=64, verbose_name="SHA-256 of the source text"),
                ),
                (
                    "translated_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="translated at"),
                ),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        to="contenttypes.contenttype",
                        verbose_name="record type",
                    ),
                ),
                (
                    "translated_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="translated by",
                    ),
                ),
            ],
            options={
                "verbose_name": "translation state",
                "verbose_name_plural": "translation states",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("content_type", "object_id", "field", "language"),
                        name="translationstate_unique_field_language",
                        violation_error_message="This translation already has its state.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("language", models.F("source_language")), _negated=True
                        ),
                        name="translationstate_not_its_own_source",
                        violation_error_message="A text is not a translation of itself.",
                    ),
                ],
            },
        ),
    ]
