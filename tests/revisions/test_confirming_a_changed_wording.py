"""`confirm_anchor`, called directly: who may confirm that a verdict holds for the new wording."""

import pytest

from factcheck import services
from factcheck.models import Claim, ClaimEvent
from factcheck.services import EditConflict, WorkflowError

from ..factories import make_staff, make_user
from .conftest import revised

pytestmark = pytest.mark.django_db


@pytest.fixture
def changed(newsroom):
    """The sample revised with an edited number: its claim's link is `changed`."""
    newsroom.revise("number")
    claim = newsroom.claim("number")
    claim.anchor = Claim.Anchor.CHANGED  # whatever the matcher says, this test is about confirming
    claim.save()
    return claim


def test_an_editor_confirms_a_changed_wording(newsroom, changed):
    claim = services.confirm_anchor(claim=changed, user=newsroom.editor, opened_version=changed.version)
    assert claim.anchor == "exact"


def test_confirming_is_recorded_on_the_claims_history(newsroom, changed):
    services.confirm_anchor(claim=changed, user=newsroom.editor, comment="Same claim.")
    event = ClaimEvent.objects.filter(claim=changed).first()
    assert (event.action, event.actor, event.comment) == ("anchor_confirmed", newsroom.editor, "Same claim.")


def test_confirming_a_published_verdict_is_a_public_change(newsroom, changed):
    before = changed.public_changed_at
    claim = services.confirm_anchor(claim=changed, user=newsroom.editor)
    assert claim.public_changed_at > before


def test_it_refuses_a_checker(newsroom, changed):
    with pytest.raises(WorkflowError, match="An editor who did not research"):
        services.confirm_anchor(claim=changed, user=newsroom.checker)
    assert Claim.objects.get(pk=changed.pk).anchor == "changed"


def test_it_refuses_the_editor_who_researched_the_verdict(newsroom, changed):
    researcher = make_user("researching-editor", "Editor")
    Claim.objects.filter(pk=changed.pk).update(submitted_by=researcher)
    with pytest.raises(WorkflowError, match="An editor who did not research"):
        services.confirm_anchor(claim=changed, user=researcher)


def test_it_refuses_staff_without_a_role(newsroom, changed):
    with pytest.raises(WorkflowError):
        services.confirm_anchor(claim=changed, user=make_staff())


def test_it_refuses_a_claim_whose_wording_did_not_change(newsroom):
    claim = newsroom.claim("untouched")
    with pytest.raises(WorkflowError, match="Only a claim whose statement's wording changed"):
        services.confirm_anchor(claim=claim, user=newsroom.editor)


def test_it_refuses_a_stale_page(newsroom, changed):
    with pytest.raises(EditConflict):
        services.confirm_anchor(claim=changed, user=newsroom.editor, opened_version=changed.version - 1)
    assert Claim.objects.get(pk=changed.pk).anchor == "changed"


def test_publishing_a_new_version_settles_a_changed_wording(newsroom, changed):
    claim = Claim.objects.get(pk=changed.pk)
    claim.rationale = "Checked again against the new wording: the figure it gives is the one that the port authority publishes."
    claim = services.save_claim(claim=claim, user=newsroom.editor, opened_version=claim.version)
    claim = services.take_action(claim=claim, action="approve", user=newsroom.second_editor)
    claim = services.take_action(claim=claim, action="publish", user=newsroom.second_editor)
    assert (claim.anchor, "45-day" in claim.live_version.statement_text) == ("exact", True)


def test_the_revised_sample_holds_the_new_number():
    assert "45-day" in revised("number")
