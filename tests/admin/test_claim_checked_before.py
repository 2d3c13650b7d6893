"""The claim's change form shows published claims worded like it, from any briefing, with their
published verdicts and similarity: shown, never copied."""

import pytest
from django.urls import reverse

from factcheck.similarity import similar_claims

from ..factories import make_claim, make_public_claim, make_user

pytestmark = pytest.mark.django_db


def page(client, claim):
    client.force_login(make_user("editor", "Editor"))
    response = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_an_earlier_check_with_its_verdict_and_similarity(client):
    earlier = make_public_claim(text="Russia invaded Ukraine on February 24, 2022.")
    claim = make_claim(text="When did Russia begin its full-scale invasion of Ukraine?")

    html = page(client, claim)

    assert reverse("claim", args=[earlier.pk]) in html
    assert f"<strong>{earlier.live_version.rating_name}</strong>" in html
    (match,) = similar_claims(claim.text)
    assert f"similarity {match.similarity:.2f}" in html


def test_it_never_shows_the_claim_itself(client):
    claim = make_public_claim(text="Russia invaded Ukraine on February 24, 2022.")

    assert "No published claim like this one." in page(client, claim)


def test_it_leaves_the_working_copy_unrated(client):
    make_public_claim(text="Russia invaded Ukraine on February 24, 2022.")
    claim = make_claim(text="Russia invaded Ukraine in 2022.")

    page(client, claim)

    claim.refresh_from_db()
    assert claim.rating_id is None
