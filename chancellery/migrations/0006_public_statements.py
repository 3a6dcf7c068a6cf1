"""Placeholder for the accessibility statement and the privacy notice (#18); its operations come with that work."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("chancellery", "0005_licence_justification")]

    operations = []
