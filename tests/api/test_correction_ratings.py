"""A correction names the ratings it changed between (`from_rating`, `to_rating`: slugs, as the
`rating` filter takes them) and its `reason`, beside the printed `note`: a partner mirroring
verdicts reads what changed without parsing a sentence."""

from factcheck.models import Correction, Rating

from ..factories import make_public_claim
from .callers import API, client_for, results


def _corrected():
    claim = make_public_claim(text="A corrected claim.")
    Correction.objects.create(
        claim=claim,
        version=claim.live_version,
        from_rating=Rating.objects.get(slug="false"),
        to_rating=Rating.objects.get(slug="accurate"),
        from_label="False",
        to_label="Accurate",
        reason="New evidence.",
    )
    return claim


EXPECTED = {"from_rating": "false", "to_rating": "accurate", "reason": "New evidence."}


def _fields(correction):
    return {name: correction[name] for name in EXPECTED}


def test_a_public_claims_list_names_a_corrections_ratings(db, client):
    claim = _corrected()
    listed = {item["id"]: item for item in results(client.get(f"{API}claims/"))}
    assert _fields(listed[claim.pk]["corrections"][0]) == EXPECTED


def test_a_public_claims_detail_names_a_corrections_ratings(db, client):
    claim = _corrected()
    assert _fields(client.get(f"{API}claims/{claim.pk}/").json()["corrections"][0]) == EXPECTED


def test_staff_read_a_corrections_ratings(desk, client):
    claim = _corrected()
    caller = client_for("editor", desk, client)
    detail = caller.get(f"{API}claims/{claim.pk}/?include=unpublished").json()
    assert _fields(detail["corrections"][0]) == EXPECTED
