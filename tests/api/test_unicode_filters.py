"""Text filters outside ASCII: "any case" holds for every letter, and a decomposed accent (as
macOS and some keyboards send it) finds the same text as a composed one."""

import unicodedata

from factcheck.models import CitedEvidence, ClaimVersion

from .callers import API, results


def claim_ids(client, **params):
    return sorted(claim["id"] for claim in results(client.get(f"{API}claims/", {"page_size": 200, **params})))


def source_ids(client, **params):
    return sorted(source["id"] for source in results(client.get(f"{API}sources/", params)))


def name_a_claimant(desk, name):
    claim = desk.public_claims[0]
    ClaimVersion.objects.filter(live_of=claim).update(claimant=name)
    return claim


def test_a_claimant_in_capitals_with_accents_finds_the_claim(desk, client):
    claim = name_a_claimant(desk, "Tomás García")
    assert claim_ids(client, claimant="GARCÍA") == [claim.pk]


def test_a_claimant_in_lower_case_finds_a_name_written_in_capitals(desk, client):
    claim = name_a_claimant(desk, "ŁUKASZ ŻÓŁW")
    assert claim_ids(client, claimant="łukasz żółw") == [claim.pk]


def test_a_claimant_with_a_decomposed_accent_finds_the_composed_name(desk, client):
    claim = name_a_claimant(desk, "Tomás García")
    assert claim_ids(client, claimant=unicodedata.normalize("NFD", "García")) == [claim.pk]


def test_a_search_word_in_capitals_outside_ascii_finds_the_claim(desk, client):
    claim = desk.public_claims[0]
    ClaimVersion.objects.filter(live_of=claim).update(text="The port of Gdańsk handled more ships.")
    assert claim_ids(client, q="GDAŃSK") == [claim.pk]


def test_a_checker_word_in_capitals_outside_ascii_finds_the_claim(desk, client):
    claim = desk.public_claims[0]
    ClaimVersion.objects.filter(live_of=claim).update(researched_by="Zoë Ødegård")
    assert claim_ids(client, checker="ØDEGÅRD") == [claim.pk]


def test_a_publisher_in_capitals_outside_ascii_finds_the_source(desk, client):
    source = desk.public_sources[0]
    CitedEvidence.objects.filter(cited_source=source).update(publisher="Gazeta Wyborcza, Łódź")
    assert source_ids(client, publisher="ŁÓDŹ") == [source.pk]


def test_a_percent_sign_in_a_folded_search_is_still_a_literal_character(desk, client):
    claim = desk.public_claims[0]
    ClaimVersion.objects.filter(live_of=claim).update(text="Prices rose 5% in Zürich.")
    assert claim_ids(client, q="5% ZÜRICH") == [claim.pk]
    assert claim_ids(client, q="Z%RICH") == []
