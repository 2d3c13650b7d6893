"""services.make_claim_from_desk: the desk's "+ Claim". A checker's claim is theirs at once; an
editor's stays new, to be handed out."""

import pytest
from django.contrib.auth.models import AnonymousUser

from factcheck import services
from factcheck.models import Claim

from ..factories import make_staff, make_statement

S = Claim.Status
pytestmark = pytest.mark.django_db


def test_a_checker_makes_and_takes_the_claim_in_one_step(checker):
    claim = services.make_claim_from_desk(statement=make_statement(), user=checker)
    assert (claim.status, claim.assignee, claim.version) == (S.IN_PROGRESS, checker, 2)


def test_its_history_tells_both_steps_in_order(checker):
    claim = services.make_claim_from_desk(statement=make_statement(), user=checker)
    assert [event.action for event in claim.events.order_by("pk")] == ["created", "take"]


def test_an_editors_claim_stays_new_and_unassigned(editor):
    claim = services.make_claim_from_desk(statement=make_statement(), user=editor)
    assert (claim.status, claim.assignee) == (S.NEW, None)


def test_it_refuses_a_staff_member_without_a_role_and_makes_nothing():
    with pytest.raises(services.WorkflowError, match="needs the Checker or Editor role"):
        services.make_claim_from_desk(statement=make_statement(), user=make_staff())
    assert not Claim.objects.exists()


def test_it_refuses_anonymous_and_makes_nothing():
    with pytest.raises(services.WorkflowError):
        services.make_claim_from_desk(statement=make_statement(), user=AnonymousUser())
    assert not Claim.objects.exists()
