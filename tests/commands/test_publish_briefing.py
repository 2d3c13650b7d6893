"""manage.py publish_briefing SLUG --user NAME [--withdraw]: publish a briefing and its approved
claims, or take a published one back, as a named editor."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing, make_statement, make_user

S = Claim.Status


def test_it_publishes_the_briefing_and_its_approved_claims(editor):
    claim = make_claim(S.APPROVED, submitted_by=make_user("c", "Checker"), checked=True)
    call_command("publish_briefing", claim.statement.briefing.slug, "--user", "editor")
    claim.refresh_from_db()
    assert claim.is_public


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
    assert briefing.status == "draft"


def test_it_refuses_a_checker_withdrawing(editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    with pytest.raises(CommandError, match="may not withdraw"):
        call_command("publish_briefing", briefing.slug, "--user", "checker", "--withdraw")
    briefing.refresh_from_db()
    assert briefing.status == "published"
