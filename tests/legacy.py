"""Records entered before a rule existed: the database checks the rule on new rows only
(``chancellery.migration_ops.AddRuleConstraint``), so such a record stays until someone fixes it,
and the completeness check lists it. Tests write one the way it came to be: the constraint taken
off, the row written, the constraint put back as the migration adds it (``NOT VALID``)."""

from contextlib import contextmanager

from django.db import connection

from chancellery.migration_ops import add_not_valid


@contextmanager
def before_the_rule(model, constraint_name: str):
    """Inside, ``model`` accepts rows that break ``constraint_name``; after, new rows are checked
    again while the ones written inside stay (the test's transaction undoes it all)."""
    constraint = next(c for c in model._meta.constraints if c.name == constraint_name)
    # Deferred foreign key checks of rows the test wrote would forbid the ALTER TABLE.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with connection.schema_editor(atomic=False) as editor:
        editor.remove_constraint(model, constraint)
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with connection.schema_editor(atomic=False) as editor:
        add_not_valid(editor, model, constraint)
