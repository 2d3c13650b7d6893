"""manage.py publish_briefing SLUG --user NAME [--withdraw]: publish a briefing and its approved
claims, or take a published one back, as a named editor."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from factcheck.models import Claim

from ..factories import (
    make_claim,
    make_published_briefing,
    make_statement,
    make_unready_claim,
    make_user,
    stored_state,
)
from ..stores import stores_down

S = Claim.Status


def test_it_publishes_the_briefing_and_its_approved_claims(editor):
    claim = make_claim(S.APPROVED, submitted_by=make_user("c", "Checker"), checked=True)
    call_command("publish_briefing", claim.statement.briefing.slug, "--user", "editor")
    claim.refresh_from_db()
    assert claim.is_public


def test_it_says_how_many_claims_went_public(editor, checker, capsys):
    claim = make_claim(S.APPROVED, submitted_by=checker, checked=True)
    briefing = claim.statement.briefing
    call_command("publish_briefing", briefing.slug, "--user", "editor")
    assert capsys.readouterr().out == f"Published “{briefing}” and 1 approved claim(s).\n"


def test_it_refuses_a_checker(checker):
    briefing = make_statement().briefing
    with pytest.raises(CommandError, match="may not publish"):
        call_command("publish_briefing", briefing.slug, "--user", "checker")
    briefing.refresh_from_db()
    assert briefing.status == "draft"


def test_it_withdraws_a_published_briefing(editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    call_command("publish_briefing", briefing.slug, "--user", "editor", "--withdraw", stdout=StringIO())
    briefing.refresh_from_db()
    assert briefing.status == "withdrawn"


def test_it_refuses_a_checker_withdrawing(editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    with pytest.raises(CommandError, match="may not withdraw"):
        call_command("publish_briefing", briefing.slug, "--user", "checker", "--withdraw")
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_it_refuses_a_staff_member_without_a_role(staff_member):
    briefing = make_statement().briefing
    with pytest.raises(CommandError, match=r"^You may not publish this briefing"):
        call_command("publish_briefing", briefing.slug, "--user", staff_member.username)
    briefing.refresh_from_db()
    assert briefing.status == "draft"


def test_it_refuses_a_missing_user(db):
    briefing = make_statement().briefing
    with pytest.raises(CommandError, match=r"^No such user: nobody$"):
        call_command("publish_briefing", briefing.slug, "--user", "nobody")
    briefing.refresh_from_db()
    assert briefing.status == "draft"


def test_it_refuses_a_missing_briefing(editor):
    with pytest.raises(CommandError, match=r"^No such briefing: no-such-briefing$"):
        call_command("publish_briefing", "no-such-briefing", "--user", "editor")


def test_it_refuses_a_briefing_published_already(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    before = stored_state(claim)
    with pytest.raises(CommandError, match=r"^You may not publish this briefing"):
        call_command("publish_briefing", briefing.slug, "--user", "editor")
    assert stored_state(claim) == before


def test_it_names_each_claim_held_back_by_the_checklist_with_what_it_lacks(editor, checker, capsys):
    ready = make_claim(S.APPROVED, submitted_by=checker, checked=True)
    unready = make_unready_claim(checker, statement=ready.statement)
    briefing = ready.statement.briefing
    call_command("publish_briefing", briefing.slug, "--user", "editor")
    assert capsys.readouterr().out == (
        f"Published “{briefing}” and 1 approved claim(s).\n"
        f"Held back: claim {unready.pk} “{unready}”: it needs a rationale of at least 100 characters "
        "(it has 10); an answer on right of reply (whether the claimant was contacted).\n"
    )
    unready.refresh_from_db()
    assert unready.live_version is None


def test_it_refuses_with_a_message_while_redis_is_down(editor, settings):
    claim = make_claim(S.APPROVED, submitted_by=make_user("c", "Checker"), checked=True)
    with stores_down(settings, "pages"), pytest.raises(CommandError, match="Nothing was saved"):
        call_command("publish_briefing", claim.statement.briefing.slug, "--user", "editor")
    claim.refresh_from_db()
    assert not claim.is_public
