"""The checklist's override form stands on a claim's page only where the checklist can stop the
claim's next step, publishing it: an approved verdict, or a published one waiting to go out again
with changed sources; never on a claim nobody has checked yet (rules.may_override_checklist)."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_unready_claim

S = Claim.Status
OFFER = "Override for the next publication"


def short_of_the_checklist(claim):
    """The claim with a short rationale and right of reply unanswered, as make_unready_claim's."""
    Claim.objects.filter(pk=claim.pk).update(rationale="140 ships.", reply_status="")
    return claim


def page(client, claim):
    return client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text


def test_a_new_claim_shows_an_editor_no_override(client, editor):
    client.force_login(editor)
    assert OFFER not in page(client, make_claim(S.NEW))


def test_a_claim_in_progress_shows_an_editor_no_override(client, editor, checker):
    client.force_login(editor)
    assert OFFER not in page(
        client, short_of_the_checklist(make_claim(S.IN_PROGRESS, assignee=checker, checked=True))
    )


def test_a_claim_in_review_shows_an_editor_no_override(client, editor, checker):
    client.force_login(editor)
    claim = make_claim(S.IN_REVIEW, assignee=checker, submitted_by=checker, checked=True)
    assert OFFER not in page(client, short_of_the_checklist(claim))


def test_an_approved_verdict_short_of_the_checklist_shows_an_editor_the_override(client, editor, checker):
    client.force_login(editor)
    assert OFFER in page(client, make_unready_claim(checker))


def test_a_published_verdict_waiting_to_go_out_again_shows_an_editor_the_override(client, editor, checker):
    claim = make_unready_claim(checker)
    Claim.objects.filter(pk=claim.pk).update(status=S.PUBLISHED, citations_changed=True)
    client.force_login(editor)
    assert OFFER in page(client, claim)


def test_a_new_claim_still_shows_the_checklist_itself(client, editor):
    client.force_login(editor)
    assert "Before publishing" in page(client, make_claim(S.NEW))
