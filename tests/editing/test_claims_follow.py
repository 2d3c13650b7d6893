"""Claims follow an editor's corrections of the split; a hidden statement's claims wait."""

import pytest

from briefings.editing import EditRefused, hide_statement, merge_statements, split_statement, unhide_statement
from factcheck import services
from factcheck.models import Claim, ClaimVersion
from factcheck.services import WorkflowError

from ..factories import make_claim, make_user
from .conftest import at, cut_after, with_phrase

pytestmark = pytest.mark.django_db

SENTENCE = "Although the exact details of Russia’s list remain unclear"
FIRST = "Russia has reportedly put forward"


def claim_on(statement, text, status=Claim.Status.NEW, **fields):
    return make_claim(status, statement=statement, text=text, **fields)


def split_sentence(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    split_statement(statement=statement, offset=cut_after(statement, "remain unclear,"), user=editor)
    return statement


def test_a_claim_whose_text_is_in_the_second_part_moves_there(briefing, editor):
    claim = claim_on(with_phrase(briefing, SENTENCE), "the proposals largely mirror previous demands")
    statement = split_sentence(briefing, editor)
    claim.refresh_from_db()
    assert (claim.statement.position, claim.anchor) == (statement.position + 1, "exact")


def test_a_claim_whose_text_is_in_the_first_part_stays(briefing, editor):
    claim = claim_on(with_phrase(briefing, SENTENCE), "the exact details of Russia’s list remain unclear")
    statement = split_sentence(briefing, editor)
    claim.refresh_from_db()
    assert (claim.statement_id, claim.anchor) == (statement.pk, "exact")


def test_a_claim_neither_part_holds_stays_on_the_first_part_flagged(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    claim = claim_on(statement, statement.text)
    split_sentence(briefing, editor)
    claim.refresh_from_db()
    assert (claim.statement_id, claim.anchor) == (statement.pk, "split")


def test_a_flagged_claim_needs_attention_on_the_desk(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    claim = claim_on(statement, statement.text)
    split_sentence(briefing, editor)
    assert list(Claim.objects.anchor_needs_attention()) == [claim]


def test_an_editor_confirms_a_flagged_claim(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    claim = claim_on(statement, statement.text, submitted_by=make_user("checker", "Checker"))
    split_sentence(briefing, editor)
    claim = services.confirm_anchor(claim=Claim.objects.get(pk=claim.pk), user=editor)
    assert claim.anchor == "exact"


def test_the_claim_history_says_its_statement_was_split(briefing, editor):
    claim = claim_on(with_phrase(briefing, SENTENCE), "the proposals largely mirror previous demands")
    split_sentence(briefing, editor)
    event = claim.events.order_by("created_at", "id").last()
    assert (event.action, event.actor) == ("statement_edited", editor)
    assert "split" in event.comment


def test_a_merge_carries_the_second_statements_claims(briefing, editor):
    first = with_phrase(briefing, FIRST)
    claim = claim_on(at(briefing, first.position + 1), "Moscow outlined these conditions")
    merge_statements(statement=first, user=editor)
    claim.refresh_from_db()
    assert claim.statement_id == first.pk


def test_a_merge_keeps_the_first_statements_claims(briefing, editor):
    first = with_phrase(briefing, FIRST)
    claim = claim_on(first, "Russia put forward demands")
    merge_statements(statement=first, user=editor)
    claim.refresh_from_db()
    assert claim.statement_id == first.pk


def test_a_merge_keeps_a_published_version_and_the_wording_it_checked(briefing, editor):
    first = with_phrase(briefing, FIRST)
    second = at(briefing, first.position + 1)
    claim = claim_on(second, "Moscow outlined these conditions", Claim.Status.PUBLISHED, checked=True)
    merge_statements(statement=first, user=editor)
    version = ClaimVersion.objects.get(claim=claim)
    assert (version.statement_id, version.statement_text) == (first.pk, second.text)


def test_a_split_keeps_the_wording_a_published_version_checked(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    claim = claim_on(statement, statement.text, Claim.Status.PUBLISHED, checked=True)
    split_sentence(briefing, editor)
    assert ClaimVersion.objects.get(claim=claim).statement_text == statement.text


def test_it_refuses_to_hide_a_statement_with_a_published_verdict(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    claim_on(statement, statement.text, Claim.Status.PUBLISHED, checked=True)
    with pytest.raises(EditRefused, match="published verdict"):
        hide_statement(statement=statement, user=editor)
    assert not at(briefing, statement.position).hidden


def test_a_claim_on_a_hidden_statement_cannot_be_published(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    claim = claim_on(statement, statement.text, Claim.Status.APPROVED, checked=True)
    hide_statement(statement=statement, user=editor)
    with pytest.raises(WorkflowError, match="hidden"):
        services.take_action(claim=claim, action="publish", user=editor)
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.APPROVED


def test_it_is_published_once_its_statement_is_shown_again(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    claim = claim_on(statement, statement.text, Claim.Status.APPROVED, checked=True)
    hide_statement(statement=statement, user=editor)
    unhide_statement(statement=statement, user=editor)
    assert services.take_action(claim=claim, action="publish", user=editor).status == Claim.Status.PUBLISHED


def test_publishing_the_briefing_holds_back_a_claim_on_a_hidden_statement(briefing, editor):
    hidden = with_phrase(briefing, SENTENCE)
    held = claim_on(hidden, hidden.text, Claim.Status.APPROVED, checked=True)
    shown = claim_on(
        with_phrase(briefing, FIRST), "Russia put forward demands", Claim.Status.APPROVED, checked=True
    )
    hide_statement(statement=hidden, user=editor)
    assert services.publish_briefing(briefing=briefing, user=editor) == 1
    assert Claim.objects.get(pk=held.pk).status == Claim.Status.APPROVED
    assert Claim.objects.get(pk=shown.pk).status == Claim.Status.PUBLISHED


def test_no_claim_is_made_on_a_hidden_statement(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    hide_statement(statement=statement, user=editor)
    with pytest.raises(WorkflowError, match="hidden"):
        services.make_claim(statement=at(briefing, statement.position), user=editor)
    assert not Claim.objects.exists()


def test_a_split_tells_api_readers_of_later_published_claims_renumbered(briefing, editor):
    later = claim_on(
        with_phrase(briefing, "A ban on Ukraine joining NATO"), "A ban", Claim.Status.PUBLISHED, checked=True
    )
    before = Claim.objects.get(pk=later.pk).public_changed_at
    split_sentence(briefing, editor)
    assert Claim.objects.get(pk=later.pk).public_changed_at > before


def test_a_merge_leaves_earlier_published_claims_alone(briefing, editor):
    earlier = claim_on(
        with_phrase(briefing, FIRST), "Russia put forward demands", Claim.Status.PUBLISHED, checked=True
    )
    before = Claim.objects.get(pk=earlier.pk).public_changed_at
    merge_statements(statement=with_phrase(briefing, SENTENCE), user=editor)
    assert Claim.objects.get(pk=earlier.pk).public_changed_at == before
