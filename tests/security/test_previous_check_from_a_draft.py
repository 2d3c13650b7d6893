"""A verdict can be published before its briefing is: its claim then has a live version while
readers may not open it. Linking it as "previously checked" from a public claim is allowed (the
service asks only for a live version), so what readers see of the link must follow the public
record: neither the claim page nor the API names an earlier check from a draft briefing."""

import pytest

from factcheck import services
from factcheck.models import Claim

from ..factories import make_claim, make_public_claim, make_statement, make_user

DRAFT_WORDING = "A verdict of the draft briefing that nobody outside has read."


@pytest.fixture
def linked(db):
    draft = make_statement("A draft briefing\nThe mayor opened twelve schools last year.\n")
    earlier = make_claim(Claim.Status.PUBLISHED, checked=True, text=DRAFT_WORDING, statement=draft)
    claim = make_public_claim()
    assert earlier.live_version_id
    assert not Claim.objects.public().filter(pk=earlier.pk).exists()
    services.link_previous_check(claim=claim, earlier=earlier, user=make_user("editor", "Editor"))
    return claim, earlier


def test_the_claim_page_does_not_name_an_earlier_check_from_a_draft_briefing(client, linked):
    claim, _ = linked
    assert DRAFT_WORDING not in client.get(f"/claims/{claim.pk}/").content.decode()


def test_the_api_does_not_name_an_earlier_check_from_a_draft_briefing(client, linked):
    claim, earlier = linked
    assert client.get(f"/api/v1/claims/{claim.pk}/").json()["previously_checked"] == []
    assert f"/claims/{earlier.pk}/" not in client.get("/api/v1/claims/").content.decode()


def test_both_name_it_once_its_briefing_is_published(client, linked):
    """What the two tests above look for is what a published link shows."""
    claim, earlier = linked
    briefing = earlier.statement.briefing
    briefing.status = briefing.Status.PUBLISHED
    briefing.save()
    assert DRAFT_WORDING in client.get(f"/claims/{claim.pk}/").content.decode()
    assert client.get(f"/api/v1/claims/{claim.pk}/").json()["previously_checked"][0]["id"] == earlier.pk
