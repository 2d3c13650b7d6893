"""services.publish_version and the pre-publication checklist: refused with what is missing, whoever
asks and by whatever door (take_action's publish and republish go through it); what the version
records; overrides and when they lapse."""

import pytest

from factcheck import services
from factcheck.models import Claim, Source
from factcheck.services.versions import freeze_version

from ..factories import UNREADY, make_claim, make_unready_claim, make_user, stored_state

S = Claim.Status
pytestmark = pytest.mark.django_db


def test_it_refuses_a_verdict_short_of_the_checklist_saying_what_is_missing(checker, editor):
    claim = make_unready_claim(checker)
    with pytest.raises(services.WorkflowError) as refusal:
        services.publish_version(claim=claim, user=editor)
    assert str(refusal.value) == UNREADY
    assert not claim.versions.exists()


def test_it_still_refuses_a_checker_first(checker):
    claim = make_unready_claim(make_user("other", "Checker"))
    with pytest.raises(services.WorkflowError, match="that needs the Editor role"):
        services.publish_version(claim=claim, user=checker)


def test_take_action_publish_is_refused_and_changes_nothing(checker, editor):
    claim = make_unready_claim(checker)
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError, match="cannot be published yet"):
        services.take_action(claim=claim, action="publish", user=editor)
    assert stored_state(claim) == before
    assert Claim.objects.get(pk=claim.pk).live_version is None


def test_republish_is_refused_too(checker, editor):
    claim = make_claim(S.PUBLISHED, assignee=checker, submitted_by=checker, checked=True)
    Claim.objects.filter(pk=claim.pk).update(citations_changed=True, reply_status="")
    with pytest.raises(services.WorkflowError, match="an answer on right of reply"):
        services.take_action(claim=Claim.objects.get(pk=claim.pk), action="republish", user=editor)
    assert Claim.objects.get(pk=claim.pk).live_version.number == 1


def test_it_publishes_a_verdict_that_passes_and_records_how(checker, editor):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    claim = services.take_action(claim=claim, action="publish", user=editor)
    assert claim.live_version.checklist == {
        name: {"state": "passed"}
        for name in ("source", "rationale", "claimant", "right_of_reply", "short_form")
    }


def test_it_freezes_right_of_reply_onto_the_version(checker, editor):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    Claim.objects.filter(pk=claim.pk).update(reply_status="not_contacted", reply_note="No address.")
    claim = services.take_action(claim=Claim.objects.get(pk=claim.pk), action="publish", user=editor)
    version = claim.live_version
    assert (version.reply_status, version.reply_note, version.claimant_unknown) == (
        "not_contacted",
        "No address.",
        True,
    )


def test_an_items_switched_off_publish_without_it_and_the_version_says_missing(checker, editor, settings):
    settings.FACTDESK_PUBLISH_CHECKLIST = "source,claimant"
    claim = services.take_action(claim=make_unready_claim(checker), action="publish", user=editor)
    assert claim.live_version.checklist["rationale"] == {"state": "missing"}
    assert claim.live_version.checklist["right_of_reply"] == {"state": "missing"}


def test_an_empty_setting_turns_the_checklist_off(checker, editor, settings):
    settings.FACTDESK_PUBLISH_CHECKLIST = ""
    claim = services.take_action(claim=make_unready_claim(checker), action="publish", user=editor)
    assert claim.live_version is not None


def test_it_needs_a_source_a_reader_can_open(checker, editor):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    claim.evidence.all().delete()
    with pytest.raises(services.WorkflowError, match="it needs a source a reader can open"):
        services.take_action(claim=claim, action="publish", user=editor)


def test_an_editors_override_lets_the_verdict_through_and_the_version_records_it(checker, editor):
    claim = make_unready_claim(checker)
    for item in ("rationale", "right_of_reply"):
        claim = services.override_checklist_item(
            claim=claim, item=item, reason=f"No {item} needed.", user=editor
        )
    claim = services.take_action(claim=claim, action="publish", user=editor)
    recorded = claim.live_version.checklist["rationale"]
    assert (recorded["state"], recorded["reason"], recorded["user_id"]) == (
        "overridden",
        "No rationale needed.",
        editor.pk,
    )


def test_an_override_lapses_when_the_verdict_is_published(checker, editor):
    claim = make_unready_claim(checker)
    for item in ("rationale", "right_of_reply"):
        claim = services.override_checklist_item(claim=claim, item=item, reason="Urgent.", user=editor)
    claim = services.take_action(claim=claim, action="publish", user=editor)
    assert claim.checklist_overrides == {}
    Claim.objects.filter(pk=claim.pk).update(citations_changed=True)
    with pytest.raises(services.WorkflowError, match="cannot be published yet"):
        services.take_action(claim=Claim.objects.get(pk=claim.pk), action="republish", user=editor)


def test_freeze_version_stays_rule_free_for_the_factories(checker):
    claim = make_unready_claim(checker)
    version = freeze_version(claim=claim)
    assert version.checklist["rationale"] == {"state": "missing"}


def test_a_source_without_a_web_address_is_no_source_a_reader_can_open(checker, editor):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    Source.objects.filter(evidence__claim=claim).update(url="urn:isbn:9780000000000")
    with pytest.raises(services.WorkflowError, match="a source a reader can open"):
        services.take_action(claim=claim, action="publish", user=editor)
