"""services.save_evidence: add, change or remove one piece of evidence on its claim, under the
claim's edit rule, recorded on the claim's history field by field."""

import pytest

from factcheck import services
from factcheck.models import Claim, Evidence

from ..factories import make_claim, make_source, offered, publish_a_check

S = Claim.Status
pytestmark = pytest.mark.django_db


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
