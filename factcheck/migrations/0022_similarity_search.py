"""PostgreSQL: each claim version's matching keys (factcheck.similarity.keys) stored beside its
text, and indexed, so that "has this been checked?" reads a few index pages instead of computing
`to_tsvector` again for every claim that shares a common word.

`match_keys` is a generated column (PostgreSQL keeps it current on every insert and every change
of the text, bulk inserts included) computed by `factcheck_match_keys(text)`, the SQL twin of
`similarity.keys`: the text's words lower-cased, stop words and words under three letters left
out, each cut to its first four letters (numbers whole), the first 24 in order of appearance, as
a tsvector of exact lexemes; plus one lexeme `~N`, N the number of keys, so that the matcher can
ask for "shares this key and has at most N keys" inside the index (docs/claim-intelligence.md,
"Speed"). The stop words are copied here, frozen: if `similarity.STOP_WORDS` changes, a new
migration must replace the function (tests/claim_intelligence/test_similarity_postgres.py
compares the two on the paraphrase set). The expression index of migration 0019 is dropped: the
matcher no longer asks it.

SQLite and other databases: nothing (SQLite keeps its FTS5 table of migration 0019)."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

TABLE = "factcheck_claimversion"
OLD_INDEX = "claimversion_match_simple"
INDEX = "claimversion_match_keys"
STOP_WORDS = """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom whose why will with would you your yours yourself yourselves true false really actually
    said says say according claim claims claimed did does whether ever still yet since already
    many much one two three per cent percent year years time times""".split()

FUNCTION = f"""
CREATE FUNCTION factcheck_match_keys(body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH words AS (
        SELECT found[1] AS word, place
        FROM regexp_matches(lower(body), '[[:alnum:]]+', 'g') WITH ORDINALITY AS matched(found, place)
    ), keyed AS (
        SELECT CASE WHEN word ~ '^[0-9]+$' THEN word ELSE left(word, 4) END AS key, min(place) AS first
        FROM words
        WHERE word <> ALL ('{{{",".join(sorted(set(STOP_WORDS)))}}}'::text[])
          AND (length(word) >= 3 OR word ~ '^[0-9]+$')
        GROUP BY 1
        ORDER BY first
        LIMIT 24
    )
    SELECT array_to_tsvector(coalesce(array_agg(key), '{{}}') || ('~' || count(*)))
    FROM keyed
$$
"""

POSTGRES_ADD = [
    FUNCTION,
    f"ALTER TABLE {TABLE} ADD COLUMN match_keys tsvector "
    "GENERATED ALWAYS AS (factcheck_match_keys(text)) STORED",
    f"CREATE INDEX {INDEX} ON {TABLE} USING gin (match_keys)",
    f"DROP INDEX IF EXISTS {OLD_INDEX}",
]
POSTGRES_REMOVE = [
    f"DROP INDEX IF EXISTS {INDEX}",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS match_keys",
    "DROP FUNCTION IF EXISTS factcheck_match_keys(text)",
]


def add(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in POSTGRES_ADD:
        schema_editor.execute(sql)


def remove(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in POSTGRES_REMOVE:
        schema_editor.execute(sql)
    schema_editor.add_index(
        apps.get_model("factcheck", "ClaimVersion"),
        GinIndex(SearchVector("text", config="simple"), name=OLD_INDEX),
    )


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0021_submission")]

    operations = [migrations.RunPython(add, remove)]
