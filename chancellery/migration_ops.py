"""Migration operations the domain apps share.

``AddRuleConstraint`` adds a CHECK constraint for a rule that records entered before it may break
(an extraordinary meeting without a subject, staff figures dated in another year). PostgreSQL
adds it ``NOT VALID``: every row written from then on is checked, the rows already stored are
not, so that the migration never fails on a year's data. Those records are what the dashboard's
completeness check lists, with a link to fix them; once changed, a record must satisfy the rule
like any other. Elsewhere (SQLite in development, where the data is the demo's) the constraint is
added as Django adds it, checking every row.

The migration state is the plain ``AddConstraint``'s: ``makemigrations`` sees the model's
``Meta.constraints`` and nothing else.
"""

from __future__ import annotations

from django.db import migrations
from django.db.models import CheckConstraint


def add_not_valid(schema_editor, model, constraint: CheckConstraint) -> None:
    """Add ``constraint`` to ``model``'s table without checking the rows already stored
    (PostgreSQL's ``NOT VALID``); every row written from then on is checked."""
    statement = constraint.create_sql(model, schema_editor)
    # The check's values are inlined by the schema editor: no parameters to pass.
    schema_editor.execute(f"{statement} NOT VALID", params=None)


class AddRuleConstraint(migrations.AddConstraint):
    """AddConstraint of a CheckConstraint, ``NOT VALID`` on PostgreSQL (rows stored before the
    rule are left to the completeness check)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.model_name)
        if (
            schema_editor.connection.vendor != "postgresql"
            or not isinstance(self.constraint, CheckConstraint)
            or not self.allow_migrate_model(schema_editor.connection.alias, model)
        ):
            return super().database_forwards(app_label, schema_editor, from_state, to_state)
        add_not_valid(schema_editor, model, self.constraint)

    def describe(self) -> str:
        return f"{super().describe()} (not validated on the rows already stored)"
