"""A partner newsroom's sync client: a full sync by cursor, then incremental syncs with
`updated_since`, deleting what comes back as a tombstone. After publications, corrections,
source re-publications, takedowns and republications its copy is exactly the public set."""

import pytest
from django.utils import timezone

from factcheck import services
from factcheck.models import Claim, Rating, Source

from ..factories import RATIONALE, answer_checklist, make_long_published_briefing, make_user, republish

API = "/api/v1/claims/"


def pages(client, params):
    """Every claim the list gives for `params`, following `next` to the end."""
    response = client.get(API, {"page_size": 2, **params})
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        yield from body["results"]
        if not body["next"]:
            return
        response = client.get(body["next"])


class Partner:
    """What a partner keeps: claims by id, and when its last complete sync started."""

    def __init__(self, client):
        self.client, self.copy, self.since = client, {}, None

    def sync(self):
        started = timezone.now()
        params = {"updated_since": self.since.isoformat()} if self.since else {}
        for claim in pages(self.client, params):
            if claim["status"] == "withdrawn":
                self.copy.pop(claim["id"], None)
            else:
                self.copy[claim["id"]] = claim
        self.since = started


def public_set(client):
    return {claim["id"]: claim for claim in pages(client, {})}


@pytest.fixture
def newsroom(db):
    people = {"editor": make_user("ed", "Editor"), "second": make_user("ed2", "Editor")}
    people["first"] = make_long_published_briefing(10)
    people["other"] = make_long_published_briefing(15)
    return people


def publish_a_new_claim(newsroom):
    statement = newsroom["first"].statements.filter(claims=None).first()
    claim = services.make_claim(statement=statement, user=newsroom["editor"])
    claim = services.take_action(claim=claim, action="take", user=newsroom["editor"])
    claim.rating, claim.rationale = Rating.objects.get(slug="not-checkable"), RATIONALE
    answer_checklist(claim)
    claim = services.save_claim(claim=claim, user=newsroom["editor"], opened_version=claim.version)
    claim = services.take_action(claim=claim, action="submit", user=newsroom["editor"])
    claim = services.take_action(claim=claim, action="approve", user=newsroom["second"])
    return services.take_action(claim=claim, action="publish", user=newsroom["second"])


def correct_a_claim():
    claim = Claim.objects.public().first()
    claim.rating = Rating.objects.get(slug="misleading")
    editor, second = make_user("fixer", "Editor"), make_user("fixer2", "Editor")
    return republish(claim, editor=editor, second_editor=second, comment="New figures.")


def republish_a_changed_source(newsroom):
    source = Source.objects.public().first()
    source.title = "Renamed report"
    services.save_source(source=source, user=newsroom["editor"])
    for claim in Claim.objects.filter(citations_changed=True):  # a second editor publishes the change
        services.take_action(claim=claim, action="republish", user=newsroom["second"])


def test_a_partner_ends_with_exactly_the_public_set(client, newsroom):
    partner = Partner(client)
    partner.sync()
    assert partner.copy == public_set(client)
    steps = [
        lambda: publish_a_new_claim(newsroom),
        correct_a_claim,
        lambda: republish_a_changed_source(newsroom),
        lambda: services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"]),
        lambda: services.publish_briefing(briefing=newsroom["other"], user=newsroom["editor"]),
        lambda: services.withdraw_briefing(
            briefing=newsroom["first"], user=newsroom["editor"], reason="Legal."
        ),
    ]
    for step in steps:
        step()
        partner.sync()
        assert partner.copy == public_set(client)
    assert set(partner.copy) == set(Claim.objects.public().values_list("pk", flat=True))


def test_an_incremental_sync_reports_a_takedown_as_tombstones(client, newsroom):
    since = timezone.now()
    services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"])
    gone = list(pages(client, {"updated_since": since.isoformat()}))
    withdrawn = newsroom["other"]
    withdrawn.refresh_from_db()
    assert gone
    assert all(set(claim) == {"id", "url", "status", "withdrawn_at"} for claim in gone)
    assert {claim["status"] for claim in gone} == {"withdrawn"}
    assert {claim["withdrawn_at"] for claim in gone} == {
        withdrawn.withdrawn_at.isoformat().replace("+00:00", "Z")
    }


def test_a_full_list_leaves_withdrawn_claims_out(client, newsroom):
    services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"])
    assert all(claim["status"] == "published" for claim in pages(client, {}))


def test_a_withdrawn_claims_detail_answers_410_with_a_json_notice(client, newsroom):
    claim = Claim.objects.public().filter(statement__briefing=newsroom["other"]).first()
    services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"], reason="A court order.")
    for url in [
        f"{API}{claim.pk}/",
        f"/api/v1/claimreviews/{claim.pk}/",
        f"/api/v1/statements/{claim.statement_id}/",
    ]:
        response = client.get(url)
        assert response.status_code == 410, url
        assert response.json()["status"] == "withdrawn"
        assert response.json()["reason"] == "A court order."
    assert client.get(f"/api/v1/briefings/{newsroom['other'].slug}/").status_code == 410


def test_a_410_writes_withdrawn_at_as_the_tombstone_does(client, newsroom):
    """A partner matching a 410 against its sync's tombstone compares the same text."""
    since = timezone.now()
    services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"])
    tombstone = next(pages(client, {"updated_since": since.isoformat()}))
    gone = client.get(f"{API}{tombstone['id']}/").json()
    assert gone["withdrawn_at"] == tombstone["withdrawn_at"]


def test_a_410_without_a_withdrawal_date_says_null(client, newsroom):
    """The schema's withdrawn_at is a date-time or null, never the text "None"."""
    claim = Claim.objects.public().filter(statement__briefing=newsroom["other"]).first()
    services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"])
    type(newsroom["other"]).objects.filter(pk=newsroom["other"].pk).update(withdrawn_at=None)
    assert client.get(f"{API}{claim.pk}/").json()["withdrawn_at"] is None


def test_a_tombstone_without_a_withdrawal_date_says_null(client, newsroom):
    since = timezone.now()
    services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"])
    type(newsroom["other"]).objects.filter(pk=newsroom["other"].pk).update(withdrawn_at=None)
    tombstones = list(pages(client, {"updated_since": since.isoformat()}))
    assert tombstones
    assert {tombstone["withdrawn_at"] for tombstone in tombstones} == {None}


def test_a_410_quotes_a_title_asking_a_question_with_no_second_stop(client, newsroom):
    claim = Claim.objects.public().filter(statement__briefing=newsroom["other"]).first()
    type(newsroom["other"]).objects.filter(pk=newsroom["other"].pk).update(title="Who pays?")
    services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"])
    assert client.get(f"{API}{claim.pk}/").json()["detail"] == "Withdrawn from publication with “Who pays?”"


def test_a_draft_that_was_never_published_stays_404(client, newsroom):
    claim = Claim.objects.create(statement=newsroom["first"].statements.last(), text="Never out.")
    assert client.get(f"{API}{claim.pk}/").status_code == 404


def test_staff_reading_unpublished_work_read_withdrawn_claims_in_full(client, newsroom):
    claim = Claim.objects.public().filter(statement__briefing=newsroom["other"]).first()
    services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"])
    client.force_login(newsroom["editor"])
    response = client.get(f"{API}{claim.pk}/", {"include": "unpublished"})
    assert response.status_code == 200
    assert response.json()["text"] == claim.text
