"""SQLite asks its index only for the rarest of a statement's keys (factcheck.similarity,
`sqlite.rarest_groups`, the FTS5 vocabulary of migration 0025; PostgreSQL likewise, `postgresql.keys_tsquery`): a long statement stays fast and still
finds every claim that can reach the threshold; the best public claims are found however many
candidates are not public."""

import pytest
from django.db import connection

from factcheck import similarity
from factcheck.models import Claim
from factcheck.similarity import public as public_check
from factcheck.similarity import sqlite

from ..factories import make_claim, make_public_claim, make_statement, publish

pytestmark = pytest.mark.django_db
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 vocabulary")
#: 24 keys, the most a text is keyed by; a claim of its last eight shares none of its first twelve.
LONG = (
    "Negotiators from Brussels, Ottawa, Santiago, Nairobi, Jakarta and Canberra gathered near "
    "Helsinki, drafting treaties covering fisheries, shipping lanes and mining quotas, after glacier "
    "melting exposed harbour ice and tundra."
)
LATER_KEYS = "Mining quotas rose as glacier melting exposed harbour ice and tundra."


def test_a_statement_whose_keys_are_too_few_in_the_archive_asks_the_index_nothing():
    asked = [f"k{index:03d}" for index in range(12)]  # a claim must share four of the twelve
    frequencies = {**dict.fromkeys(asked, 0), "k003": 5, "k007": 9}

    assert sqlite.rarest_groups(asked, frequencies, similarity.THRESHOLD) == ([], ["k003", "k007"])


def test_only_the_rarest_keys_a_matching_claim_must_hold_one_of_are_asked_for():
    asked = ["mini", "unem", "fell", "marc"]  # a claim must share two of the four
    frequencies = {"mini": 900, "unem": 40, "fell": 700, "marc": 60}

    groups, ranked = sqlite.rarest_groups(asked, frequencies, similarity.THRESHOLD)

    assert groups == [("unem",), ("marc",), ("fell",)]
    assert ranked == ["unem", "marc", "fell", "mini"]


@on_sqlite
def test_the_vocabulary_counts_the_versions_holding_each_key():
    make_public_claim(text="Inflation in Lisbon reached 7 per cent in 2022.")
    make_public_claim(text="The inflated figures for Lisbon were corrected.")

    frequencies = sqlite.frequencies(["infl", "lisb", "2022", "porto"])

    assert frequencies == {"infl": 2, "lisb": 2, "2022": 1, "porto": 0}


@on_sqlite
def test_a_key_with_diacritics_is_never_left_out_for_want_of_a_lookup():
    claim = make_public_claim(text="Gdańsk built 40 new ferries for the Baltic route.")

    matches = similarity.similar_claims("How many ferries did Gdańsk build for the Baltic?")

    assert sqlite.frequencies(["gdań"]) == {"gdań": float("inf")}
    assert [match.claim_id for match in matches] == [claim.pk]


def test_a_long_statement_finds_a_claim_sharing_only_its_later_keys():
    assert len(similarity.keys(LONG)) == similarity.MAX_KEYS
    claim = make_public_claim(text=LATER_KEYS)

    matches = similarity.similar_claims(LONG)

    assert [match.claim_id for match in matches] == [claim.pk]
    assert matches[0].similarity >= similarity.THRESHOLD


def test_the_best_public_claim_is_found_past_a_batch_of_unpublished_ones(monkeypatch):
    monkeypatch.setattr(public_check, "CHECKED_AT_ONCE", 1)
    for number in range(3):  # published, but in a draft briefing: candidates, never shown
        statement = make_statement(f"Draft {number}\nThe port handled {number} ships.\n")
        make_claim(Claim.Status.PUBLISHED, checked=True, statement=statement, text=LATER_KEYS)
    public = make_public_claim(text="Glacier melting exposed the harbour ice and the tundra.")

    matches = similarity.similar_claims(LATER_KEYS, limit=1)

    assert [match.claim_id for match in matches] == [public.pk]


def test_equally_similar_claims_come_in_claim_order_across_batches(monkeypatch):
    monkeypatch.setattr(public_check, "CHECKED_AT_ONCE", 1)
    claims = [make_public_claim(text=LATER_KEYS) for _ in range(4)]
    for claim in reversed(claims):  # the first claim's live version now the newest
        publish(claim)

    matches = similarity.similar_claims(LATER_KEYS, limit=1)

    assert [match.claim_id for match in matches] == [claims[0].pk]
