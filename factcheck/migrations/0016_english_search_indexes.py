"""GIN indexes for PostgreSQL's full-text search (factcheck.search) over the English texts, the
archive's bulk: each the exact expression the search filters on, `to_tsvector('english', …)` of
the fields it searches, so a query reads the index instead of parsing every text. SQLite's
search matches words and needs none. Built by Django from the same expressions the search uses
(so they cannot drift apart by a quote or a cast); not in the models' Meta, as SQLite cannot hold
them."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

#: (app, model, fields searched, index name): factcheck.search's calls of `_matching`.
INDEXES = [
    ("briefings", "Statement", ["text"], "statement_search_english"),
    ("factcheck", "ClaimVersion", ["text", "rationale", "claimant"], "claimversion_search_english"),
    ("factcheck", "CitedEvidence", ["title", "publisher", "url"], "citedevidence_search_english"),
]


def _index(fields, name):
    return GinIndex(SearchVector(*fields, config="english"), name=name)


def add(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for app, model, fields, name in INDEXES:
        schema_editor.add_index(apps.get_model(app, model), _index(fields, name))


def remove(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for app, model, fields, name in INDEXES:
        schema_editor.remove_index(apps.get_model(app, model), _index(fields, name))


class Migration(migrations.Migration):
    dependencies = [
        ("briefings", "0008_statement_edits"),
        ("factcheck", "0015_claimant_index"),
    ]

    operations = [migrations.RunPython(add, remove)]
