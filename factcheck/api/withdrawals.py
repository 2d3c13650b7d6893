"""What the API tells callers about public objects that left: takedowns and list membership.

A withdrawn briefing's claims, and a claim whose verdict an editor withdrew (a retraction), answer
410 Gone at their detail URLs and appear in an incremental sync (`updated_since`) as tombstones, so a partner's copy can delete them. The list watermarks say
when an object last joined or left each public list, for Last-Modified (see conditional.py).
"""

from django.db.models import Max, Q
from rest_framework import serializers, status
from rest_framework.exceptions import APIException

from briefings.models import Briefing
from briefings.quoting import quoted_at_end
from factcheck.models import Claim, Source

WAS_PUBLIC = (Briefing.Status.PUBLISHED, Briefing.Status.WITHDRAWN)


class Gone(APIException):
    status_code = status.HTTP_410_GONE
    default_code = "gone"

    def __init__(self, taken):
        """`taken`: the withdrawn briefing, or the claim whose verdict an editor withdrew."""
        super().__init__()
        # Set as is: APIException would turn every value into a string, a missing date into
        # "None". Times as every other in the API (and the sync's tombstone) writes them: "Z".
        withdrawn_at = taken.withdrawn_at
        if isinstance(taken, Claim):
            detail = "The verdict on this claim was withdrawn."
        else:
            detail = f"Withdrawn from publication with {quoted_at_end(taken.title_as_withdrawn)}"
        self.detail = {
            "detail": detail,
            "status": Briefing.Status.WITHDRAWN.value,
            "withdrawn_at": serializers.DateTimeField().to_representation(withdrawn_at)
            if withdrawn_at
            else None,
            "reason": taken.withdrawal_reason,
        }


def withdrawn_briefing(**lookup):
    """The withdrawn briefing that `lookup` (on Briefing) finds, or None."""
    return Briefing.objects.withdrawn().filter(**lookup).first()


def withdrawn_verdict(pk):
    """Claim `pk` if an editor withdrew its verdict while its briefing stays published, or None."""
    return (
        Claim.objects.withdrawn_verdicts()
        .filter(pk=pk, statement__briefing__status=Briefing.Status.PUBLISHED)
        .first()
    )


def withdrawn_claims():
    """Claims that were public until their briefing was withdrawn: a sync's tombstones."""
    return Claim.objects.filter(
        live_version__isnull=False, statement__briefing__status=Briefing.Status.WITHDRAWN
    )


def synced_claims():
    """What an incremental sync of public claims reads: the public ones and the tombstones."""
    was_public = Q(live_version__isnull=False) | Q(live_version__isnull=True, withdrawn_at__isnull=False)
    return Claim.objects.filter(was_public).in_briefings(*WAS_PUBLIC)


def public_claims_changed():
    """When a claim last joined or left the public claims (a version, a publication, a takedown)."""
    return Claim.objects.filter(live_version__isnull=False).aggregate(at=Max("public_changed_at"))["at"]


def briefings_changed(include_unpublished):
    """When a briefing last joined or left the briefings a caller reads (publish and withdraw
    both move its updated_at)."""
    briefings = (
        Briefing.objects.all() if include_unpublished else Briefing.objects.filter(status__in=WAS_PUBLIC)
    )
    return briefings.aggregate(at=Max("updated_at"))["at"]


def claims_changed(include_unpublished):
    if include_unpublished:
        return Claim.objects.aggregate(at=Max("updated_at"))["at"]
    return public_claims_changed()


def sources_changed(include_unpublished):
    """Sources join and leave the public list with the claims citing them."""
    if include_unpublished:
        return Source.objects.aggregate(at=Max("updated_at"))["at"]
    return public_claims_changed()
