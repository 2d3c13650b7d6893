"""The submission services, called directly: each enforces its rule and refuses a handled one."""

import pytest

from factcheck import services
from factcheck.models import ClaimEvent, Submission

from ..factories import make_statement, make_user
from .conftest import make_submission

pytestmark = pytest.mark.django_db


def test_receiving_stores_the_proposal_as_new():
    stored = make_submission(
        "  The port   handled 140 ships.  ", link="https://example.org/a", contact="r@example.org"
    )
    assert (stored.text, stored.link, stored.contact, stored.status) == (
        "The port handled 140 ships.",
        "https://example.org/a",
        "r@example.org",
        "new",
    )


def test_receiving_refuses_a_link_that_is_not_a_web_address():
    with pytest.raises(services.WorkflowError, match="http"):
        services.receive_submission(text="A claim.", link="javascript:alert(1)")
    assert not Submission.objects.exists()


def test_making_a_claim_without_a_statement_makes_a_draft_briefing_from_the_submission(submission, editor):
    claim = services.make_claim_from_submission(submission=submission, user=editor)
    briefing = claim.statement.briefing
    assert (claim.text, briefing.status, briefing.source_url) == (
        submission.text,
        "draft",
        "https://example.org/speech",
    )
    assert briefing.title.startswith("Reader submission: The port handled")


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Vaccines cause autism", "Vaccines cause autism"),
        ("Crime doubled since 2020. Police say so", "Crime doubled since 2020."),
        ("Is it true that taxes rose?", "Is it true that taxes rose?"),
        ("# 5 million jobs were lost", "# 5 million jobs were lost"),
    ],
)
def test_a_short_claim_without_a_full_stop_or_a_question_still_becomes_a_statement(editor, text, statement):
    submission = make_submission(text)
    claim = services.make_claim_from_submission(submission=submission, user=editor)
    assert (claim.text, claim.statement.text) == (text, statement)


def test_making_a_claim_marks_the_submission_claimed_by_the_editor(submission, editor):
    claim = services.make_claim_from_submission(submission=submission, user=editor)
    submission.refresh_from_db()
    assert (submission.status, submission.claim, submission.handled_by) == ("claimed", claim, editor)
    assert submission.handled_at is not None


def test_making_a_claim_records_the_submission_in_the_claims_history(submission, editor):
    claim = services.make_claim_from_submission(submission=submission, user=editor)
    event = ClaimEvent.objects.get(claim=claim, action="from_submission")
    assert (event.actor, event.changes) == (editor, {"submission": ["", str(submission.pk)]})


def test_making_a_claim_on_a_chosen_statement_uses_it(submission, editor):
    statement = make_statement()
    claim = services.make_claim_from_submission(submission=submission, user=editor, statement=statement)
    assert claim.statement == statement


def test_making_a_claim_refuses_a_checker(submission, checker):
    with pytest.raises(services.WorkflowError, match="Editor role"):
        services.make_claim_from_submission(submission=submission, user=checker)
    submission.refresh_from_db()
    assert submission.status == "new"


def test_making_a_claim_refuses_someone_without_a_role(submission, staff_member):
    with pytest.raises(services.WorkflowError):
        services.make_claim_from_submission(submission=submission, user=staff_member)


def test_making_a_claim_refuses_a_submission_already_handled(submission, editor):
    services.dismiss_submission(submission=submission, user=editor, reason="Opinion, not a claim.")
    with pytest.raises(services.WorkflowError, match="handled already"):
        services.make_claim_from_submission(submission=submission, user=editor)


def test_dismissing_keeps_the_reason_and_who(submission, editor):
    services.dismiss_submission(submission=submission, user=editor, reason="Opinion, not a claim.")
    submission.refresh_from_db()
    assert (submission.status, submission.dismissal_reason, submission.handled_by) == (
        "dismissed",
        "Opinion, not a claim.",
        editor,
    )


def test_dismissing_refuses_a_checker(submission, checker):
    with pytest.raises(services.WorkflowError, match="Editor role"):
        services.dismiss_submission(submission=submission, user=checker, reason="No.")
    submission.refresh_from_db()
    assert submission.status == "new"


def test_dismissing_needs_a_reason(submission, editor):
    with pytest.raises(services.WorkflowError, match="reason"):
        services.dismiss_submission(submission=submission, user=editor, reason="  ")


def test_dismissing_refuses_a_submission_already_claimed(submission, editor):
    services.make_claim_from_submission(submission=submission, user=editor)
    with pytest.raises(services.WorkflowError, match="handled already"):
        services.dismiss_submission(submission=submission, user=editor, reason="Changed my mind.")


def test_an_admin_may_handle_submissions(submission):
    admin = make_user("boss", superuser=True)
    services.dismiss_submission(submission=submission, user=admin, reason="Duplicate.")
    submission.refresh_from_db()
    assert submission.status == "dismissed"
