"""The pre-publication checklist shows where a publication lies ahead, not on a verdict already
out with nothing to publish again, nor on a withdrawn one until it is reconsidered."""

from django.urls import reverse

from factcheck import services

from ..factories import make_public_claim

HEADING = 'id="checklist-heading"'


def page_of(client, user, claim):
    client.force_login(user)
    return client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text


def test_a_published_verdict_with_nothing_to_publish_again_shows_no_checklist(client, editor):
    assert HEADING not in page_of(client, editor, make_public_claim())


def test_a_withdrawn_verdict_shows_no_checklist(client, editor):
    claim = services.withdraw_claim(claim=make_public_claim(), user=editor, reason="Misread figures.")
    assert HEADING not in page_of(client, editor, claim)
