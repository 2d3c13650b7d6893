"""services.take_action: one workflow action on a claim, under the action's role and rule.

Every state × action × role is in tests/rules/test_workflow_matrix.py; here is what each action
does beyond the move from state to state, and how it refuses.
"""

import pytest

from factcheck import services
from factcheck.models import Claim, Rating

from ..factories import (
    add_verdict,
    make_claim,
    make_submitted_claim,
    make_user,
    publish_a_check,
    stored_state,
)

S = Claim.Status
pytestmark = pytest.mark.django_db


# The two-person rule


def test_it_refuses_to_let_anyone_approve_their_own_check():
    admin = make_user("admin", superuser=True)
    claim = make_submitted_claim(admin)
    with pytest.raises(services.WorkflowError, match="nobody approves their own check"):
        services.take_action(claim=claim, action="approve", user=admin)
    assert stored_state(claim) == (S.IN_REVIEW, 1, 0)


# Submitting


def test_it_refuses_to_submit_without_a_rating_a_rationale_and_evidence(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    with pytest.raises(services.WorkflowError, match="a rating, a rationale, at least one piece of evidence"):
        services.take_action(claim=claim, action="submit", user=checker)
    assert stored_state(claim) == (S.IN_PROGRESS, 1, 0)


def test_it_submits_a_not_checkable_verdict_without_evidence(checker):
    claim = make_claim(
        S.IN_PROGRESS,
        assignee=checker,
        rationale="It is a prediction.",
        rating=Rating.objects.get(slug="not-checkable"),
    )
    assert services.take_action(claim=claim, action="submit", user=checker).status == S.IN_REVIEW


# Publishing again after a change: corrections


def republish(claim, editor):
    claim = services.take_action(claim=claim, action="approve", user=make_user("editor2", "Editor"))
    return services.take_action(claim=claim, action="publish", user=editor)


def test_it_prints_a_correction_when_a_revised_rating_is_published_again(checker, editor):
    claim = publish_a_check(checker, editor)
    claim.rating = Rating.objects.get(slug="misleading")
    claim = services.save_claim(
        claim=claim, user=editor, opened_version=claim.version, comment="New port records."
    )
    assert not claim.corrections.exists()
    claim = republish(claim, editor)
    correction = claim.corrections.get()
    assert correction.note.startswith("Rating changed from Accurate to Misleading on ")
    assert correction.note.endswith(": New port records.")


def test_its_correction_names_the_rating_readers_saw_and_the_one_they_see_now(checker, editor):
    claim = publish_a_check(checker, editor)
    for slug in ["false", "misleading"]:
        claim.rating = Rating.objects.get(slug=slug)
        claim = services.save_claim(
            claim=claim, user=editor, opened_version=claim.version, comment=f"Now {slug}."
        )
    claim = republish(claim, editor)
    correction = claim.corrections.get()
    assert (correction.from_rating.slug, correction.to_rating.slug) == ("accurate", "misleading")
    assert correction.reason == "Now misleading."


def test_it_prints_no_correction_when_the_same_rating_is_published_again(checker, editor):
    claim = publish_a_check(checker, editor)
    claim.rationale = "A clearer explanation."
    claim = republish(services.save_claim(claim=claim, user=editor, opened_version=claim.version), editor)
    assert not claim.corrections.exists()


def test_it_keeps_the_first_publication_date_when_publishing_again(checker, editor):
    claim = publish_a_check(checker, editor)
    first = claim.published_at
    claim.rationale = "A clearer explanation."
    claim = republish(services.save_claim(claim=claim, user=editor, opened_version=claim.version), editor)
    assert claim.published_at == first


# Mail, after commit


def test_it_emails_the_assigned_checker_after_commit(
    editor, checker, mailoutbox, django_capture_on_commit_callbacks
):
    claim = make_claim(S.NEW)
    with django_capture_on_commit_callbacks(execute=True):
        services.take_action(claim=claim, action="assign", user=editor, assignee=checker)
    assert [mail.to for mail in mailoutbox] == [["checker@factdesk.invalid"]]


def test_it_sends_no_email_when_it_refuses(checker, mailoutbox, django_capture_on_commit_callbacks):
    claim = make_submitted_claim(checker)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(services.WorkflowError):
        services.take_action(claim=claim, action="approve", user=checker)
    assert mailoutbox == []


def test_it_emails_the_checker_the_changes_requested(
    editor, checker, mailoutbox, django_capture_on_commit_callbacks
):
    claim = make_submitted_claim(checker)
    with django_capture_on_commit_callbacks(execute=True):
        services.take_action(
            claim=claim, action="request_changes", user=editor, comment="Add the primary source."
        )
    assert "Add the primary source." in mailoutbox[0].body


def test_it_emails_the_checker_when_their_resubmitted_check_is_approved(
    editor, checker, mailoutbox, django_capture_on_commit_callbacks
):
    claim = make_submitted_claim(checker)
    claim = services.take_action(
        claim=claim, action="request_changes", user=editor, comment="Add the primary source."
    )
    services.take_action(claim=add_verdict(claim), action="submit", user=checker)
    with django_capture_on_commit_callbacks(execute=True):
        services.take_action(claim=claim, action="approve", user=editor)
    assert mailoutbox[-1].subject == "[Factdesk] Your check was approved"
