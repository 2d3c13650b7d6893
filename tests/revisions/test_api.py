"""What the API says of a revised article: each claim's `anchor` and its statement in the current
revision, each briefing's `revisions`, and the statements of the current revision."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from briefings.models import Briefing, Statement

from ..api.callers import API, results
from ..factories import make_user
from .public_world import SLUG, revise

pytestmark = pytest.mark.django_db

OUTCOMES = ("exact", "moved", "changed", "orphaned")
READERS = ["the public", "staff reading working copies"]


def reader(client, who):
    """A client for `who`, and the query that reads as they do."""
    if who == "the public":
        return client, {}
    client.force_login(make_user("desk-editor", "Editor"))
    return client, {"include": "unpublished"}


def claim_detail(client, claim, params=None):
    response = client.get(f"{API}claims/{claim.pk}/", params or {})
    assert response.status_code == 200, response.content
    return response.json()


def current_statement(text):
    return Statement.objects.current().get(briefing__slug=SLUG, text=text)


# -- claims ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", READERS)
@pytest.mark.parametrize("outcome", OUTCOMES)
def test_a_claim_says_how_its_statement_stands_in_the_current_revision(client, outcome, who):
    revised = revise()
    client, params = reader(client, who)
    assert claim_detail(client, revised.claims[outcome], params)["anchor"] == outcome


@pytest.mark.parametrize("who", READERS)
def test_a_moved_claims_statement_is_the_one_in_the_current_revision(client, who):
    revised = revise()
    client, params = reader(client, who)
    statement = claim_detail(client, revised.claims["moved"], params)["statement"]
    now = current_statement("The port handled 140 ships last week.")
    assert (statement["id"], statement["position"]) == (now.pk, 5)


@pytest.mark.parametrize("who", READERS)
def test_a_reworded_claims_statement_reads_in_its_new_wording(client, who):
    revised = revise()
    client, params = reader(client, who)
    statement = claim_detail(client, revised.claims["changed"], params)["statement"]
    assert statement["text"] == "The budget is 4 million euros."
    assert statement["id"] == current_statement("The budget is 4 million euros.").pk


def test_a_reworded_claim_keeps_the_verdict_as_published(client):
    revised = revise()
    claim = claim_detail(client, revised.claims["changed"])
    assert (claim["text"], claim["rating"]["slug"]) == ("The budget is 3 million euros.", "accurate")


@pytest.mark.parametrize("who", READERS)
def test_a_removed_statements_claim_has_no_statement_and_keeps_its_briefing(client, who):
    revised = revise()
    client, params = reader(client, who)
    claim = claim_detail(client, revised.claims["orphaned"], params)
    assert claim["statement"] is None
    assert claim["briefing"] == SLUG


def test_the_claims_list_says_each_claims_anchor(client):
    revise()
    listed = {claim["text"]: claim["anchor"] for claim in results(client.get(f"{API}claims/"))}
    assert sorted(listed.values()) == sorted(OUTCOMES)


def test_the_claims_list_keeps_a_removed_statements_claim_in_its_briefing(client):
    revised = revise()
    listed = results(client.get(f"{API}claims/", {"briefing": SLUG}))
    assert revised.claims["orphaned"].pk in {claim["id"] for claim in listed}


# -- briefings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["briefings/", f"briefings/{SLUG}/"])
def test_a_briefing_lists_its_revisions_in_order_with_their_public_pages(client, path):
    revise()
    answer = client.get(f"{API}{path}").json()
    briefing = answer["results"][0] if "results" in answer else answer
    assert briefing["revisions"] == [
        {
            "number": 1,
            "title": "Harbour report",
            "imported_at": "2026-01-05T09:00:00Z",
            "url": f"http://testserver/briefings/{SLUG}/revisions/1/",
        },
        {
            "number": 2,
            "title": "Harbour report, updated",
            "imported_at": "2026-03-14T09:00:00Z",
            "url": f"http://testserver/briefings/{SLUG}/revisions/2/",
        },
    ]


def test_a_briefings_revision_urls_are_its_public_revision_pages(client):
    revise()
    for revision in client.get(f"{API}briefings/{SLUG}/").json()["revisions"]:
        assert client.get(revision["url"]).status_code == 200


def test_staff_read_a_draft_briefings_revisions(client):
    revise(status=Briefing.Status.DRAFT)
    client, params = reader(client, "staff")
    answer = client.get(f"{API}briefings/{SLUG}/", params).json()
    assert [revision["number"] for revision in answer["revisions"]] == [1, 2]


def test_a_briefings_detail_holds_the_current_revisions_statements_only(client):
    revise()
    sections = client.get(f"{API}briefings/{SLUG}/").json()["sections"]
    texts = [statement["text"] for section in sections for statement in section["statements"]]
    assert texts == [
        "Traffic rose again.",
        "Rain fell too.",
        "The mayor opened a new quay.",
        "The budget is 4 million euros.",
        "The port handled 140 ships last week.",
    ]


def test_a_briefings_detail_places_each_claim_at_its_current_statement(client):
    revised = revise()
    sections = client.get(f"{API}briefings/{SLUG}/").json()["sections"]
    placed = {
        claim["id"]: statement["position"]
        for section in sections
        for statement in section["statements"]
        for claim in statement["claims"]
    }
    claims = revised.claims
    assert placed == {claims["moved"].pk: 5, claims["exact"].pk: 3, claims["changed"].pk: 4}


# -- statements -----------------------------------------------------------------------------------


def test_the_statements_list_holds_the_current_revisions_statements(client):
    revise()
    listed = results(client.get(f"{API}statements/", {"briefing": SLUG}))
    assert [statement["text"] for statement in listed][0] == "Traffic rose again."
    assert {statement["revision"] for statement in listed} == {2}
    assert len(listed) == 5


def test_the_statements_list_holds_an_earlier_revisions_statements_when_asked(client):
    revise()
    listed = results(client.get(f"{API}statements/", {"briefing": SLUG, "revision": 1}))
    assert "Officials expect more." in {statement["text"] for statement in listed}
    assert {statement["revision"] for statement in listed} == {1}


def test_an_earlier_revisions_statement_stays_readable_at_its_address(client):
    revised = revise()
    old = revised.claim("orphaned").statement
    answer = client.get(f"{API}statements/{old.pk}/").json()
    assert (answer["text"], answer["revision"]) == ("Officials expect more.", 1)
    assert [claim["id"] for claim in answer["claims"]] == [revised.claims["orphaned"].pk]


def test_a_draft_articles_earlier_statement_is_not_found_by_the_public(client):
    revised = revise(status=Briefing.Status.DRAFT)
    old = revised.claim("orphaned").statement
    assert client.get(f"{API}statements/{old.pk}/").status_code == 404


def test_the_statements_list_refuses_a_revision_that_is_no_number(client):
    revise()
    response = client.get(f"{API}statements/", {"revision": "first"})
    assert response.status_code == 400
    assert "revision" in response.json()


# -- the ClaimReview ------------------------------------------------------------------------------


def test_a_removed_statements_claim_review_points_at_the_revision_that_has_it(client):
    revised = revise()
    review = client.get(f"{API}claimreviews/{revised.claims['orphaned'].pk}/").json()
    url = "http://127.0.0.1:8000" + reverse("briefing-revision", args=[SLUG, 1]) + "#s-2"
    assert review["itemReviewed"]["appearance"] == [{"@type": "CreativeWork", "url": url}]


@pytest.mark.parametrize("path", ["briefings/", f"briefings/{SLUG}/", "statements/", "claimreviews/"])
def test_no_answer_loads_the_revisions_documents(client, path):
    revise()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"{API}{path}").status_code == 200
    sql = " ".join(query["sql"] for query in queries)
    assert '"briefings_revision"."original"' not in sql
    assert '"briefings_revision"."text"' not in sql
