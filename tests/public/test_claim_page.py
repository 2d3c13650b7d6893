"""A published verdict's permanent page (/claims/<id>/), with its ClaimReview."""

import re

import pytest
from django.contrib.auth import get_user_model

from factcheck import services
from factcheck.models import Claim, ClaimVersion, Rating
from factcheck.states import Anchor

from ..factories import make_claim, make_long_published_briefing, make_public_claim, make_user
from .json_ld import json_ld_blocks, json_ld_sources
from .rich_world import rich_world

BRIEFING_URL = "/briefings/russia-peace-proposals/"


def test_it_shows_the_whole_fact_check(client, demo):
    claim = Claim.objects.public().get(text__startswith="Russia invaded Ukraine")
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "<mark>Despite diplomatic efforts, these negotiations ultimately failed" in page
    assert claim.rating.definition in page
    assert "Researched by Chris Checker" in page
    assert "Edited by Eda Editor" in page
    assert "Published " in page
    assert "The full-scale invasion began on 24 February 2022." in page


def test_it_prints_the_correction_log(client, demo):
    claim = Claim.objects.public().get(text__startswith="Russia invaded Ukraine")
    editor = claim.reviewed_by
    claim.rating = Rating.objects.get(slug="mostly-accurate")
    claim = services.save_claim(
        claim=claim, user=editor, opened_version=claim.version, comment="Timing clarified."
    )
    other = make_user("editor2", "Editor")
    services.take_action(
        claim=services.take_action(claim=claim, action="approve", user=other), action="publish", user=other
    )
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Rating changed from Accurate to Mostly accurate on " in page
    assert ": Timing clarified." in page


@pytest.mark.parametrize(
    "status", ["new", "in_progress", "in_review", "changes_requested", "approved", "dismissed"]
)
def test_it_does_not_find_a_claim_that_is_not_published(client, db, status):
    claim = make_claim(status, checked=True)
    claim.statement.briefing.status = "published"
    claim.statement.briefing.save()
    assert client.get(claim.get_absolute_url()).status_code == 404


def test_it_does_not_find_a_published_claim_in_a_draft_briefing(client, db):
    claim = make_claim("published", checked=True)
    assert client.get(claim.get_absolute_url()).status_code == 404


def test_it_never_credits_staff_by_username(client, db):
    claim = make_claim("published", checked=True)
    claim.submitted_by = get_user_model().objects.create_user("jdoe-desk", is_staff=True)
    claim.save()
    claim.statement.briefing.status = "published"
    claim.statement.briefing.save()
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "jdoe-desk" not in page
    assert "Researched by" not in page


def test_it_refuses_post(client, demo):
    claim = Claim.objects.public().first()
    assert client.post(claim.get_absolute_url()).status_code == 405


@pytest.mark.parametrize("statement_count", [10, 500])
def test_it_runs_a_constant_number_of_queries(client, db, statement_count, django_assert_max_num_queries):
    make_long_published_briefing(statement_count)
    claim = Claim.objects.public().first()
    with django_assert_max_num_queries(12):
        assert client.get(claim.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("anchor", [Anchor.EXACT, Anchor.CHANGED, Anchor.ORPHANED])
def test_it_reads_nothing_its_query_left_out_wherever_the_claim_stands(
    client, db, anchor, django_assert_max_num_queries
):
    """Six queries: the live version leaves out most of the claim's columns (`live_for_page`), and
    reading one of them would cost a seventh."""
    rich_world()
    claim = Claim.objects.public().filter(anchor=anchor).first()
    with django_assert_max_num_queries(6):
        assert client.get(claim.get_absolute_url()).status_code == 200


# ClaimReview


def test_it_carries_exactly_one_claim_review(client, demo):
    claim = Claim.objects.public().get(text__startswith="Donald Trump")
    reviews = json_ld_blocks(client.get(claim.get_absolute_url()).content.decode())
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["url"].endswith(claim.get_absolute_url())
    assert (
        review["claimReviewed"] == "Donald Trump was a former U.S. president when the ceasefire was proposed."
    )
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Misleading",
    }
    assert review["author"]["@type"] == "Organization"
    assert review["author"]["name"] == "Factdesk"
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["appearance"][0]["url"].endswith(BRIEFING_URL)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["datePublished"])


def test_its_claim_review_names_an_off_scale_verdict_without_numbers(client, db):
    claim = make_public_claim(checked=False, rating=Rating.objects.get(slug="not-checkable"))
    review = json_ld_blocks(client.get(claim.get_absolute_url()).content.decode())[0]
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Not checkable"}


LONG_CLAIM = (
    "The port handled 140 ships last week, more than in any other week since the records began in 1950."
)


def claim_reviewed(client, **fields):
    claim = make_public_claim(text=LONG_CLAIM, **fields)
    return json_ld_blocks(client.get(claim.get_absolute_url()).content.decode())[0]["claimReviewed"]


def test_its_claim_reviewed_is_the_claims_short_form_when_it_has_one(client, db):
    short = "The port handled a record 140 ships last week."
    assert claim_reviewed(client, short_text=short) == short


def test_its_claim_reviewed_is_the_whole_claim_when_it_fits_and_has_no_short_form(client, db):
    claim = make_public_claim(text="The port handled 140 ships last week.")
    review = json_ld_blocks(client.get(claim.get_absolute_url()).content.decode())[0]
    assert review["claimReviewed"] == "The port handled 140 ships last week."


def test_its_claim_reviewed_cuts_a_long_claim_without_a_short_form_at_a_word(client, db):
    """Issue 19: a claim of more than 75 characters used to go out whole. Published without a
    short form (the checklist's `short_form` switched off), it is cut after the last whole word
    that fits, with an ellipsis: at most 75 characters, never a broken word."""
    claim = make_public_claim(text=LONG_CLAIM)
    ClaimVersion.objects.filter(pk=claim.live_version_id).update(short_text="")
    review = json_ld_blocks(client.get(claim.get_absolute_url()).content.decode())[0]
    assert (
        review["claimReviewed"] == "The port handled 140 ships last week, more than in any other week since…"
    )
    assert len(review["claimReviewed"]) <= 75


def test_its_claim_review_json_cannot_break_out_of_its_script_tag(client, db):
    claim = make_public_claim(text="</script><script>alert(1)</script> & more")
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    review = json_ld_blocks(html)[0]
    assert review["claimReviewed"] == "</script><script>alert(1)</script> & more"


def test_its_claim_review_json_carries_no_raw_line_or_paragraph_separator(client, db):
    """JSON allows U+2028 and U+2029 in strings; JavaScript before ES2019 reads them as line ends,
    so a reader that handles the block as script would break on a claimant's pasted name."""
    claimant = "Officials\u2028said\u2029so"
    claim = make_public_claim(claimant=claimant)
    html = client.get(claim.get_absolute_url()).content.decode()
    (block,) = json_ld_sources(html)
    assert "\u2028" not in block
    assert "\u2029" not in block
    assert json_ld_blocks(html)[0]["itemReviewed"]["author"]["name"] == claimant


def test_it_shows_an_editor_no_unpublished_claim_either(client, demo_editor):
    client.force_login(demo_editor)
    for claim in Claim.objects.exclude(status="published"):
        assert client.get(claim.get_absolute_url()).status_code == 404
