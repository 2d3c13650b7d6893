"""PostgreSQL: how many claim versions hold each matching key (the lexemes of `match_keys`,
migration 0022), kept by the database itself, so that "has this been checked?" can ask its index
only for the rarest of a statement's keys and skip a statement whose keys are too few in the
archive to reach the threshold, as SQLite does with its FTS5 vocabulary (migration 0025;
factcheck.similarity, docs/claim-intelligence.md, "Speed").

Three statement-level triggers with transition tables add and subtract each statement's rows by
key in one upsert (a bulk insert of 100,000 versions is one aggregate, not 100,000 trigger calls),
keys in order so that two writers lock the same counts in the same order. Measured against the
alternatives (docs/benchmarks.md, "Issue 18: rarest keys on PostgreSQL, and the import rate on
PostgreSQL"): counting each key through the GIN index at query time, `ts_stat`, or the planner's
statistics (`pg_stats`: a sample, often stale, and blind to rare keys).

A count may only be too high, never too low, for the matcher to stay exact (a key counted absent
is never asked for): TRUNCATE fires none of these triggers and leaves counts too high, which
costs only speed. SQLite and other databases: nothing."""

from django.db import migrations

TABLE = "factcheck_claimversion_key_counts"
SOURCE = "factcheck_claimversion"
TRIGGERS = {  # trigger: (event, transition tables, change of the counts)
    f"{TABLE}_insert": ("INSERT", "NEW TABLE AS changed", "SELECT key, count(*) FROM {changed}"),
    f"{TABLE}_delete": ("DELETE", "OLD TABLE AS changed", "SELECT key, -count(*) FROM {changed}"),
    f"{TABLE}_update": (
        "UPDATE",  # a column list and transition tables do not go together; other changes net to 0
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        "SELECT key, sum(change) FROM ("
        "SELECT key, 1 AS change FROM {new_rows} UNION ALL SELECT key, -1 FROM {old_rows}) AS changes",
    ),
}
KEYS_OF = "{rows}, unnest(tsvector_to_array({rows}.match_keys)) AS key"


def _function(name, change):
    source = change.format(
        **{rows: KEYS_OF.format(rows=rows) for rows in ("changed", "new_rows", "old_rows")}
    )
    return f"""
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {TABLE} (key, versions)
    SELECT key, total FROM ({source} GROUP BY key) AS counted (key, total)
    WHERE total <> 0
    ORDER BY key
    ON CONFLICT (key) DO UPDATE SET versions = {TABLE}.versions + excluded.versions;
    RETURN NULL;
END
$$"""


def add(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE TABLE {TABLE} (key text PRIMARY KEY, versions integer NOT NULL)")
    schema_editor.execute(
        f"INSERT INTO {TABLE} (key, versions) SELECT key, count(*) FROM {KEYS_OF.format(rows=SOURCE)} GROUP BY key"
    )
    for name, (event, tables, change) in TRIGGERS.items():
        schema_editor.execute(_function(name, change))
        schema_editor.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON {SOURCE} REFERENCING {tables} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {SOURCE}")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")
    schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0025_claim_match_terms")]

    operations = [migrations.RunPython(add, remove)]
