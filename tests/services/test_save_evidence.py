"""services.save_evidence: add, change or remove one piece of evidence on its claim, under the
claim's edit rule, recorded on the claim's history field by field."""

import pytest

from factcheck import services
from factcheck.models import Claim, Evidence

from ..factories import make_claim, make_source, make_staff, make_user, offered, publish_a_check, stored_state

S = Claim.Status
pytestmark = pytest.mark.django_db
NOT_YOURS = (
    "You may not edit this claim: it is assigned to someone else, dismissed, or you have no role on the desk."
)


def test_it_adds_evidence_and_records_it(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    evidence = Evidence(
        claim=claim, source=make_source(), stance=Evidence.Stance.SUPPORTS, excerpt="140 ships"
    )
    claim = services.save_evidence(evidence=evidence, user=checker)
    assert claim.evidence.get().version == 1
    event = claim.events.get()
    assert event.action == "evidence_added"
    assert event.changes == {"evidence": ["", "Supports: Russian invasion of Ukraine “140 ships”"]}


def test_it_records_evidence_edits_field_by_field(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    evidence = claim.evidence.get()
    evidence.stance, evidence.excerpt = Evidence.Stance.CONTRADICTS, "Only 120 ships"
    services.save_evidence(evidence=evidence, user=checker, opened_version=evidence.version)
    assert claim.events.first().changes == {
        "evidence stance": ["Supports", "Contradicts"],
        "evidence excerpt": ["140 ships", "Only 120 ships"],
    }


def test_it_records_what_was_removed(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    services.save_evidence(evidence=claim.evidence.get(), user=checker, remove=True)
    event = claim.events.first()
    assert event.action == "evidence_removed"
    assert event.changes["evidence"][0].startswith("Supports: ")
    assert "“140 ships”" in event.changes["evidence"][0]
    assert not claim.evidence.exists()


def test_it_refuses_a_stale_evidence_edit(checker, editor):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    mine, theirs = Evidence.objects.get(), Evidence.objects.get()
    theirs.excerpt = "Theirs."
    services.save_evidence(evidence=theirs, user=editor, opened_version=theirs.version)
    before = stored_state(claim)
    mine.excerpt = "Mine."
    with pytest.raises(services.EditConflict, match="editor changed this claim"):
        services.save_evidence(evidence=mine, user=checker, opened_version=mine.version)
    assert stored_state(claim) == before
    assert Evidence.objects.get().excerpt == "Theirs."


# The wrong user


@pytest.fixture
def other_checkers_claim(db):
    return make_claim(S.IN_PROGRESS, assignee=make_user("other", "Checker"), checked=True)


def test_it_refuses_a_checker_adding_evidence_to_a_claim_assigned_to_someone_else(
    checker, other_checkers_claim
):
    claim = other_checkers_claim
    before = stored_state(claim)
    evidence = Evidence(claim=claim, source=make_source("https://example.org/mine", "Mine"), stance="context")
    with pytest.raises(services.WorkflowError) as refusal:
        services.save_evidence(evidence=evidence, user=checker)
    assert str(refusal.value) == NOT_YOURS
    assert stored_state(claim) == before
    assert claim.evidence.count() == 1


def test_it_refuses_a_checker_changing_evidence_on_a_claim_assigned_to_someone_else(
    checker, other_checkers_claim
):
    claim = other_checkers_claim
    before = stored_state(claim)
    evidence = claim.evidence.get()
    evidence.excerpt = "Mine now."
    with pytest.raises(services.WorkflowError, match=f"^{NOT_YOURS}$"):
        services.save_evidence(evidence=evidence, user=checker, opened_version=evidence.version)
    assert stored_state(claim) == before
    assert (claim.evidence.get().excerpt, claim.evidence.get().version) == ("140 ships", 1)


def test_it_refuses_a_checker_removing_evidence_from_a_claim_assigned_to_someone_else(
    checker, other_checkers_claim
):
    claim = other_checkers_claim
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError, match=f"^{NOT_YOURS}$"):
        services.save_evidence(evidence=claim.evidence.get(), user=checker, remove=True)
    assert stored_state(claim) == before
    assert claim.evidence.exists()


def test_it_refuses_a_staff_member_without_a_role():
    claim = make_claim(S.NEW)
    before = stored_state(claim)
    evidence = Evidence(claim=claim, source=make_source(), stance=Evidence.Stance.SUPPORTS)
    with pytest.raises(services.WorkflowError, match=f"^{NOT_YOURS}$"):
        services.save_evidence(evidence=evidence, user=make_staff())
    assert stored_state(claim) == before
    assert not Evidence.objects.exists()


def test_it_refuses_a_checker_moving_evidence_off_a_claim_assigned_to_someone_else(
    checker, other_checkers_claim
):
    theirs = other_checkers_claim
    mine = make_claim(S.IN_PROGRESS, statement=theirs.statement, assignee=checker)
    evidence = theirs.evidence.get()
    evidence.claim, evidence.excerpt = mine, "Mine now."
    with pytest.raises(services.WorkflowError):
        services.save_evidence(evidence=evidence, user=checker, opened_version=evidence.version)
    assert theirs.evidence.count() == 1


# Settled verdicts go back to review; whoever changes the evidence stands behind the verdict


def test_it_sends_a_published_claim_back_to_review_when_evidence_is_added(checker, editor):
    claim = publish_a_check(checker, editor)
    evidence = Evidence(
        claim=claim, source=make_source("https://example.org/new", "New"), stance=Evidence.Stance.CONTEXT
    )
    claim = services.save_evidence(evidence=evidence, user=editor)
    assert claim.status == S.IN_REVIEW
    assert not claim.corrections.exists()


def test_the_reviewer_who_changes_evidence_in_review_cannot_then_approve_it(checker, editor):
    claim = services.take_action(
        claim=make_claim(S.IN_PROGRESS, assignee=checker, checked=True), action="submit", user=checker
    )
    evidence = Evidence(claim=claim, source=make_source(), stance=Evidence.Stance.CONTEXT)
    claim = services.save_evidence(evidence=evidence, user=editor)
    assert "approve" not in offered(claim, editor)


def test_it_refuses_a_stance_that_is_not_on_the_list(checker):
    """The model's choices hold whatever door sends the evidence, not only the desk's form."""
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker)
    evidence = Evidence(claim=claim, source=make_source(), stance="<b>sort of</b>", excerpt="x")
    with pytest.raises(services.WorkflowError, match="stance"):
        services.save_evidence(evidence=evidence, user=checker)
    assert not Evidence.objects.filter(claim=claim).exists()
