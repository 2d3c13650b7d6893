"""Every service ends in services.history: no change reaches the database without a line in the
claim's history, saying who moved it from which state to which."""

import pytest

from factcheck import services
from factcheck.models import Claim, Evidence, Rating

from ..factories import answer_checklist, make_claim, make_source

S = Claim.Status
pytestmark = pytest.mark.django_db


def test_every_step_is_recorded_with_who_from_and_to(checker, editor):
    claim = services.make_claim(statement=make_claim().statement, user=checker)
    claim = services.take_action(claim=claim, action="take", user=checker)
    claim.rationale = (
        "The figures match: the port authority's weekly log lists every one of the 140 arrivals by ship name."
    )
    answer_checklist(claim)
    claim.rating = Rating.objects.get(slug="accurate")
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    evidence = Evidence(claim=claim, source=make_source(), stance=Evidence.Stance.SUPPORTS)
    services.save_evidence(evidence=evidence, user=checker)
    claim.refresh_from_db()
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(
        claim=claim, action="request_changes", user=editor, comment="Quote the source."
    )
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(claim=claim, action="approve", user=editor)
    claim = services.take_action(claim=claim, action="publish", user=editor)
    events = list(claim.events.order_by("id"))
    assert [event.action for event in events] == [
        "created",
        "take",
        "edited",
        "evidence_added",
        "submit",
        "request_changes",
        "submit",
        "approve",
        "publish",
    ]
    assert [event.actor.username for event in events] == [
        "checker",
        "checker",
        "checker",
        "checker",
        "checker",
        "editor",
        "checker",
        "editor",
        "editor",
    ]
    assert events[2].changes["rating"] == ["", "Accurate"]
    assert events[5].from_status == S.IN_REVIEW
    assert events[5].to_status == S.CHANGES_REQUESTED
    assert events[5].comment == "Quote the source."
    assert claim.version == len(events)
