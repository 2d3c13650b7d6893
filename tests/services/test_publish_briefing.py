"""services.publish_briefing: a briefing and every approved claim in it go public."""

import pytest
from django.utils import timezone

from briefings.models import Briefing
from factcheck import services
from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing, make_staff, make_unready_claim, stored_state

S = Claim.Status
pytestmark = pytest.mark.django_db
REFUSED = "You may not publish this briefing: publishing needs the Editor role."


def test_it_publishes_the_briefing_and_its_approved_claims(editor, checker):
    approved = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    waiting = make_claim(S.IN_REVIEW, statement=approved.statement, assignee=checker, submitted_by=checker)
    briefing = approved.statement.briefing
    assert services.publish_briefing(briefing=briefing, user=editor) == 1
    approved.refresh_from_db()
    waiting.refresh_from_db()
    briefing.refresh_from_db()
    assert briefing.status == Briefing.Status.PUBLISHED
    assert approved.is_public
    assert waiting.status == S.IN_REVIEW


def test_it_shows_its_published_claims_to_api_syncing(client, editor, checker):
    published = make_claim(S.PUBLISHED, assignee=checker, submitted_by=checker, checked=True)
    last_sync = timezone.now()
    services.publish_briefing(briefing=published.statement.briefing, user=editor)
    response = client.get("/api/v1/claims/", {"updated_since": last_sync.isoformat()})
    assert [claim["id"] for claim in response.json()["results"]] == [published.pk]


def test_it_refuses_a_briefing_published_already(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError, match="may not publish this briefing"):
        services.publish_briefing(briefing=briefing, user=editor)
    assert stored_state(claim) == before


@pytest.mark.parametrize("who", ["checker", "staff member without a role"])
def test_it_refuses_whoever_is_not_an_editor(checker, who):
    user = checker if who == "checker" else make_staff()
    approved = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    briefing = approved.statement.briefing
    before = stored_state(approved)
    with pytest.raises(services.WorkflowError) as refusal:
        services.publish_briefing(briefing=briefing, user=user)
    assert str(refusal.value) == REFUSED
    briefing.refresh_from_db()
    assert briefing.status == Briefing.Status.DRAFT
    assert stored_state(approved) == before


def test_it_checks_the_stored_briefing_not_a_stale_copy(editor, checker):
    """Two editors press Publish at once: the second, holding a copy from before, is refused."""
    briefing, _ = make_published_briefing(checker, editor)
    stale = Briefing.objects.get(pk=briefing.pk)
    stale.status = Briefing.Status.DRAFT  # as the second editor's page still saw it
    with pytest.raises(services.WorkflowError, match="may not publish this briefing"):
        services.publish_briefing(briefing=stale, user=editor)


def test_its_preview_names_what_publishing_then_puts_out_and_changes_nothing(editor, checker):
    approved = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    make_claim(S.IN_REVIEW, statement=approved.statement, assignee=checker, submitted_by=checker)
    briefing = approved.statement.briefing
    before = stored_state(approved)
    preview = services.publication_preview(briefing)
    assert (preview.going_out, preview.staying, preview.held_back) == ([approved], [], [])
    assert stored_state(approved) == before
    assert services.publish_briefing(briefing=briefing, user=editor) == len(preview.going_out)


def test_its_preview_of_a_withdrawal_names_every_published_verdict(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    assert services.publication_preview(briefing).coming_down == [claim]


# The pre-publication checklist (issue 19)


def test_it_holds_back_an_approved_claim_short_of_the_checklist(editor, checker):
    ready = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    unready = make_unready_claim(checker, statement=ready.statement)
    assert services.publish_briefing(briefing=ready.statement.briefing, user=editor) == 1
    ready.refresh_from_db()
    unready.refresh_from_db()
    assert ready.is_public
    assert (unready.status, unready.live_version) == (S.APPROVED, None)


def test_its_preview_names_each_claim_held_back_with_what_it_lacks(checker):
    ready = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    unready = make_unready_claim(checker, statement=ready.statement)
    preview = services.publication_preview(ready.statement.briefing)
    assert (preview.going_out, preview.unready) == ([ready], [unready])
    assert preview.unready[0].checklist_missing == [
        "a rationale of at least 100 characters (it has 10)",
        "an answer on right of reply (whether the claimant was contacted)",
    ]


def test_its_preview_reads_the_checklist_in_a_constant_number_of_queries(
    checker, django_assert_max_num_queries
):
    first = make_unready_claim(checker)
    for _ in range(5):
        make_unready_claim(checker, statement=first.statement)
    with django_assert_max_num_queries(4):
        services.publication_preview(first.statement.briefing)


def test_it_says_a_briefing_published_already_is_why_an_editor_is_refused(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError) as refusal:
        services.publish_briefing(briefing=briefing, user=editor)
    assert str(refusal.value) == "You may not publish this briefing: it is published already."
    assert stored_state(claim) == before


def test_its_refusal_names_the_role_before_the_state_for_a_checker(editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    refusal = services.publication_refusal(briefing=briefing, user=checker)
    assert refusal == "You may not publish this briefing: publishing needs the Editor role."


def approved_on(statement, checker, text):
    return make_claim(
        S.APPROVED, statement=statement, assignee=checker, submitted_by=checker, checked=True, text=text
    )


def test_it_publishes_what_the_editor_confirmed(editor, checker):
    approved = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    briefing = approved.statement.briefing
    confirmed = services.publication_preview(briefing).going_out_key
    assert services.publish_briefing(briefing=briefing, user=editor, confirmed_going_out=confirmed) == 1


def test_it_refuses_when_a_verdict_was_approved_after_the_confirmation_was_read(editor, checker):
    first = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    briefing = first.statement.briefing
    confirmed = services.publication_preview(briefing).going_out_key
    later = approved_on(first.statement, checker, "A verdict approved meanwhile.")
    with pytest.raises(services.StaleConfirmation, match="Nothing was published"):
        services.publish_briefing(briefing=briefing, user=editor, confirmed_going_out=confirmed)
    briefing.refresh_from_db()
    assert briefing.status != Briefing.Status.PUBLISHED
    assert not Claim.objects.get(pk=later.pk).is_public


def test_it_refuses_when_a_listed_verdict_was_edited_after_the_confirmation_was_read(editor, checker):
    approved = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    confirmed = services.publication_preview(approved.statement.briefing).going_out_key
    Claim.objects.filter(pk=approved.pk).update(version=approved.version + 1)
    with pytest.raises(services.StaleConfirmation):
        services.publish_briefing(
            briefing=approved.statement.briefing, user=editor, confirmed_going_out=confirmed
        )
    assert not Claim.objects.get(pk=approved.pk).is_public
