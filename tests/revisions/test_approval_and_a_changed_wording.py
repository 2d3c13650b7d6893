"""An approval is for the wording it saw. A revision that changes a statement's wording sends an
approved, unpublished verdict on it back to review, so no door publishes it on the old approval;
a published verdict stays live with its notice, and is not published again until an editor
confirms it for the new wording. (Before, an approved verdict went out against the new wording
and publishing cleared the notice: nobody had reviewed it for that wording.)"""

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from briefings.editing import split_statement
from factcheck import services
from factcheck.models import Claim
from factcheck.services import WorkflowError

from ..factories import make_claim, stored_state
from .conftest import CHECKED, statement_with

pytestmark = pytest.mark.django_db
S = Claim.Status


def approved_on(newsroom, name):
    """An approved verdict, not yet published, on the sentence of CHECKED[name]."""
    return make_claim(
        S.APPROVED,
        statement=statement_with(newsroom.briefing, CHECKED[name]),
        checked=True,
        text=f"Approved claim about {name}.",
        assignee=newsroom.checker,
        submitted_by=newsroom.checker,
        reviewed_by=newsroom.second_editor,
    )


@pytest.fixture
def lapsed(newsroom):
    """An approved verdict on the sentence whose number revision 2 changes."""
    claim = approved_on(newsroom, "number")
    newsroom.revise("number")
    return Claim.objects.get(pk=claim.pk)


def test_a_changed_wording_sends_an_approved_verdict_back_to_review(lapsed):
    assert (lapsed.status, lapsed.reviewed_by, lapsed.anchor) == (S.IN_REVIEW, None, "changed")


def test_the_history_says_the_approval_was_for_the_earlier_wording(lapsed):
    event = lapsed.events.order_by("created_at", "id").last()
    assert (event.action, event.from_status, event.to_status) == ("reanchored", S.APPROVED, S.IN_REVIEW)
    assert "approved for the earlier wording" in event.comment


def test_the_importer_does_not_become_a_reviser(newsroom, lapsed):
    assert not lapsed.revisers.exists()


def test_an_unchanged_wording_keeps_the_approval(newsroom):
    claim = approved_on(newsroom, "untouched")
    newsroom.revise("number")
    assert Claim.objects.get(pk=claim.pk).status == S.APPROVED


def test_the_service_refuses_to_publish_it_on_the_old_approval(newsroom, lapsed):
    before = stored_state(lapsed)
    with pytest.raises(WorkflowError, match="You cannot publish a claim that is in review"):
        services.take_action(claim=lapsed, action="publish", user=newsroom.editor)
    assert stored_state(lapsed) == before


def test_the_desk_button_refuses_to_publish_it(client, newsroom, lapsed):
    client.force_login(newsroom.editor)
    url = reverse("admin:factcheck_claim_workflow", args=[lapsed.pk, "publish"])
    response = client.post(url, {"opened_version": lapsed.version}, follow=True)
    assert "You cannot publish a claim that is in review" in response.text
    assert Claim.objects.get(pk=lapsed.pk).live_version is None


def test_the_command_refuses_to_publish_it(newsroom, lapsed):
    with pytest.raises(CommandError, match="in review"):
        call_command("claim_action", lapsed.pk, "publish", "--user", "editor")
    assert Claim.objects.get(pk=lapsed.pk).live_version is None


def test_publishing_the_briefing_leaves_it_out(newsroom, lapsed):
    newsroom.briefing.status = newsroom.briefing.Status.DRAFT
    newsroom.briefing.save()
    services.publish_briefing(briefing=newsroom.briefing, user=newsroom.editor)
    assert Claim.objects.get(pk=lapsed.pk).live_version is None


def test_approved_again_it_is_published_with_the_new_wording(newsroom, lapsed):
    claim = services.take_action(claim=lapsed, action="approve", user=newsroom.second_editor)
    claim = services.take_action(claim=claim, action="publish", user=newsroom.editor)
    assert (claim.anchor, "45-day" in claim.live_version.statement_text) == ("exact", True)


def test_a_published_verdict_with_a_changed_wording_is_not_published_again_unconfirmed(newsroom):
    newsroom.revise("number")
    claim = newsroom.claim("number")
    assert claim.anchor == "changed"
    Claim.objects.filter(pk=claim.pk).update(citations_changed=True)
    with pytest.raises(WorkflowError, match="no editor has confirmed the verdict for the new wording"):
        services.take_action(claim=newsroom.claim("number"), action="republish", user=newsroom.editor)
    assert newsroom.claim("number").live_version.number == 1


def test_once_confirmed_it_is_published_again(newsroom):
    newsroom.revise("number")
    Claim.objects.filter(pk=newsroom.claims["number"].pk).update(citations_changed=True)
    services.confirm_anchor(claim=newsroom.claim("number"), user=newsroom.editor)
    claim = services.take_action(
        claim=newsroom.claim("number"), action="republish", user=newsroom.second_editor
    )
    assert claim.live_version.number == 2


def test_a_published_verdict_keeps_its_live_version_and_status(newsroom):
    newsroom.revise("number")
    claim = newsroom.claim("number")
    assert (claim.status, claim.live_version.number) == (S.PUBLISHED, 1)


def test_the_desk_does_not_offer_to_publish_it_again_unconfirmed(newsroom):
    newsroom.revise("number")
    Claim.objects.filter(pk=newsroom.claims["number"].pk).update(citations_changed=True)
    assert "republish" not in {a.name for a in newsroom.claim("number").get_actions(newsroom.editor)}


def test_a_split_no_part_of_which_holds_it_sends_an_approved_verdict_back_to_review(newsroom):
    claim = approved_on(newsroom, "untouched")
    statement = claim.statement
    offset = statement.text.index(" ", len(statement.text) // 2)
    split_statement(statement=statement, offset=offset, user=newsroom.editor)
    claim = Claim.objects.get(pk=claim.pk)
    assert (claim.anchor, claim.status) == ("split", S.IN_REVIEW)
