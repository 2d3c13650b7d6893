"""The index finds every claim that can reach the threshold (factcheck.similarity, asked only for
the rarest keys a matching claim must hold): its answers equal those of scoring every public
claim, on SQLite (FTS5 and its vocabulary) and PostgreSQL (stored keys and the counts kept by
migration 0026), for questions, whole statements and the longest texts; and PostgreSQL's counts
follow every insert, change and delete of a version."""

import json
import random
from pathlib import Path

import pytest
from django.db import connection

from factcheck import similarity
from factcheck.benchdata.sentences import sentence
from factcheck.models import Claim, ClaimVersion
from factcheck.similarity.postgresql import VERSION_KEYS

from ..factories import make_public_claim, publish

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parent.parent / "data" / "claim_intelligence" / "paraphrases.jsonl"
on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's key counts")
LONG = (
    "Negotiators from Brussels, Ottawa, Santiago, Nairobi, Jakarta and Canberra gathered near "
    "Helsinki, drafting treaties covering fisheries, shipping lanes and mining quotas, after glacier "
    "melting exposed harbour ice and tundra."
)


def _paraphrases():
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    return [row["claim"] for row in rows if "claim" in row], [row["query"] for row in rows if "query" in row]


def _answers(texts):
    return {text: similarity.similar_claims(text, limit=500) for text in texts}


def test_the_index_answers_as_scoring_every_public_claim_would(monkeypatch):
    claims, questions = _paraphrases()
    rng = random.Random(18)
    archive = [
        *claims,
        *(sentence(rng) for _ in range(60)),
        "Mining quotas rose as glacier melting exposed ice.",
    ]
    for text in archive:
        make_public_claim(text=text)
    asked = [*questions, *claims[:20], *(sentence(rng) for _ in range(30)), LONG]

    by_index = _answers(asked)
    monkeypatch.setattr(similarity, "_candidate_versions", lambda asked, threshold: None)
    by_scoring = _answers(asked)

    assert sum(map(bool, by_index.values())) > len(asked) // 2
    assert by_index == by_scoring


def _counted():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key, versions FROM {similarity.KEY_COUNTS}")
        return dict(cursor.fetchall())


def _actual():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT key, count(*) FROM factcheck_claimversion, unnest(tsvector_to_array(match_keys)) AS key "
            "GROUP BY key"
        )
        return dict(cursor.fetchall())


def _change(before, after):
    changed = {key: after.get(key, 0) - before.get(key, 0) for key in {*before, *after}}
    return {key: change for key, change in changed.items() if change}


@on_postgresql
def test_postgresql_counts_the_versions_holding_each_key_through_new_versions_and_deletes():
    # Compared as changes: a TRUNCATE by an earlier test (which fires no trigger) leaves counts too high.
    counted, actual = _counted(), _actual()
    first = make_public_claim(text="Inflation in Lisbon reached 7 per cent in 2022.")
    second = make_public_claim(text="The inflated figures for Lisbon were corrected.")
    second.text = "Porto's harbour handled 140 ships."
    publish(second)
    Claim.objects.filter(pk=first.pk).update(live_version=None)
    ClaimVersion.objects.filter(claim=first).delete()  # versions are kept in use; the trigger must follow

    change = _change(actual, _actual())
    assert _change(counted, _counted()) == change
    assert change["lisb"] == 1  # the second claim's first version is kept
    assert "reac" not in change  # the first claim's only version is gone


def _keys_in(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, match_keys::text FROM {table} ORDER BY id")
        return cursor.fetchall()


@on_postgresql
def test_postgresql_copies_each_versions_keys_through_new_versions_changes_and_deletes():
    first = make_public_claim(text="Inflation in Lisbon reached 7 per cent in 2022.")
    second = make_public_claim(text="The inflated figures for Lisbon were corrected.")
    second.text = "Porto's harbour handled 140 ships."
    publish(second)
    ClaimVersion.objects.filter(pk=second.live_version_id).update(text="Porto's harbour handled 150 ferries.")
    Claim.objects.filter(pk=first.pk).update(live_version=None)
    ClaimVersion.objects.filter(claim=first).delete()

    copied = _keys_in(VERSION_KEYS)
    assert copied == _keys_in("factcheck_claimversion")
    assert "'ferr'" in dict(copied)[second.live_version_id]


@on_postgresql
def test_postgresql_empties_the_copy_of_the_keys_when_the_versions_are_truncated():
    make_public_claim(text="Inflation in Lisbon reached 7 per cent in 2022.")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred checks pending, as TRUNCATE needs
        cursor.execute("TRUNCATE factcheck_claimversion CASCADE")

    assert _keys_in(VERSION_KEYS) == []


@on_postgresql
def test_postgresql_writes_new_keys_straight_into_the_index_with_no_pending_list():
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'claimversion_keys_match'")
        (options,) = cursor.fetchone()

    assert "fastupdate=off" in (options or [])
