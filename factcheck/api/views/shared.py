"""What the article and claim endpoints share: when a claim as served last changed, and the
prefetches of revisions and claim summaries."""

from django.db.models import Prefetch

from briefings.models import Revision
from factcheck.models import Claim


def claim_times(claim, working_copy):
    """When a claim as served last changed: its public face (which only a new version, or its
    briefing's publication, changes), or for staff reading unpublished work, the working copy and
    the rating it carries."""
    if not working_copy:
        return [claim.public_changed_at]
    return [claim.updated_at, claim.rating.updated_at if claim.rating_id else None]


def revisions():
    """Each briefing's revisions in order, without their documents."""
    return Prefetch("revisions", queryset=Revision.objects.defer(*Revision.DOCUMENTS).order_by("number"))


def claim_summaries(user, include_unpublished):
    claims = Claim.objects.visible_to(user, include_unpublished).select_related("rating", "live_version")
    return Prefetch("claims", queryset=claims.order_by("id"))
