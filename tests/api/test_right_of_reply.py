"""A claim's `right_of_reply` in the API: what the claim's page prints of it, from the published
version for the public and from the working copy for staff who include unpublished work."""

import datetime

import pytest

from factcheck.models import ClaimVersion

from ..factories import make_public_claim, make_user

pytestmark = pytest.mark.django_db


def detail(client, claim, **query):
    response = client.get(f"/api/v1/claims/{claim.pk}/", query)
    assert response.status_code == 200, response.content
    return response.json()["right_of_reply"]


def test_a_contacted_claimant_comes_with_the_date_and_what_they_said(client):
    claim = make_public_claim(
        reply_status="contacted", contacted_on=datetime.date(2024, 6, 1), reply_note="They stood by it."
    )
    assert detail(client, claim) == {
        "status": "contacted",
        "contacted_on": "2024-06-01",
        "note": "They stood by it.",
    }


def test_a_claimant_not_contacted_comes_with_why(client):
    claim = make_public_claim(reply_status="not_contacted", reply_note="The account was deleted.")
    assert detail(client, claim) == {
        "status": "not_contacted",
        "contacted_on": None,
        "note": "The account was deleted.",
    }


def test_not_applicable_gives_no_note_as_the_page_prints_none(client):
    claim = make_public_claim(reply_status="not_applicable", reply_note="Desk's own remark.")
    assert detail(client, claim) == {"status": "not_applicable", "contacted_on": None, "note": ""}


def test_a_verdict_published_before_the_checklist_gives_null(client):
    claim = make_public_claim()
    ClaimVersion.objects.filter(claim=claim).update(reply_status="")
    assert detail(client, claim) is None


def test_the_public_reads_the_published_version_not_later_work(client):
    claim = make_public_claim(reply_status="not_contacted", reply_note="No address.")
    claim.reply_status, claim.contacted_on = "contacted", datetime.date(2025, 1, 2)
    claim.save()
    assert detail(client, claim)["status"] == "not_contacted"


def test_staff_including_unpublished_work_read_the_working_copy(client):
    claim = make_public_claim(reply_status="not_contacted", reply_note="No address.")
    claim.reply_status, claim.contacted_on = "contacted", datetime.date(2025, 1, 2)
    claim.save()
    client.force_login(make_user("editor", "Editor"))
    assert detail(client, claim, include="unpublished")["contacted_on"] == "2025-01-02"


def test_the_list_gives_what_the_detail_gives(client):
    claim = make_public_claim(
        reply_status="contacted", contacted_on=datetime.date(2024, 6, 1), reply_note="They stood by it."
    )
    listed = client.get("/api/v1/claims/").json()["results"]
    assert [item["right_of_reply"] for item in listed] == [detail(client, claim)]


def test_the_schema_documents_it(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    fields = schema["components"]["schemas"]["Claim"]["properties"]
    assert "right_of_reply" in fields
    assert set(schema["components"]["schemas"]["RightOfReply"]["properties"]) == {
        "status",
        "contacted_on",
        "note",
    }
