"""Every write to the tables that decide which stored file answers a public URL notifies the
application's processes (``NOTIFY chancellery_editions``, with the writing transaction's id), so
that they may keep those answers in memory between writes (chancellery/serving.py). PostgreSQL
only: on another engine the processes ask the database on every request."""

from django.db import migrations

TABLES = ("chancellery_annualreport", "chancellery_edition", "chancellery_editionfile")

FUNCTION = """
CREATE OR REPLACE FUNCTION chancellery_editions_changed() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('chancellery_editions', pg_current_xact_id()::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""

TRIGGER = """
CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
FOR EACH STATEMENT EXECUTE FUNCTION chancellery_editions_changed()
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    for table in TABLES:
        schema_editor.execute(TRIGGER.format(table=table))


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS chancellery_editions_changed()")


class Migration(migrations.Migration):
    dependencies = [("chancellery", "0008_translation_state")]

    operations = [migrations.RunPython(create, drop)]
