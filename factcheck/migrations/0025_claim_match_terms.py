"""SQLite: the FTS5 index's own vocabulary (an `fts5vocab` table over the index of migration
0019: each term with the number of claim versions holding it), read by "has this been checked?"
to ask the index only for the rarest of a statement's keys and to skip a statement whose keys
are too few in the archive to reach the threshold (factcheck.similarity, docs/claim-intelligence.md,
"Speed"). A view onto the index: it stores nothing and needs no upkeep.

PostgreSQL and other databases: nothing (PostgreSQL asks its stored keys, migration 0022)."""

from django.db import migrations

TABLE = "factcheck_claimversion_match_terms"


def add(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE {TABLE} USING fts5vocab(factcheck_claimversion_match, 'row')"
        )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0024_checklist")]

    operations = [migrations.RunPython(add, remove)]
