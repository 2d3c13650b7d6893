"""The two-person rule, exactly: a version may be approved only by an editor who changed none of
its reviewed content since the last published version (or since the claim was made), whatever
the order of submits, returns and edits; through the service, the desk's button and the command."""

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, Rating

from ..factories import make_claim, make_user, offered

S = Claim.Status
REFUSAL = "nobody approves a check they submitted or revised"


@pytest.fixture
def people(db):
    return {
        "checker": make_user("checker", "Checker"),
        "first": make_user("first", "Editor"),
        "second": make_user("second", "Editor"),
    }


def submitted(people):
    claim = make_claim(S.IN_PROGRESS, assignee=people["checker"], checked=True)
    return services.take_action(claim=claim, action="submit", user=people["checker"])


def edit_rationale(claim, user):
    claim.rationale = f"{claim.rationale} Rewritten by {user.username}."
    return services.save_claim(claim=claim, user=user, opened_version=claim.version)


def sequence_a(people):
    """The first editor edits the rationale in review; the second requests changes; the checker
    resubmits without changing anything."""
    claim = edit_rationale(submitted(people), people["first"])
    claim = services.take_action(claim=claim, action="request_changes", user=people["second"], comment="Why?")
    return services.take_action(claim=claim, action="submit", user=people["checker"])


def sequence_b(people):
    """The first editor requests changes, then rewrites the rationale while changes are requested;
    the checker resubmits."""
    claim = services.take_action(
        claim=submitted(people), action="request_changes", user=people["first"], comment="Sharper."
    )
    claim = edit_rationale(claim, people["first"])
    return services.take_action(claim=claim, action="submit", user=people["checker"])


SEQUENCES = [
    pytest.param(sequence_a, id="edited-in-review"),
    pytest.param(sequence_b, id="edited-when-returned"),
]


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_the_service_refuses_the_editor_who_revised_it(people, sequence):
    claim = sequence(people)
    with pytest.raises(services.WorkflowError, match=REFUSAL):
        services.take_action(claim=claim, action="approve", user=people["first"])
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_the_desk_offers_no_approve_button_to_the_editor_who_revised_it(people, sequence):
    assert "approve" not in offered(sequence(people), people["first"])


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_the_desks_button_refuses_the_editor_who_revised_it(client, people, sequence):
    claim = sequence(people)
    client.force_login(people["first"])
    url = reverse("admin:factcheck_claim_workflow", args=[claim.pk, "approve"])
    response = client.post(url, {"opened_version": claim.version}, follow=True)
    assert REFUSAL in response.text
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_the_command_refuses_the_editor_who_revised_it(people, sequence):
    claim = sequence(people)
    with pytest.raises(CommandError, match=REFUSAL):
        call_command("claim_action", claim.pk, "approve", "--user", "first")
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_it_is_not_waiting_for_the_revisers_review_on_the_desk(people, sequence):
    claim = sequence(people)
    assert not Claim.objects.waiting_for_review_by(people["first"]).filter(pk=claim.pk).exists()
    assert Claim.objects.waiting_for_review_by(people["second"]).filter(pk=claim.pk).exists()


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_an_editor_who_changed_nothing_approves_it(people, sequence):
    claim = services.take_action(claim=sequence(people), action="approve", user=people["second"])
    assert claim.status == S.APPROVED


def test_a_change_to_the_evidence_counts_as_revising(people):
    claim = submitted(people)
    evidence = claim.evidence.get()
    evidence.excerpt = "A different excerpt."
    services.save_evidence(evidence=evidence, user=people["first"], opened_version=evidence.version)
    claim = services.take_action(
        claim=Claim.objects.get(pk=claim.pk), action="request_changes", user=people["second"], comment="x"
    )
    claim = services.take_action(claim=claim, action="submit", user=people["checker"])
    with pytest.raises(services.WorkflowError, match=REFUSAL):
        services.take_action(claim=claim, action="approve", user=people["first"])


def test_making_the_claim_from_a_statement_is_not_revising(people):
    claim = services.make_claim(statement=make_claim().statement, user=people["first"])
    claim = services.take_action(
        claim=claim, action="assign", user=people["first"], assignee=people["checker"]
    )
    claim.rating, claim.rationale = Rating.objects.get(slug="accurate"), "Port records."
    claim = services.save_claim(claim=claim, user=people["checker"], opened_version=claim.version)
    evidence = make_claim(checked=True).evidence.get()
    evidence.pk, evidence.claim = None, claim
    services.save_evidence(evidence=evidence, user=people["checker"])
    claim = services.take_action(
        claim=Claim.objects.get(pk=claim.pk), action="submit", user=people["checker"]
    )
    assert services.take_action(claim=claim, action="approve", user=people["first"]).status == S.APPROVED


def test_publishing_a_version_starts_the_count_again(people):
    claim = edit_rationale(submitted(people), people["first"])
    claim = services.take_action(claim=claim, action="approve", user=people["second"])
    claim = services.take_action(claim=claim, action="publish", user=people["second"])
    claim.rationale += " Corrected."
    claim = services.save_claim(claim=claim, user=people["second"], opened_version=claim.version)
    assert services.take_action(claim=claim, action="approve", user=people["first"]).status == S.APPROVED
