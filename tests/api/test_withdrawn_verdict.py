"""One verdict withdrawn in the API: its detail answers 410 Gone in JSON, the lists drop it, and
an incremental sync (`updated_since`) gives its tombstone."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from factcheck import services

from ..factories import make_public_claim

pytestmark = pytest.mark.django_db
REASON = "The port's figures were misread."


def iso(moment):
    return moment.isoformat().replace("+00:00", "Z")


@pytest.fixture
def withdrawn(editor):
    return services.withdraw_claim(claim=make_public_claim(), user=editor, reason=REASON)


def test_its_detail_answers_410_with_when_and_why(client, withdrawn):
    response = client.get(f"/api/v1/claims/{withdrawn.pk}/")
    assert response.status_code == 410
    body = response.json()
    assert (body["status"], body["reason"]) == ("withdrawn", REASON)
    assert body["withdrawn_at"] == iso(withdrawn.withdrawn_at)


def test_its_claim_review_detail_answers_410(client, withdrawn):
    assert client.get(f"/api/v1/claimreviews/{withdrawn.pk}/").status_code == 410


def test_the_list_drops_it(client, withdrawn):
    ids = [claim["id"] for claim in client.get("/api/v1/claims/").json()["results"]]
    assert withdrawn.pk not in ids


def test_a_sync_gives_its_tombstone(client, editor):
    started = timezone.now()
    claim = services.withdraw_claim(claim=make_public_claim(), user=editor, reason=REASON)
    results = client.get("/api/v1/claims/", {"updated_since": started.isoformat()}).json()["results"]
    assert results == [
        {
            "id": claim.pk,
            "url": f"http://testserver/api/v1/claims/{claim.pk}/",
            "status": "withdrawn",
            "withdrawn_at": iso(claim.withdrawn_at),
        }
    ]


def test_a_sync_lists_it_again_once_a_new_version_is_published(client, editor, checker):
    claim = services.withdraw_claim(claim=make_public_claim(), user=editor, reason=REASON)
    claim.assignee = checker
    claim.save()
    claim = services.take_action(claim=claim, action="reconsider", user=editor, comment="Recount.")
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(claim=claim, action="approve", user=editor)
    started = timezone.now()
    services.take_action(claim=claim, action="publish", user=editor)
    results = client.get("/api/v1/claims/", {"updated_since": started.isoformat()}).json()["results"]
    assert [(item["id"], item["status"]) for item in results] == [(claim.pk, "published")]


def sync_queries(client, started):
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/api/v1/claims/", {"updated_since": started.isoformat()}).status_code == 200
    return len(captured)


def test_a_syncs_queries_do_not_grow_with_its_tombstones(client, editor):
    started = timezone.now()
    claims = [make_public_claim() for _ in range(4)]
    services.withdraw_claim(claim=claims[0], user=editor, reason=REASON)
    one = sync_queries(client, started)
    for claim in claims[1:]:
        services.withdraw_claim(claim=claim, user=editor, reason=REASON)
    assert 0 < sync_queries(client, started) <= one  # 0 would be a cached answer
