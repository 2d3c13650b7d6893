"""Confirming that a verdict holds for its statement's new wording is a review of the verdict
(readers lose the "wording changed" notice at once), so it follows the two-person rule as
approving does: not by the editor who submitted it, nor by one who changed what it cites since it
was published (the tenth outside test: an editor who had repointed a cited source confirmed the
new wording themselves, leaving the second editor's republication with nothing flagged to check
but the source)."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim

from ..factories import make_user, publish_a_check

pytestmark = pytest.mark.django_db


@pytest.fixture
def changed_under_a_reviser():
    """A published verdict whose cited source an editor changed, then whose statement's wording
    a revision changed: that editor is one of the verdict's revisers."""
    published = publish_a_check(make_user("checker", "Checker"), make_user("approver", "Editor"))
    reviser = make_user("repointer", "Editor")
    source = published.evidence.get().source
    source.title = "A retitled page"
    services.save_source(source=source, user=reviser, comment="Its real title.")
    Claim.objects.filter(pk=published.pk).update(anchor=Claim.Anchor.CHANGED)
    return Claim.objects.get(pk=published.pk), reviser


def test_it_refuses_the_editor_who_changed_what_the_verdict_cites(changed_under_a_reviser):
    claim, reviser = changed_under_a_reviser
    with pytest.raises(services.WorkflowError, match="did not research or revise"):
        services.confirm_anchor(claim=claim, user=reviser, opened_version=claim.version)
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.anchor, stored.version, stored.public_changed_at) == (
        Claim.Anchor.CHANGED,
        claim.version,
        claim.public_changed_at,
    )


def test_a_second_editor_confirms_it(changed_under_a_reviser):
    claim, _ = changed_under_a_reviser
    second = make_user("second", "Editor")
    assert services.confirm_anchor(claim=claim, user=second, opened_version=claim.version).anchor == "exact"


def test_the_desk_does_not_offer_the_reviser_the_confirmation(client, changed_under_a_reviser):
    claim, reviser = changed_under_a_reviser
    client.force_login(reviser)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).content.decode()
    assert "Confirm: the verdict holds" not in page


def test_the_desk_tells_the_reviser_no_and_changes_nothing(client, changed_under_a_reviser):
    claim, reviser = changed_under_a_reviser
    client.force_login(reviser)
    url = reverse("admin:factcheck_claim_confirm_anchor", args=[claim.pk])
    response = client.post(url, {"opened_version": claim.version}, follow=True)
    assert "An editor who did not research or revise this verdict" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).anchor == Claim.Anchor.CHANGED
