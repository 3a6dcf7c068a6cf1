"""Placeholder for the data-collection calendar and its reminders (#20); its operations come with that work."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("chancellery", "0006_public_statements")]

    operations = []
