"""A claim's public page (/claims/<id>/) after the article was revised: where the statement stands
now, the notices for a reworded or removed statement, and its ClaimReview."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from briefings.importers import import_briefing
from factcheck import services

from ..factories import make_long_published_briefing, make_user, publish
from ..public.json_ld import json_ld_blocks
from .public_world import SLUG, revise

pytestmark = pytest.mark.django_db

FIRST_TEXT = f"/briefings/{SLUG}/revisions/1/"


def claim_page(client, claim, number=None):
    path = claim.get_absolute_url() if number is None else reverse("claim-version", args=[claim.pk, number])
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_a_removed_statements_claim_page_says_when_it_was_removed(client):
    revised = revise()
    page = claim_page(client, revised.claims["orphaned"])
    assert "This statement was removed from the article</strong> in the revision of 14 March 2026." in page


def test_a_removed_statements_claim_page_links_the_revision_that_still_has_it(client):
    revised = revise()
    page = claim_page(client, revised.claims["orphaned"])
    assert f'<a href="{FIRST_TEXT}#s-2">Read it in revision 1</a>, which still has it.' in page


def test_a_removed_statements_claim_page_quotes_it_in_its_paragraph_of_that_revision(client):
    revised = revise()
    page = claim_page(client, revised.claims["orphaned"])
    assert "The port handled 140 ships last week. <mark>Officials expect more.</mark> The mayor" in page
    assert f'<a href="{FIRST_TEXT}#s-2">See it in revision 1 of the article</a>' in page


def test_a_removed_statements_claim_page_keeps_its_verdict_and_history(client):
    revised = revise()
    page = claim_page(client, revised.claims["orphaned"])
    assert "<h1>Officials expect more ships.</h1>" in page
    assert "The port authority&#x27;s figures show 140 ships." in page


def test_a_reworded_statements_claim_page_shows_the_wording_it_checked(client):
    revised = revise()
    page = claim_page(client, revised.claims["changed"])
    assert "The article’s wording changed after this check." in page
    assert "The wording checked: “The budget is 3 million euros.”" in page


def test_a_reworded_statements_claim_page_quotes_the_new_wording_in_the_article(client):
    revised = revise()
    page = claim_page(client, revised.claims["changed"])
    assert "<mark>The budget is 4 million euros.</mark> The port handled" in page
    assert f'<a href="/briefings/{SLUG}/#s-4">See it in the article</a>' in page


def test_the_reworded_notice_goes_once_an_editor_confirms_the_new_wording(client):
    revised = revise()
    services.confirm_anchor(claim=revised.claim("changed"), user=make_user("ed", "Editor"))
    assert "wording changed after this check" not in claim_page(client, revised.claims["changed"])


@pytest.mark.parametrize("outcome", ["moved", "exact"])
def test_a_kept_statements_claim_page_has_no_notice(client, outcome):
    revised = revise()
    page = claim_page(client, revised.claims[outcome])
    assert 'class="wording-notice"' not in page


def test_a_moved_statements_claim_page_links_its_new_place_in_the_article(client):
    revised = revise()
    page = claim_page(client, revised.claims["moved"])
    assert f'<a href="/briefings/{SLUG}/#s-5">See it in the article</a>' in page
    assert "The budget is 4 million euros. <mark>The port handled 140 ships last week.</mark>" in page


def test_an_earlier_version_quotes_the_statement_in_the_revision_it_checked(client):
    revised = revise()
    publish(revised.claim("moved"))  # version 2 checks the statement where it now stands
    page = claim_page(client, revised.claims["moved"], number=1)
    assert f'<a href="{FIRST_TEXT}#s-1">See it in revision 1 of the article</a>' in page
    assert "<mark>The port handled 140 ships last week.</mark> Officials expect more." in page


def test_an_earlier_version_carries_no_notice(client):
    revised = revise()
    publish(revised.claim("changed"))
    assert 'class="wording-notice"' not in claim_page(client, revised.claims["changed"], number=1)


def test_a_removed_statements_claim_review_points_at_the_revision_that_has_it(client):
    revised = revise()
    (review,) = json_ld_blocks(claim_page(client, revised.claims["orphaned"]))
    appearance = review["itemReviewed"]["appearance"]
    assert appearance == [{"@type": "CreativeWork", "url": f"http://127.0.0.1:8000{FIRST_TEXT}#s-2"}]


def test_a_kept_statements_claim_review_points_at_the_article(client):
    revised = revise()
    (review,) = json_ld_blocks(claim_page(client, revised.claims["changed"]))
    appearance = review["itemReviewed"]["appearance"]
    assert appearance == [{"@type": "CreativeWork", "url": f"http://127.0.0.1:8000/briefings/{SLUG}/"}]


def test_the_api_serves_a_removed_statements_claim_review_as_the_page_embeds_it(client):
    revised = revise()
    (embedded,) = json_ld_blocks(claim_page(client, revised.claims["orphaned"]))
    served = client.get(f"/api/v1/claimreviews/{revised.claims['orphaned'].pk}/").json()
    assert served == embedded


def test_a_claim_page_runs_as_many_queries_after_a_revision(client):
    briefing = make_long_published_briefing(20)
    claim = briefing.statements.filter(claims__isnull=False).first().claims.get()
    with CaptureQueriesContext(connection) as before:
        claim_page(client, claim)
    import_briefing(briefing.original + "A sentence added.\n", slug=briefing.slug)
    with CaptureQueriesContext(connection) as after:
        claim_page(client, claim)
    assert len(after) == len(before)


@pytest.mark.parametrize("outcome", ["orphaned", "changed"])
def test_a_claim_page_does_not_load_the_revisions_documents(client, outcome):
    revised = revise()
    with CaptureQueriesContext(connection) as queries:
        claim_page(client, revised.claims[outcome])
    sql = " ".join(query["sql"] for query in queries)
    assert '"briefings_revision"."original"' not in sql
    assert '"briefings_revision"."text"' not in sql
