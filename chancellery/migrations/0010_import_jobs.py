from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("chancellery", "0009_edition_notify"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ImportJob",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("model", models.CharField(max_length=100, verbose_name="model")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                (
                    "state",
                    models.CharField(
                        choices=[
                            ("checking", "being checked"),
                            ("ready", "ready to import"),
                            ("refused", "refused"),
                            ("importing", "being imported"),
                            ("done", "imported"),
                            ("failed", "failed"),
                        ],
                        default="checking",
                        max_length=10,
                        verbose_name="state",
                    ),
                ),
                ("file_name", models.CharField(max_length=255, verbose_name="file name")),
                ("file_format", models.PositiveSmallIntegerField(verbose_name="file format")),
                (
                    "content",
                    models.BinaryField(editable=False, null=True, verbose_name="content"),
                ),
                ("rows_total", models.PositiveIntegerField(default=0, verbose_name="rows")),
                ("rows_done", models.PositiveIntegerField(default=0, verbose_name="rows done")),
                ("totals", models.JSONField(default=dict, verbose_name="totals")),
                ("errors", models.JSONField(default=list, verbose_name="errors")),
                (
                    "error_count",
                    models.PositiveIntegerField(default=0, verbose_name="error count"),
                ),
                (
                    "finished_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="finished at"),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="user",
                    ),
                ),
            ],
            options={"verbose_name": "import job", "verbose_name_plural": "import jobs"},
        ),
    ]
