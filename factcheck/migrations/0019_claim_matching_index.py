"""The index behind "has this been checked?" (factcheck.similarity): the claims' texts by their
words' first letters, so a suggestion reads a few index pages instead of every claim.

SQLite: an FTS5 table over the claim versions' text (external content: it holds only the index,
kept current by triggers on every insert, update and delete, bulk inserts included) with a
4-letter prefix index, the key the matcher looks words up by. PostgreSQL: a GIN index over
`to_tsvector('simple', text)`, the expression the matcher queries with prefix searches. Other
databases get nothing and the matcher scans."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

TABLE = "factcheck_claimversion_match"
PG_INDEX = "claimversion_match_simple"

SQLITE_CREATE = [
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, content='factcheck_claimversion', content_rowid='id', "
    "prefix='4', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {TABLE}_ai AFTER INSERT ON factcheck_claimversion BEGIN "
    f"INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text); END",
    f"CREATE TRIGGER {TABLE}_ad AFTER DELETE ON factcheck_claimversion BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text); END",
    f"CREATE TRIGGER {TABLE}_au AFTER UPDATE OF text ON factcheck_claimversion BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text); "
    f"INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text); END",
    f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS {TABLE}_ai",
    f"DROP TRIGGER IF EXISTS {TABLE}_ad",
    f"DROP TRIGGER IF EXISTS {TABLE}_au",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def _pg_index():
    return GinIndex(SearchVector("text", config="simple"), name=PG_INDEX)


def add(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for sql in SQLITE_CREATE:
            schema_editor.execute(sql)
    elif vendor == "postgresql":
        schema_editor.add_index(apps.get_model("factcheck", "ClaimVersion"), _pg_index())


def remove(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for sql in SQLITE_DROP:
            schema_editor.execute(sql)
    elif vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("factcheck", "ClaimVersion"), _pg_index())


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0018_claim_public_changes")]

    operations = [migrations.RunPython(add, remove)]
