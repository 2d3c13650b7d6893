"""Withdrawing one published verdict (a retraction), as the workflow's `withdraw` action does it.

A newsroom withdraws a fact-check that cannot stand when a correction will not do. The verdict
leaves every public place at once (its page answers 410 Gone with the date and the reason, the
article shows its statement without a verdict, the feeds, sitemap, search and API lists drop it,
an incremental API sync gives its tombstone), while every published version stays in the database
as the record. The claim goes out again only as a new version: "reconsider" sends it back for
changes, and an editor approves and publishes it as before.
"""

from django.utils import timezone

from ..caching.triggers import briefing_changed, linking_claims_changed
from ..models import Claim
from .publicity import restamp_when_committed


def take_verdict_down(claim, *, reason):
    """Stop serving `claim`'s live version (locked by the caller, who saves it and records the
    event) and invalidate every public answer that showed it; returns the change for the history.
    The version itself is kept: only the claim's pointer to it goes."""
    withdrawn = claim.live_version
    now = timezone.now()
    claim.live_version = None
    claim.withdrawn_at = now
    claim.withdrawal_reason = reason
    claim.public_changed_at = now
    # Claims naming this one as previously checked list it only while public (their pages too).
    linking_claims_changed(pk=claim.pk)
    Claim.objects.filter(previous_checks__earlier=claim, live_version__isnull=False).update(
        public_changed_at=now
    )
    # No version is saved, so no signal: the claim page, its article, the front page, feeds,
    # sitemap and API answers move on from here (and again when the transaction commits).
    briefing_changed(claim.statement.briefing_id)
    restamp_when_committed(Claim.objects.filter(pk=claim.pk))
    return {"version": [str(withdrawn.number), ""]}
