"""Open data (#18): an edition under another licence than CC0 states why, in Dutch and French."""

from django.db import migrations, models

HELP_TEXT = (
    "Required for any licence other than CC0 1.0: why these figures are not in the public domain "
    "(Royal Decree of 2 June 2019 on federal open data)."
)


def _field(null: bool) -> models.TextField:
    return models.TextField(
        blank=True, help_text=HELP_TEXT, null=null, verbose_name="justification of the licence"
    )


class Migration(migrations.Migration):
    dependencies = [("chancellery", "0004_edition_history")]

    operations = [
        migrations.AddField(
            model_name="edition", name="licence_justification", field=_field(null=False)
        ),
        *[
            migrations.AddField(
                model_name=model, name=f"licence_justification_{code}", field=_field(null=True)
            )
            for model in ("edition", "historicaledition")
            for code in ("nl", "fr", "de", "en")
        ],
        migrations.AddConstraint(
            model_name="edition",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("licence", "cc0-1.0"),
                    models.Q(
                        ("licence_justification_fr__isnull", False),
                        ("licence_justification_fr__regex", "\\S"),
                        ("licence_justification_nl__isnull", False),
                        ("licence_justification_nl__regex", "\\S"),
                    ),
                    _connector="OR",
                ),
                name="edition_licence_justified",
                violation_error_message=(
                    "A licence other than CC0 1.0 needs its justification in Dutch and French."
                ),
            ),
        ),
    ]
