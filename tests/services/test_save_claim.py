"""services.save_claim: an edit to an existing claim, under the edit rule and optimistic locking;
a change to a settled verdict sends it back to review."""

import datetime

import pytest

from briefings.models import Statement
from factcheck import services
from factcheck.models import Claim, Rating
from factcheck.people import desk_name

from ..factories import (
    make_claim,
    make_staff,
    make_statement,
    make_user,
    offered,
    publish_a_check,
    stored_state,
)

S = Claim.Status
TWO_STATEMENTS = "An article\nThe port handled 140 ships last week.\nThe mayor opened a second dock.\n"
pytestmark = pytest.mark.django_db
NOT_YOURS = (
    "You may not edit this claim: it is assigned to someone else, dismissed, or you have no role on the desk."
)


def test_it_saves_an_edit_and_records_what_changed(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    claim.rationale = "The figures match."
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version, comment="Why.")
    assert (claim.rationale, claim.version) == ("The figures match.", 2)
    event = claim.events.get()
    assert (event.action, event.comment, event.changes) == (
        "edited",
        "Why.",
        {"rationale": ["", "The figures match."]},
    )


def test_it_refuses_a_stale_save_under_the_row_lock(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    mine, theirs = Claim.objects.get(pk=claim.pk), Claim.objects.get(pk=claim.pk)
    theirs.rationale = "Theirs."
    services.save_claim(claim=theirs, user=checker, opened_version=theirs.version)
    mine.rationale = "Mine."
    with pytest.raises(services.EditConflict):
        services.save_claim(claim=mine, user=checker, opened_version=mine.version)
    claim.refresh_from_db()
    assert (claim.rationale, claim.version) == ("Theirs.", 2)


# The wrong user


def test_it_refuses_a_checker_on_a_claim_assigned_to_someone_else(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=make_user("other", "Checker"))
    before = stored_state(claim)
    claim.rationale = "Mine now."
    with pytest.raises(services.WorkflowError) as refusal:
        services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    assert str(refusal.value) == NOT_YOURS
    assert stored_state(claim) == before
    claim.refresh_from_db()
    assert claim.rationale == ""


def test_it_refuses_a_checker_on_a_dismissed_claim(checker):
    claim = make_claim(S.DISMISSED)
    before = stored_state(claim)
    claim.rationale = "Worth checking after all."
    with pytest.raises(services.WorkflowError, match=f"^{NOT_YOURS}$"):
        services.save_claim(claim=claim, user=checker)
    assert stored_state(claim) == before


def test_it_refuses_a_staff_member_without_a_role():
    claim = make_claim(S.NEW)
    before = stored_state(claim)
    claim.rationale = "Mine now."
    with pytest.raises(services.WorkflowError, match=f"^{NOT_YOURS}$"):
        services.save_claim(claim=claim, user=make_staff())
    assert stored_state(claim) == before


def test_it_refuses_a_due_date_from_a_checker(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    before = stored_state(claim)
    claim.due_on = datetime.date(2099, 1, 1)
    with pytest.raises(services.WorkflowError, match="^Only editors set due dates.$"):
        services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    assert stored_state(claim) == before
    claim.refresh_from_db()
    assert claim.due_on is None


def test_it_lets_an_editor_set_a_due_date(editor, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    claim.due_on = datetime.date(2099, 1, 1)
    claim = services.save_claim(claim=claim, user=editor, opened_version=claim.version)
    assert claim.due_on == datetime.date(2099, 1, 1)
    assert claim.events.get().changes == {"due_on": ["", "2099-01-01"]}


def test_it_refuses_a_checker_reassigning_a_claim(checker):
    claim = make_claim(S.NEW)
    before = stored_state(claim)
    claim.assignee = make_user("other", "Checker")
    with pytest.raises(services.WorkflowError):
        services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    assert stored_state(claim) == before


# Settled verdicts go back to review; whoever changes a verdict stands behind it


def test_it_sends_a_changed_approved_verdict_back_to_review(checker, editor):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    claim = services.take_action(
        claim=services.take_action(claim=claim, action="submit", user=checker), action="approve", user=editor
    )
    claim.rationale = "A better explanation."
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    assert claim.status == S.IN_REVIEW
    assert claim.reviewed_by is None
    assert claim.submitted_by == checker


def test_it_sends_a_published_claim_whose_wording_changed_back_to_review(checker, editor):
    claim = publish_a_check(checker, editor)
    claim.text = "Russia did not invade Ukraine."
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    assert claim.status == S.IN_REVIEW
    assert not Claim.objects.public().filter(pk=claim.pk).exists()


def test_it_keeps_the_status_of_an_unsettled_claim(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    claim.rationale = "Draft."
    assert (
        services.save_claim(claim=claim, user=checker, opened_version=claim.version).status == S.IN_PROGRESS
    )


def test_the_editor_who_changes_a_published_verdict_cannot_then_approve_it(checker, editor):
    claim = publish_a_check(checker, editor)
    claim.rating = Rating.objects.get(slug="misleading")
    claim = services.save_claim(
        claim=claim, user=editor, opened_version=claim.version, comment="New records."
    )
    assert "approve" not in offered(claim, editor)
    assert "approve" in offered(claim, make_user("editor2", "Editor"))


def test_the_reviewer_who_rewrites_a_verdict_in_review_cannot_then_approve_it(checker, editor):
    claim = services.take_action(
        claim=make_claim(S.IN_PROGRESS, assignee=checker, checked=True), action="submit", user=checker
    )
    claim.rating = Rating.objects.get(slug="false")
    claim = services.save_claim(claim=claim, user=editor, opened_version=claim.version)
    assert claim.status == S.IN_REVIEW
    assert "approve" not in offered(claim, editor)
    assert claim.events.first().changes["submitted_by"] == [desk_name(checker), desk_name(editor)]


def test_a_checker_who_polishes_their_own_submitted_verdict_keeps_it(checker, editor):
    claim = services.take_action(
        claim=make_claim(S.IN_PROGRESS, assignee=checker, checked=True), action="submit", user=checker
    )
    claim.rationale = "Clearer."
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    assert claim.submitted_by == checker
    assert "approve" in offered(claim, editor)


def test_it_refuses_to_move_a_published_verdict_to_another_briefing(checker, editor):
    claim = publish_a_check(checker, editor)
    published_on = claim.statement_id
    claim.statement = make_statement("A draft article\nIt says one thing.\n")

    with pytest.raises(services.WorkflowError, match="stays on its own article"):
        services.save_claim(claim=claim, user=checker, opened_version=claim.version)

    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.statement_id, stored.status) == (published_on, S.PUBLISHED)


def test_it_refuses_to_move_a_new_claim_to_another_briefing(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    briefing = claim.statement.briefing_id
    claim.statement = make_statement("Another article\nIt says one thing.\n")

    with pytest.raises(services.WorkflowError, match="stays on its own article"):
        services.save_claim(claim=claim, user=checker, opened_version=claim.version)

    assert Claim.objects.get(pk=claim.pk).statement.briefing_id == briefing


def test_it_moves_a_claim_to_another_statement_of_its_briefing(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, statement=make_statement(TWO_STATEMENTS))
    other = claim.statement.briefing.statements.get(position=2)
    claim.statement = other

    assert services.save_claim(claim=claim, user=checker, opened_version=claim.version).statement == other


def test_it_refuses_to_move_a_claim_onto_a_hidden_statement(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, statement=make_statement(TWO_STATEMENTS))
    hidden = claim.statement.briefing.statements.get(position=2)
    Statement.objects.filter(pk=hidden.pk).update(hidden=True)
    claim.statement = Statement.objects.get(pk=hidden.pk)

    with pytest.raises(services.WorkflowError, match="hidden as not part of the article"):
        services.save_claim(claim=claim, user=checker, opened_version=claim.version)

    assert Claim.objects.get(pk=claim.pk).statement.position == 1
