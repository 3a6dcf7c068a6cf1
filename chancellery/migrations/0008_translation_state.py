"""Placeholder for the source tracking of translations (#19); its operations come with that work."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("chancellery", "0007_collection_calendar")]

    operations = []
