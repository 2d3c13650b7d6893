"""A new revision is a public change for the API: a re-anchored public claim's `updated_at`
moves (so an incremental sync fetches it), and the ETag and Last-Modified of its detail and of
the lists move with it, so no cache keeps serving the old statement."""

import datetime as dt
from email.utils import parsedate_to_datetime

import pytest

from ..api.callers import API, results
from ..factories import age_everything, make_user
from .public_world import SLUG, import_second_text, publish_first_text

pytestmark = pytest.mark.django_db

LISTS = ["briefings/", "statements/", "claims/", "claimreviews/"]


@pytest.fixture
def first_text():
    """The first text published a while ago, with its claims."""
    briefing, claims = publish_first_text()
    age_everything()
    return briefing, claims


def revised_since(first_text, *paths, client, **params):
    """The answers at `paths` before the second text, then the article revised (and everything
    aged a minute, so that Last-Modified is sent), and the claims as they stand."""
    before = {path: client.get(f"{API}{path}", params) for path in paths}
    revised = import_second_text(*first_text)
    age_everything(dt.timedelta(minutes=1))
    return before, revised


def claim_path(claim):
    return f"claims/{claim.pk}/"


@pytest.mark.parametrize("outcome", ["moved", "changed", "orphaned"])
def test_reanchoring_moves_a_public_claims_updated_at(client, first_text, outcome):
    path = claim_path(first_text[1][outcome])
    before, _ = revised_since(first_text, path, client=client)
    after = client.get(f"{API}{path}").json()
    assert after["updated_at"] > before[path].json()["updated_at"]


def test_reanchoring_in_place_moves_a_public_claims_updated_at_too(client, first_text):
    path = claim_path(first_text[1]["exact"])
    before, _ = revised_since(first_text, path, client=client)
    after = client.get(f"{API}{path}").json()
    assert after["statement"]["id"] != before[path].json()["statement"]["id"]
    assert after["updated_at"] > before[path].json()["updated_at"]


@pytest.mark.parametrize("outcome", ["exact", "moved", "changed", "orphaned"])
def test_reanchoring_changes_a_claim_details_etag_and_last_modified(client, first_text, outcome):
    path = claim_path(first_text[1][outcome])
    before, _ = revised_since(first_text, path, client=client)
    assert client.get(f"{API}{path}", HTTP_IF_NONE_MATCH=before[path]["ETag"]).status_code == 200
    after = client.get(f"{API}{path}", HTTP_IF_MODIFIED_SINCE=before[path]["Last-Modified"])
    assert after.status_code == 200
    assert parsedate_to_datetime(after["Last-Modified"]) > parsedate_to_datetime(
        before[path]["Last-Modified"]
    )


@pytest.mark.parametrize("path", LISTS)
def test_a_revision_changes_each_lists_etag_and_last_modified(client, first_text, path):
    before, _ = revised_since(first_text, path, client=client)
    assert client.get(f"{API}{path}", HTTP_IF_NONE_MATCH=before[path]["ETag"]).status_code == 200
    after = client.get(f"{API}{path}", HTTP_IF_MODIFIED_SINCE=before[path]["Last-Modified"])
    assert after.status_code == 200
    assert parsedate_to_datetime(after["Last-Modified"]) > parsedate_to_datetime(
        before[path]["Last-Modified"]
    )


def test_a_revision_changes_the_briefings_etag_and_last_modified(client, first_text):
    path = f"briefings/{SLUG}/"
    before, _ = revised_since(first_text, path, client=client)
    assert client.get(f"{API}{path}", HTTP_IF_NONE_MATCH=before[path]["ETag"]).status_code == 200
    after = client.get(f"{API}{path}", HTTP_IF_MODIFIED_SINCE=before[path]["Last-Modified"])
    assert after.status_code == 200


def test_an_incremental_sync_after_a_revision_fetches_the_moved_reworded_and_cut_claims(client, first_text):
    since = client.get(f"{API}claims/")["Last-Modified"]
    _, revised = revised_since(first_text, client=client)
    synced = {
        claim["id"]
        for claim in results(client.get(f"{API}claims/", {"updated_since": parsedate_to_datetime(since)}))
    }
    assert {revised.claims[outcome].pk for outcome in ("moved", "changed", "orphaned")} <= synced


def test_staff_syncing_working_copies_fetch_every_reanchored_claim(client, first_text):
    client.force_login(make_user("desk-editor", "Editor"))
    since = parsedate_to_datetime(client.get(f"{API}claims/", {"include": "unpublished"})["Last-Modified"])
    _, revised = revised_since(first_text, client=client)
    synced = results(client.get(f"{API}claims/", {"include": "unpublished", "updated_since": since}))
    assert {claim["id"] for claim in synced} == {claim.pk for claim in revised.claims.values()}
