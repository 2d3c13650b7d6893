"""manage.py claim_action CLAIM ACTION --user NAME: a workflow action from the command line, under
the same rules as the desk."""

import pytest
from django.core.management import CommandError, call_command

from factcheck.models import Claim

from ..factories import (
    UNREADY,
    make_claim,
    make_public_claim,
    make_published_briefing,
    make_submitted_claim,
    make_unready_claim,
    make_user,
    stored_state,
)
from ..stores import stores_down

S = Claim.Status


def test_it_approves_for_another_editor(checker, editor):
    claim = make_submitted_claim(checker)
    call_command("claim_action", claim.pk, "approve", "--user", "editor")
    claim.refresh_from_db()
    assert claim.status == S.APPROVED


def test_it_says_where_the_claim_is_now(checker, capsys):
    claim = make_claim(S.NEW)
    call_command("claim_action", claim.pk, "take", "--user", "checker")
    assert capsys.readouterr().out == f"Claim {claim.pk} is now in progress.\n"


def test_it_assigns_the_claim_to_the_named_checker(editor, checker):
    claim = make_claim(S.NEW)
    call_command("claim_action", claim.pk, "assign", "--user", "editor", "--assignee", "checker")
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (S.IN_PROGRESS, checker)


def test_it_assigns_with_a_due_date(editor, checker):
    claim = make_claim(S.NEW)
    call_command(
        "claim_action", claim.pk, "assign", "--user", "editor", "--assignee", "checker", "--due", "2026-12-24"
    )
    claim.refresh_from_db()
    assert (claim.assignee, str(claim.due_on)) == (checker, "2026-12-24")


def test_it_refuses_a_due_date_it_cannot_read_and_changes_nothing(editor, checker):
    claim = make_claim(S.NEW)
    with pytest.raises(CommandError, match="--due: takes a date as YYYY-MM-DD"):
        call_command(
            "claim_action", claim.pk, "assign", "--user", "editor", "--assignee", "checker", "--due", "24/12"
        )
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (S.NEW, None)


def test_it_passes_the_comment_on(editor):
    claim = make_claim(S.NEW)
    call_command("claim_action", claim.pk, "dismiss", "--user", "editor", "--comment", "An opinion.")
    claim.refresh_from_db()
    assert (claim.status, claim.dismissal_reason) == (S.DISMISSED, "An opinion.")


def test_it_refuses_to_let_anyone_approve_their_own_check(db):
    claim = make_submitted_claim(make_user("admin", superuser=True))
    with pytest.raises(CommandError, match="nobody approves a check they submitted or revised"):
        call_command("claim_action", claim.pk, "approve", "--user", "admin")
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_it_refuses_a_checker(checker):
    claim = make_submitted_claim(make_user("other", "Checker"))
    with pytest.raises(CommandError, match=r"^You may not approve claims: that needs the Editor role\.$"):
        call_command("claim_action", claim.pk, "approve", "--user", "checker")
    assert stored_state(claim) == (S.IN_REVIEW, 1, 0)


def test_it_refuses_a_staff_member_without_a_role(staff_member):
    claim = make_claim(S.NEW)
    with pytest.raises(
        CommandError, match=r"^You may not take claims: that needs the Checker or Editor role\.$"
    ):
        call_command("claim_action", claim.pk, "take", "--user", staff_member.username)
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_it_refuses_a_missing_user(db):
    claim = make_claim(S.NEW)
    with pytest.raises(CommandError, match=r"^No such user: nobody$"):
        call_command("claim_action", claim.pk, "take", "--user", "nobody")
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_it_refuses_a_missing_assignee(editor):
    claim = make_claim(S.NEW)
    with pytest.raises(CommandError, match=r"^No such user: nobody$"):
        call_command("claim_action", claim.pk, "assign", "--user", "editor", "--assignee", "nobody")
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_it_refuses_a_missing_claim(editor):
    with pytest.raises(CommandError, match=r"^No such claim: 999$"):
        call_command("claim_action", 999, "take", "--user", "editor")


def test_it_refuses_an_unknown_action(editor):
    claim = make_claim(S.NEW)
    with pytest.raises(CommandError, match="invalid choice: 'explode'"):
        call_command("claim_action", claim.pk, "explode", "--user", "editor")
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_it_refuses_to_publish_a_verdict_short_of_the_checklist(checker, editor):
    claim = make_unready_claim(checker)
    before = stored_state(claim)
    with pytest.raises(CommandError) as refusal:
        call_command("claim_action", claim.pk, "publish", "--user", "editor")
    assert str(refusal.value) == UNREADY
    assert stored_state(claim) == before


def test_it_refuses_with_a_message_while_redis_is_down(editor, checker, settings):
    briefing, _ = make_published_briefing(checker, editor)
    claim = make_claim(S.APPROVED, submitted_by=checker, checked=True, statement=briefing.statements.last())
    with stores_down(settings, "pages"), pytest.raises(CommandError, match="Nothing was saved"):
        call_command("claim_action", claim.pk, "publish", "--user", "editor")
    claim.refresh_from_db()
    assert claim.status == S.APPROVED


def test_it_withdraws_a_published_verdict_for_an_editor(editor):
    claim = make_public_claim()
    call_command("claim_action", claim.pk, "withdraw", "--user", "editor", "--comment", "Misread figures.")
    claim.refresh_from_db()
    assert (claim.status, claim.live_version_id) == (S.WITHDRAWN, None)


def test_it_refuses_to_withdraw_for_a_checker(checker):
    claim = make_public_claim()
    before = stored_state(claim)
    with pytest.raises(CommandError, match="needs the Editor role"):
        call_command("claim_action", claim.pk, "withdraw", "--user", "checker", "--comment", "Misread.")
    assert stored_state(claim) == before
