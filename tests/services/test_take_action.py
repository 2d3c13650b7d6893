"""services.take_action: one workflow action on a claim, under the action's role and rule.

Every state × action × role is in tests/rules/test_workflow_matrix.py; here is what each action
does beyond the move from state to state, and how it refuses.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from factcheck import services
from factcheck.models import Claim, Rating

from ..factories import (
    add_verdict,
    make_claim,
    make_staff,
    make_submitted_claim,
    make_user,
    publish_a_check,
    stored_state,
)

S = Claim.Status
pytestmark = pytest.mark.django_db


def test_it_moves_the_claim_and_records_who_did_it(checker):
    claim = make_claim(S.NEW)
    claim = services.take_action(claim=claim, action="take", user=checker)
    assert (claim.status, claim.assignee, claim.version) == (S.IN_PROGRESS, checker, 2)
    event = claim.events.get()
    assert (event.action, event.actor, event.from_status, event.to_status) == (
        "take",
        checker,
        S.NEW,
        S.IN_PROGRESS,
    )


# The wrong user: each action refused with its own message, changing nothing


def other_checkers_claim(status):
    other = make_user("other", "Checker")
    if status in (S.IN_REVIEW, S.APPROVED):
        return make_claim(status, assignee=other, submitted_by=other, checked=True)
    return make_claim(status, assignee=None if status == S.NEW else other, checked=True)


# What each action says when refused for want of a role, from a state it may leave.
ROLE = {
    "take": (S.NEW, "Checker or Editor"),
    "assign": (S.NEW, "Editor"),
    "submit": (S.IN_PROGRESS, "Checker or Editor"),
    "approve": (S.IN_REVIEW, "Editor"),
    "request_changes": (S.IN_REVIEW, "Editor"),
    "publish": (S.APPROVED, "Editor"),
    "dismiss": (S.NEW, "Editor"),
    "reopen": (S.DISMISSED, "Editor"),
}
VERB = {"request_changes": "request changes on"}
REFUSED = {
    action: (status, f"You may not {VERB.get(action, action)} claims: that needs the {role} role.")
    for action, (status, role) in ROLE.items()
}
# A checker holds the role for taking and submitting; the action's own rule refuses them.
REFUSED_BY_RULE = {
    "submit": (S.IN_PROGRESS, "You may not submit this claim: only the assigned checker submits.")
}


def refusals(*left_out):
    return [
        pytest.param(action, status, message, id=action)
        for action, (status, message) in REFUSED.items()
        if action not in left_out
    ]


ARGUMENTS = {"comment": "Because.", "opened_version": None}


def checker_refusals():
    return [
        pytest.param(action, *REFUSED_BY_RULE.get(action, REFUSED[action]), id=action)
        for action in REFUSED
        if action != "take"
    ]


@pytest.mark.parametrize(("action", "status", "message"), checker_refusals())
def test_it_refuses_a_checker_what_their_role_or_the_actions_rule_forbids(checker, action, status, message):
    claim = other_checkers_claim(status)
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError) as refusal:
        services.take_action(claim=claim, action=action, user=checker, assignee=checker, **ARGUMENTS)
    assert str(refusal.value) == message
    assert stored_state(claim) == before


@pytest.mark.parametrize(("action", "status", "message"), refusals())
def test_it_refuses_a_staff_member_without_a_role_every_action(action, status, message):
    claim = other_checkers_claim(status)
    staff = make_staff()
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError) as refusal:
        services.take_action(claim=claim, action=action, user=staff, assignee=staff, **ARGUMENTS)
    assert str(refusal.value) == message
    assert stored_state(claim) == before


def test_it_refuses_a_checker_taking_a_claim_someone_else_is_on(checker):
    claim = make_claim(S.NEW, assignee=make_user("other", "Checker"))
    before = stored_state(claim)
    with pytest.raises(
        services.WorkflowError,
        match=r"^You may not take this claim: someone else is on it\.$",
    ):
        services.take_action(claim=claim, action="take", user=checker)
    assert stored_state(claim) == before
    claim.refresh_from_db()
    assert claim.assignee.username == "other"


def test_it_refuses_an_editor_submitting_a_check_assigned_to_someone_else(editor, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError, match=r": only the assigned checker submits\.$"):
        services.take_action(claim=claim, action="submit", user=editor)
    assert stored_state(claim) == before


@pytest.mark.parametrize("action", ["take", "approve", "publish"])
def test_it_refuses_anonymous(action):
    claim = make_claim(S.NEW)
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError, match=r"^Sign in to work on claims\.$"):
        services.take_action(claim=claim, action=action, user=AnonymousUser())
    assert stored_state(claim) == before


def test_it_refuses_no_user_at_all():
    claim = make_claim(S.NEW)
    with pytest.raises(services.WorkflowError, match=r"^Sign in to work on claims\.$"):
        services.take_action(claim=claim, action="take", user=None)
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_it_refuses_an_unknown_action(editor):
    claim = make_claim(S.NEW)
    with pytest.raises(services.WorkflowError, match=r"^Unknown action “explode”\.$"):
        services.take_action(claim=claim, action="explode", user=editor)
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_it_quotes_an_unknown_action_ending_in_a_stop_with_no_second_stop(editor):
    claim = make_claim(S.NEW)
    with pytest.raises(services.WorkflowError, match=r"^Unknown action “explode\.”$"):
        services.take_action(claim=claim, action="explode.", user=editor)


def test_it_refuses_a_stale_page(editor, checker):
    claim = make_submitted_claim(checker)
    opened = claim.version
    claim.rationale = "Reworded after the page was opened."
    services.save_claim(claim=claim, user=checker, opened_version=opened)
    before = stored_state(claim)
    with pytest.raises(services.EditConflict, match="changed this claim"):
        services.take_action(claim=claim, action="approve", user=editor, opened_version=opened)
    assert stored_state(claim) == before


# The two-person rule


def test_it_refuses_to_let_anyone_approve_their_own_check():
    admin = make_user("admin", superuser=True)
    claim = make_submitted_claim(admin)
    with pytest.raises(services.WorkflowError, match="nobody approves a check they submitted or revised"):
        services.take_action(claim=claim, action="approve", user=admin)
    assert stored_state(claim) == (S.IN_REVIEW, 1, 0)


# Comments


@pytest.mark.parametrize(("action", "status"), [("request_changes", S.IN_REVIEW), ("dismiss", S.NEW)])
def test_it_refuses_an_action_that_needs_a_comment_without_one(editor, checker, action, status):
    claim = make_submitted_claim(checker) if status == S.IN_REVIEW else make_claim(status)
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError, match=r"needs a comment saying why\.$"):
        services.take_action(claim=claim, action=action, user=editor, comment="  ")
    assert stored_state(claim) == before


def test_it_keeps_the_reason_a_claim_was_dismissed(editor):
    claim = services.take_action(
        claim=make_claim(S.NEW), action="dismiss", user=editor, comment="An opinion."
    )
    assert (claim.status, claim.dismissal_reason) == (S.DISMISSED, "An opinion.")


# Assigning


def test_it_assigns_a_claim_to_the_chosen_checker(editor, checker):
    claim = services.take_action(claim=make_claim(S.NEW), action="assign", user=editor, assignee=checker)
    assert (claim.status, claim.assignee) == (S.IN_PROGRESS, checker)
    assert claim.events.get().changes == {"assignee": ["", "checker"]}


@pytest.mark.parametrize("assignee", [None, "staff without a role"])
def test_it_refuses_to_assign_a_claim_to_someone_who_cannot_work_it(editor, assignee):
    claim = make_claim(S.NEW)
    person = make_staff() if assignee else None
    with pytest.raises(services.WorkflowError, match=r"^Choose an active checker or editor"):
        services.take_action(claim=claim, action="assign", user=editor, assignee=person)
    assert stored_state(claim) == (S.NEW, 1, 0)


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
    claim.rationale = "A clearer explanation: the port authority's weekly log lists all 140 arrivals, each by its ship's name."
    claim = republish(services.save_claim(claim=claim, user=editor, opened_version=claim.version), editor)
    assert not claim.corrections.exists()


def test_it_keeps_the_first_publication_date_when_publishing_again(checker, editor):
    claim = publish_a_check(checker, editor)
    first = claim.published_at
    claim.rationale = "A clearer explanation: the port authority's weekly log lists all 140 arrivals, each by its ship's name."
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


def test_a_request_for_changes_on_an_approved_verdict_takes_the_approval_back(editor, checker):
    claim = services.take_action(claim=make_submitted_claim(checker), action="approve", user=editor)
    claim = services.take_action(claim=claim, action="request_changes", user=editor, comment="Date?")
    assert Claim.objects.get(pk=claim.pk).reviewed_by is None


def test_its_mail_names_the_editor_as_the_desk_does(
    editor, checker, mailoutbox, django_capture_on_commit_callbacks
):
    editor.first_name, editor.last_name = "Erin", "Editor"
    editor.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.take_action(claim=make_submitted_claim(checker), action="approve", user=editor)
    assert "Erin Editor approved your verdict." in mailoutbox[0].body


def test_its_history_tells_a_new_version_after_the_one_readers_had(checker, editor):
    claim = publish_a_check(checker, editor)
    claim.rating = Rating.objects.get(slug="misleading")
    claim = services.save_claim(claim=claim, user=editor, opened_version=claim.version, comment="Records.")
    claim = republish(claim, editor)
    assert claim.events.filter(action="publish").first().changes == {"version": ["1", "2"]}
