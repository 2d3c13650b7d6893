"""services.withdraw_claim: an editor withdraws one published verdict (a retraction)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from factcheck import rules, services
from factcheck.models import Claim, ClaimVersion

from ..factories import make_public_claim, make_staff, make_user, stored_state

S = Claim.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def published():
    return make_public_claim()


def test_it_stops_serving_the_live_version(editor, published):
    services.withdraw_claim(claim=published, user=editor, reason="The figures were misread.")
    assert not Claim.objects.public().filter(pk=published.pk).exists()


def test_it_keeps_every_published_version_on_record(editor, published):
    version = published.live_version
    services.withdraw_claim(claim=published, user=editor, reason="The figures were misread.")
    assert list(ClaimVersion.objects.filter(claim=published)) == [version]


def test_it_records_when_and_why_and_the_status(editor, published):
    claim = services.withdraw_claim(claim=published, user=editor, reason="The figures were misread.")
    assert claim.status == S.WITHDRAWN
    assert claim.withdrawal_reason == "The figures were misread."
    assert claim.withdrawn_at is not None


def test_its_history_says_who_withdrew_it_and_why(editor, published):
    claim = services.withdraw_claim(claim=published, user=editor, reason="The figures were misread.")
    event = claim.events.first()
    assert (event.action, event.comment, event.actor) == ("withdraw", "The figures were misread.", editor)
    assert event.changes["version"] == ["1", ""]


def test_it_needs_a_reason(editor, published):
    before = stored_state(published)
    with pytest.raises(services.WorkflowError, match="needs a comment"):
        services.withdraw_claim(claim=published, user=editor, reason="  ")
    assert stored_state(published) == before


@pytest.mark.parametrize("who", ["checker", "staff member without a role", "anonymous"])
def test_it_refuses_whoever_is_not_an_editor(published, who):
    user = {"checker": make_user("checker", "Checker"), "anonymous": AnonymousUser()}.get(who) or make_staff()
    before = stored_state(published)
    with pytest.raises(services.WorkflowError):
        services.withdraw_claim(claim=published, user=user, reason="Because.")
    assert stored_state(published) == before
    assert Claim.objects.public().filter(pk=published.pk).exists()


def test_it_refuses_a_claim_never_published(editor):
    claim = Claim.objects.create(statement=make_public_claim().statement, text="Another claim.")
    with pytest.raises(services.WorkflowError, match="withdraw"):
        services.withdraw_claim(claim=claim, user=editor, reason="Because.")
    assert stored_state(claim)[0] == S.NEW


def test_it_refuses_a_verdict_already_withdrawn(editor, published):
    services.withdraw_claim(claim=published, user=editor, reason="Misread.")
    with pytest.raises(services.WorkflowError, match="withdrawn"):
        services.withdraw_claim(claim=published, user=editor, reason="Again.")


def test_it_refuses_a_page_opened_before_the_claim_changed(editor, published):
    with pytest.raises(services.WorkflowError):
        services.withdraw_claim(
            claim=published, user=editor, reason="Misread.", opened_version=published.version - 1
        )
    assert Claim.objects.public().filter(pk=published.pk).exists()


def test_the_editor_who_approved_it_may_withdraw_it(published):
    approver = make_user("approver", "Editor")
    Claim.objects.filter(pk=published.pk).update(reviewed_by=approver, submitted_by=approver)
    published.refresh_from_db()
    claim = services.withdraw_claim(claim=published, user=approver, reason="Misread.")
    assert claim.status == S.WITHDRAWN


def test_a_withdrawn_verdict_goes_back_for_changes_when_reconsidered(editor, published):
    services.withdraw_claim(claim=published, user=editor, reason="Misread.")
    claim = services.take_action(claim=published, action="reconsider", user=editor, comment="Recount.")
    assert claim.status == S.CHANGES_REQUESTED
    assert claim.live_version_id is None


def test_it_goes_out_again_only_as_a_new_version_an_editor_approves(editor, checker, published):
    services.withdraw_claim(claim=published, user=editor, reason="Misread.")
    Claim.objects.filter(pk=published.pk).update(assignee=checker)
    claim = services.take_action(claim=published, action="reconsider", user=editor, comment="Recount.")
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(claim=claim, action="approve", user=editor)
    claim = services.take_action(claim=claim, action="publish", user=editor)
    assert claim.live_version.number == 2
    assert Claim.objects.public().filter(pk=claim.pk).exists()
    assert claim.versions.count() == 2


def test_a_checker_may_not_edit_a_withdrawn_claim(checker, editor, published):
    Claim.objects.filter(pk=published.pk).update(assignee=checker)
    claim = services.withdraw_claim(claim=published, user=editor, reason="Misread.")
    assert not rules.may_edit_claim(checker, claim)
