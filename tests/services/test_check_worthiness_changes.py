"""A claim's check-worthiness is triage, not a reviewed field, but each published version carries
it to API readers: a checker scores a claim only while a review is still ahead of it; on an
approved or published verdict only an editor changes it, and the history says who and when.
(Before, a checker's change on their published claim went public with its next version.)"""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim
from factcheck.services import WorkflowError

from ..admin.test_claim_change import change_url, form_data
from ..factories import make_claim, make_staff, stored_state

pytestmark = pytest.mark.django_db
S = Claim.Status


def theirs(checker, status, **fields):
    return make_claim(
        status, assignee=checker, submitted_by=checker, checked=True, check_worthiness=40, **fields
    )


def rescored(claim, user, score=90):
    claim = Claim.objects.get(pk=claim.pk)
    claim.check_worthiness = score
    return services.save_claim(claim=claim, user=user, opened_version=claim.version)


@pytest.mark.parametrize("status", [S.APPROVED, S.PUBLISHED])
def test_it_refuses_a_checker_on_a_settled_verdict(checker, status):
    claim = theirs(checker, status)
    before = stored_state(claim)
    with pytest.raises(WorkflowError, match="Only editors change the check-worthiness"):
        rescored(claim, checker)
    assert stored_state(claim) == before


def test_a_checker_scores_their_claim_while_a_review_is_ahead(checker):
    assert rescored(theirs(checker, S.IN_PROGRESS), checker).check_worthiness == 90


def test_it_refuses_staff_without_a_role(checker):
    with pytest.raises(WorkflowError, match="You may not edit this claim"):
        rescored(theirs(checker, S.IN_PROGRESS), make_staff())


def test_an_editor_rescores_a_published_verdict_on_the_record(checker, editor):
    claim = rescored(theirs(checker, S.PUBLISHED), editor)
    event = claim.events.order_by("created_at", "id").last()
    assert (event.action, event.actor, event.changes) == (
        "edited",
        editor,
        {"check_worthiness": ["40", "90"]},
    )


def test_a_rescore_leaves_a_published_verdict_published(checker, editor):
    claim = rescored(theirs(checker, S.PUBLISHED), editor)
    assert (claim.status, claim.live_version.check_worthiness) == (S.PUBLISHED, 40)


def test_the_desk_form_shows_it_read_only_to_a_checker_on_an_approved_verdict(client, checker):
    claim = theirs(checker, S.APPROVED)
    client.force_login(checker)
    client.post(change_url(claim), form_data(claim, check_worthiness=95))
    assert Claim.objects.get(pk=claim.pk).check_worthiness == 40


def test_the_desk_form_takes_an_editors_rescore(client, checker, editor):
    claim = theirs(checker, S.APPROVED)
    client.force_login(editor)
    client.post(change_url(claim), form_data(claim, check_worthiness=95))
    assert Claim.objects.get(pk=claim.pk).check_worthiness == 95


def test_the_desk_form_refuses_anonymous_visitors(client, checker):
    claim = theirs(checker, S.APPROVED)
    response = client.post(change_url(claim), form_data(claim, check_worthiness=95))
    assert (response.status_code, Claim.objects.get(pk=claim.pk).check_worthiness) == (302, 40)


def test_the_api_offers_no_way_to_change_it(client, checker, editor):
    claim = theirs(checker, S.PUBLISHED)
    client.force_login(editor)
    response = client.patch(
        reverse("api:claim-detail", args=[claim.pk]),
        {"check_worthiness": 95},
        content_type="application/json",
    )
    assert (response.status_code, Claim.objects.get(pk=claim.pk).check_worthiness) == (405, 40)
