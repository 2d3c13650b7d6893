"""services.withdraw_briefing: a published briefing and its verdicts leave the public (a takedown)."""

import pytest

from briefings.models import Briefing
from factcheck import services
from factcheck.models import Claim

from ..factories import make_published_briefing, make_staff, make_statement, stored_state

S = Claim.Status
pytestmark = pytest.mark.django_db


def test_it_takes_the_briefing_and_its_verdicts_from_the_public(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    services.withdraw_briefing(briefing=briefing, user=editor)
    briefing.refresh_from_db()
    assert briefing.status == Briefing.Status.WITHDRAWN
    assert not Claim.objects.public().filter(pk=claim.pk).exists()


def test_its_claims_keep_their_states_for_publishing_again(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    before = stored_state(claim)
    services.withdraw_briefing(briefing=briefing, user=editor)
    assert stored_state(claim) == before
    assert before[0] == S.PUBLISHED


def test_it_refuses_a_draft_briefing(editor):
    briefing = make_statement().briefing
    with pytest.raises(services.WorkflowError, match="may not withdraw"):
        services.withdraw_briefing(briefing=briefing, user=editor)


@pytest.mark.parametrize("who", ["checker", "staff member without a role"])
def test_it_refuses_whoever_is_not_an_editor(editor, checker, who):
    briefing, claim = make_published_briefing(checker, editor)
    user = checker if who == "checker" else make_staff()
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError) as refusal:
        services.withdraw_briefing(briefing=briefing, user=user)
    assert str(refusal.value) == "You may not withdraw this briefing: withdrawing needs the Editor role."
    briefing.refresh_from_db()
    assert briefing.status == Briefing.Status.PUBLISHED
    assert Claim.objects.public().filter(pk=claim.pk).exists()
    assert stored_state(claim) == before


def test_it_says_a_draft_is_why_an_editor_may_not_withdraw_it(editor):
    briefing = make_statement().briefing
    with pytest.raises(services.WorkflowError) as refusal:
        services.withdraw_briefing(briefing=briefing, user=editor)
    assert str(refusal.value) == "You may not withdraw this briefing: it is not published."
    briefing.refresh_from_db()
    assert briefing.status == Briefing.Status.DRAFT
