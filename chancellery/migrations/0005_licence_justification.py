"""Placeholder for open data (#18): the licence justification of an edition; its operations come with that work."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("chancellery", "0004_edition_history")]

    operations = []
