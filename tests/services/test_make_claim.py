"""services.make_claim: a new claim, from a statement (the desk's "+ Claim") or as the admin's add
form filled it in."""

import datetime

import pytest

from factcheck import services
from factcheck.models import Claim, ClaimEvent

from ..factories import make_staff, make_statement, make_user

S = Claim.Status
pytestmark = pytest.mark.django_db
NO_ROLE = "You may not make claims: that needs the Checker or Editor role."


def test_it_makes_a_claim_worded_as_the_statement(checker):
    statement = make_statement()
    claim = services.make_claim(statement=statement, user=checker)
    assert (claim.text, claim.status, claim.version) == (statement.text, S.NEW, 1)
    event = claim.events.get()
    assert (event.action, event.actor, event.changes) == ("created", checker, {})


def test_it_saves_a_claim_as_the_add_form_filled_it_in(checker):
    claim = Claim(statement=make_statement(), text="The port handled 140 ships.", claimant="The mayor")
    claim = services.make_claim(claim=claim, user=checker)
    stored = Claim.objects.get()
    assert (stored.text, stored.claimant, stored.version) == ("The port handled 140 ships.", "The mayor", 1)
    assert claim.events.get().action == "created"


def test_it_lets_an_editor_set_a_due_date(editor):
    claim = Claim(statement=make_statement(), text="A claim.", due_on=datetime.date(2099, 1, 1))
    services.make_claim(claim=claim, user=editor)
    assert Claim.objects.get().due_on == datetime.date(2099, 1, 1)


def test_it_refuses_a_staff_member_without_a_role():
    statement = make_statement()
    with pytest.raises(services.WorkflowError) as refusal:
        services.make_claim(statement=statement, user=make_staff())
    assert str(refusal.value) == NO_ROLE
    assert not Claim.objects.exists()
    assert not ClaimEvent.objects.exists()


def test_it_refuses_a_reader_without_staff_status():
    statement = make_statement()
    with pytest.raises(services.WorkflowError, match=f"^{NO_ROLE}$"):
        services.make_claim(statement=statement, user=make_user("reader"))
    assert not Claim.objects.exists()


def test_it_refuses_a_due_date_from_a_checker(checker):
    claim = Claim(statement=make_statement(), text="A claim.", due_on=datetime.date(2099, 1, 1))
    with pytest.raises(services.WorkflowError) as refusal:
        services.make_claim(claim=claim, user=checker)
    assert str(refusal.value) == "Only editors set due dates."
    assert not Claim.objects.exists()
    assert not ClaimEvent.objects.exists()


def test_it_refuses_a_checker_making_a_claim_that_is_already_published(checker):
    claim = Claim(statement=make_statement(), text="A claim.", status=S.PUBLISHED, submitted_by=checker)
    with pytest.raises(services.WorkflowError):
        services.make_claim(claim=claim, user=checker)
    assert not Claim.objects.exists()


QUOTED = (
    "Budget\n\nThe council approved a budget of $412 million on Tuesday, the mayor said.\n\n"
    "Residents may have views.\n"
)


def test_a_claim_from_a_statement_starts_with_its_check_worthiness_and_speaker(checker):
    statement = make_statement(QUOTED)
    claim = services.make_claim(statement=statement, user=checker)
    assert statement.check_worthiness is not None
    assert (claim.check_worthiness, claim.claimant) == (statement.check_worthiness, "mayor")


def test_a_claimant_and_score_the_maker_gave_are_kept(checker):
    claim = Claim(
        statement=make_statement(QUOTED), text="A claim.", claimant="The council", check_worthiness=3
    )
    claim = services.make_claim(claim=claim, user=checker)
    assert (claim.check_worthiness, claim.claimant) == (3, "The council")


def test_a_speaker_copied_from_the_statement_is_not_the_makers_own_change(checker):
    claim = services.make_claim(statement=make_statement(QUOTED), user=checker)
    assert claim.claimant == "mayor"
    assert not claim.revisers.exists()
