"""PostgreSQL: each claim version's matching keys (`match_keys`, migration 0022) copied into a
narrow table of their own, `factcheck_claimversion_keys` (the version's id and its keys, about
150 bytes a row), under the GIN index the matcher asks; the index on the claim versions
themselves is dropped.

Why: the exact search (factcheck.similarity.postgresql.counted) reads every version holding one
of a statement's rarest keys and counts the keys it shares, up to 50,000 versions for a sentence
of common words. A claim version's row is about 870 bytes (its text, rationale, rating and
checklist), nine to a page, and its keys come after twenty-six other columns; read from the
narrow table (55 rows to a page) the same look took 20 ms instead of 40–69 ms, and the bench
sentences' p95 fell by about a third (docs/benchmarks.md, "Issue 18: the keys in a table of
their own").

Statement-level triggers keep the copy exact, as migration 0026 keeps the counts: inserted
versions are copied in one INSERT … SELECT (a bulk insert of 100,000 versions is one statement),
deleted ones removed, a changed text's keys replaced, and a TRUNCATE of the versions (which
fires no row or statement trigger of the other kinds) empties the copy, so that an id used again
never meets the keys of an earlier version.

The index is built without GIN's pending list (`fastupdate = off`): with it, new keys wait in an
unsorted list that every search reads whole until a vacuum merges them (up to 4 MB, about 15,000
versions); 3,000 versions waiting there added 6–13 ms to a bench sentence's p95. Versions are
published one at a time, where writing the index directly costs about 35 µs; a bulk insert of
96,888 versions took 3.3 s instead of 0.7 s. SQLite and other databases: nothing."""

from django.db import migrations

TABLE = "factcheck_claimversion_keys"
SOURCE = "factcheck_claimversion"
INDEX = "claimversion_keys_match"
OLD_INDEX = "claimversion_match_keys"
TRIGGERS = {  # trigger: (event, transition tables, what the copy must do)
    f"{TABLE}_insert": (
        "INSERT",
        "REFERENCING NEW TABLE AS changed",
        f"INSERT INTO {TABLE} (id, match_keys) SELECT id, match_keys FROM changed",
    ),
    f"{TABLE}_delete": (
        "DELETE",
        "REFERENCING OLD TABLE AS changed",
        f"DELETE FROM {TABLE} WHERE id IN (SELECT id FROM changed)",
    ),
    f"{TABLE}_update": (
        "UPDATE",  # a column list and transition tables do not go together
        "REFERENCING NEW TABLE AS changed",
        f"UPDATE {TABLE} SET match_keys = changed.match_keys FROM changed "
        f"WHERE {TABLE}.id = changed.id AND {TABLE}.match_keys IS DISTINCT FROM changed.match_keys",
    ),
    f"{TABLE}_truncate": ("TRUNCATE", "", f"TRUNCATE {TABLE}"),
}


def _function(name, change):
    return f"""
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {change};
    RETURN NULL;
END
$$"""


def add(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE TABLE {TABLE} (id bigint PRIMARY KEY, match_keys tsvector NOT NULL)")
    schema_editor.execute(f"INSERT INTO {TABLE} (id, match_keys) SELECT id, match_keys FROM {SOURCE}")
    schema_editor.execute(f"CREATE INDEX {INDEX} ON {TABLE} USING gin (match_keys) WITH (fastupdate = off)")
    for name, (event, tables, change) in TRIGGERS.items():
        schema_editor.execute(_function(name, change))
        schema_editor.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON {SOURCE} {tables} FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def remove(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON {SOURCE} USING gin (match_keys)")
    for name in TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {SOURCE}")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")
    schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0027_window_counts")]

    operations = [migrations.RunPython(add, remove)]
