"""Previously checked: linking a claim to an earlier checked claim it resembles, and unlinking.

A link is a note for the desk and for readers ("Previously checked: …"), never a verdict: nothing
of the earlier claim (rating, rationale, evidence) is copied, so the claim's own check stands or
falls on its own. Linking bumps no version (an edit form open meanwhile stays valid: the link
changes none of its fields) but is recorded on the claim's history. A published claim's page and
API entry show the link, so its briefing's pages are invalidated and its public face is dated.
"""

import math

from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import rules
from ..caching.triggers import briefing_changed
from ..models import Claim, PreviousCheck
from .errors import WorkflowError
from .history import record_event
from .locking import lock_claim
from .publicity import restamp_when_committed

LINKED = "previous_check_linked"
UNLINKED = "previous_check_unlinked"
NOT_YOURS = "You may not link earlier checks to this claim: only whoever may edit it does."


def _described(earlier):
    return f"#{earlier.pk} {earlier.live_version.text if earlier.live_version_id else earlier.text}"[:120]


def _refuse_bad_similarity(similarity):
    if similarity is None:
        return None
    if isinstance(similarity, bool) or not isinstance(similarity, (int, float)):
        raise WorkflowError("Not linked: the similarity must be a number from 0 to 1.")
    if math.isnan(similarity) or not 0 <= similarity <= 1:
        raise WorkflowError("Not linked: the similarity must be a number from 0 to 1.")
    return float(similarity)


def _public_face_changed(claim):
    """The API dates the change (staff read `updated_at`); readers see the claim's "Previously
    checked" line (its page, the API) only on a published claim."""
    now = timezone.now()
    Claim.objects.filter(pk=claim.pk).update(updated_at=now)
    if claim.live_version_id:
        Claim.objects.filter(pk=claim.pk).update(public_changed_at=now)
        restamp_when_committed(Claim.objects.filter(pk=claim.pk))
        briefing_changed(claim.statement.briefing_id)


@transaction.atomic
def link_previous_check(*, claim, earlier, user, similarity=None):
    """Link `claim` to `earlier`, a claim with a published verdict it resembles; `similarity` (0–1)
    is the suggestion's score, kept with the link. Returns the PreviousCheck."""
    claim = lock_claim(claim)
    if not rules.may_link_previous_check(user, claim):
        raise WorkflowError(NOT_YOURS)
    similarity = _refuse_bad_similarity(similarity)
    earlier = Claim.objects.select_related("live_version").filter(pk=getattr(earlier, "pk", None)).first()
    if earlier is None:
        raise WorkflowError("Not linked: there is no such earlier claim.")
    if earlier.pk == claim.pk:
        raise WorkflowError("Not linked: a claim cannot be its own earlier check.")
    if earlier.live_version_id is None:
        raise WorkflowError(
            "Not linked: only a claim with a published verdict can be linked as checked before."
        )
    if PreviousCheck.objects.filter(claim=claim, earlier=earlier).exists():
        raise WorkflowError(f"Already linked: claim #{earlier.pk} is already listed as checked before.")
    try:
        with transaction.atomic():
            link = PreviousCheck.objects.create(
                claim=claim, earlier=earlier, similarity=similarity, linked_by=user
            )
    except IntegrityError:  # linked by someone else a moment ago
        raise WorkflowError(
            f"Already linked: claim #{earlier.pk} is already listed as checked before."
        ) from None
    record_event(
        claim=claim,
        user=user,
        action=LINKED,
        from_status=claim.status,
        changes={"previously checked": ["", _described(earlier)]},
        comment="" if similarity is None else f"Similarity {similarity:.2f}.",
    )
    _public_face_changed(claim)
    return link


@transaction.atomic
def unlink_previous_check(*, claim, earlier, user):
    """Take `earlier` off `claim`'s previously checked claims."""
    claim = lock_claim(claim)
    if not rules.may_link_previous_check(user, claim):
        raise WorkflowError(NOT_YOURS)
    link = (
        PreviousCheck.objects.select_related("earlier__live_version")
        .filter(claim=claim, earlier_id=getattr(earlier, "pk", None))
        .first()
    )
    if link is None:
        raise WorkflowError("Nothing to unlink: that claim is not listed as checked before.")
    link.delete()
    record_event(
        claim=claim,
        user=user,
        action=UNLINKED,
        from_status=claim.status,
        changes={"previously checked": [_described(link.earlier), ""]},
    )
    _public_face_changed(claim)
