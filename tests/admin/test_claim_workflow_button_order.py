"""The claim page's workflow buttons lead with the step that moves the check forward: on an
approved verdict, Publish comes before Request changes (which takes the approval back)."""

from django.urls import reverse

from factcheck import services

from ..factories import make_submitted_claim


def test_an_approved_verdict_offers_publish_before_request_changes(client, editor, checker):
    claim = services.take_action(claim=make_submitted_claim(checker), action="approve", user=editor)
    client.force_login(editor)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    assert page.index('value="publish"') < page.index('value="request_changes"')
