"""manage.py claim_action CLAIM ACTION --user NAME: a workflow action from the command line, under
the same rules as the desk."""

import pytest
from django.core.management import CommandError, call_command

from factcheck.models import Claim

from ..factories import make_submitted_claim, make_user

S = Claim.Status


def test_it_approves_for_another_editor(checker, editor):
    claim = make_submitted_claim(checker)
    call_command("claim_action", claim.pk, "approve", "--user", "editor")
    claim.refresh_from_db()
    assert claim.status == S.APPROVED


def test_it_refuses_to_let_anyone_approve_their_own_check(db):
    claim = make_submitted_claim(make_user("admin", superuser=True))
    with pytest.raises(CommandError, match="nobody approves their own check"):
        call_command("claim_action", claim.pk, "approve", "--user", "admin")
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW
