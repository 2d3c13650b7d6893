"""What the database is asked for "has this been checked?": a claim that can reach the threshold
is never left out of the candidates, and they follow each claim's live version and its
briefing's state (PostgreSQL's stored keys, migration 0020; SQLite's FTS5 table, 0019)."""

import json
from pathlib import Path

import pytest
from django.db import connection

from factcheck import services, similarity
from factcheck.similarity import postgresql

from ..factories import make_public_claim, publish

DATA = Path(__file__).resolve().parent.parent / "data" / "claim_intelligence" / "paraphrases.jsonl"
INVASION = "Russia invaded Ukraine on February 24, 2022."
EURO = "Croatia adopted the euro on 1 January 2023, becoming the eurozone's 20th member."
on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's stored keys")


def _claim_keys(shared, total):
    return [f"key{number}" for number in range(shared)] + [f"own{number}" for number in range(total - shared)]


@pytest.mark.parametrize("asked_count", range(1, 13))
def test_no_claim_that_reaches_the_threshold_has_more_keys_than_its_group_allows(asked_count):
    asked = [f"key{number}" for number in range(asked_count)]
    for shared in range(1, min(3, asked_count) + 1):
        most = postgresql.most_keys(shared, asked, similarity.THRESHOLD)
        for total in range(shared, similarity.MAX_KEYS + 1):
            if similarity.score(asked, _claim_keys(shared, total)) >= similarity.THRESHOLD:
                assert total <= most, (shared, total)


def test_a_claim_sharing_one_of_three_keys_is_asked_for_only_with_at_most_two_keys_of_its_own():
    asked = ["croa", "adop", "euro"]

    query = postgresql.keys_tsquery(asked, asked, similarity.THRESHOLD)

    assert query == "('croa' | 'adop' | 'euro') & ('~1' | '~2') | ('croa' | 'adop')"


def test_only_the_rarest_keys_a_matching_claim_must_hold_one_of_are_asked_for_on_postgresql():
    asked = [f"key{number}" for number in range(14)]  # a claim must share five of the fourteen
    present = ["key9", "key3", *[f"key{number}" for number in range(14) if number not in (3, 9)]]

    query = postgresql.keys_tsquery(present, asked, similarity.THRESHOLD)

    assert query.endswith(
        " | ('key9' | 'key3' | 'key0' | 'key1' | 'key2' | 'key4' | 'key5' | 'key6' | 'key7')"
    )


def test_too_few_keys_in_the_archive_ask_postgresql_nothing():
    asked = [f"key{number}" for number in range(12)]  # a claim must share four of the twelve

    assert postgresql.keys_tsquery(["key3", "key7", "key8"], asked, similarity.THRESHOLD) == ""


def test_a_single_key_is_asked_for_alone():
    assert postgresql.keys_tsquery(["croa"], ["croa"], similarity.THRESHOLD) == "('croa')"


@pytest.mark.django_db
def test_a_corrected_claim_is_found_by_its_new_wording_and_no_longer_by_the_old():
    claim = make_public_claim(text=INVASION)
    claim.text = EURO
    publish(claim)

    assert [match.claim_id for match in similarity.similar_claims("When did Croatia adopt the euro?")] == [
        claim.pk
    ]
    assert similarity.similar_claims(INVASION) == []


@pytest.mark.django_db
def test_a_withdrawn_briefings_claims_are_no_longer_suggested(editor):
    claim = make_public_claim(text=INVASION)

    services.withdraw_briefing(briefing=claim.statement.briefing, user=editor)

    assert similarity.similar_claims(INVASION) == []


@on_postgresql
@pytest.mark.django_db
def test_the_database_stores_the_keys_the_matcher_reads_for_every_text_of_the_paraphrase_set():
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    texts = [row[field] for row in rows for field in ("claim", "query") if field in row]
    with connection.cursor() as cursor:
        for text in texts:
            cursor.execute("SELECT factcheck_match_keys(%s)::text", [text])
            stored = sorted(cursor.fetchone()[0].split())
            keys = similarity.keys(text)
            assert stored == sorted(f"'{key}'" for key in [*keys, f"~{len(keys)}"]), text


@on_postgresql
@pytest.mark.django_db
def test_a_new_version_stores_the_keys_of_its_own_wording():
    claim = make_public_claim(text=INVASION)
    claim.text = EURO
    publish(claim)
    claim.refresh_from_db()

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT match_keys::text FROM factcheck_claimversion WHERE id = %s", [claim.live_version_id]
        )
        stored = cursor.fetchone()[0]

    assert "'croa'" in stored
    assert "'russ'" not in stored
