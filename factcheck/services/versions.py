"""Publishing a version: freezing the working copy as what the public reads, in the open.

`publish_version` is the only way a claim's public face changes. It freezes the verdict with the
rating and the sources as they are now, records a correction when the rating differs from the
version readers saw before, and says why the version was published. It refuses a verdict that
fails the newsroom's pre-publication checklist (factcheck.checklist), whichever door asks; the
version records how it passed, and any editor's overrides lapse with it.
"""

from django.db import transaction
from django.utils import timezone

from .. import checklist, rules
from ..models import CitedEvidence, Claim, Correction
from ..models.versions import snapshot
from ..states import TO_CONFIRM, Anchor
from ..workflow import BY_NAME
from .errors import WorkflowError
from .publicity import restamp_when_committed

FIRST_PUBLICATION = "First published."


def _notes_since(claim, since):
    """The change notes written on the claim since its last publication, oldest first, once each:
    the comments on changes to the verdict (edits, evidence, a changed source or rating). What the
    workflow's steps said (a request for changes, an approval) is the desk talking to the checker,
    and readers never see it."""
    events = claim.events.exclude(comment="").exclude(action__in=list(BY_NAME)).order_by("created_at", "id")
    if since is not None:
        events = events.filter(created_at__gt=since.published_at)
    notes = []
    for event in events:
        if event.comment not in notes:
            notes.append(event.comment)
    return notes


def _correction(claim, previous, version, notes):
    """The correction readers are owed when the rating they saw changes."""
    if previous is None or previous.scale_rating_id == version.scale_rating_id:
        return
    rating_notes = [
        event.comment
        for event in claim.events.filter(changes__has_key="rating", created_at__gt=previous.published_at)
        .exclude(comment="")
        .order_by("-created_at", "-id")[:1]
    ]
    reason = (rating_notes or notes[-1:] or ["the verdict was revised after new evidence"])[0]
    Correction.objects.create(
        claim=claim,
        version=version,
        from_rating_id=previous.scale_rating_id,
        to_rating_id=version.scale_rating_id,
        from_label=previous.rating_name,
        to_label=version.rating_name,
        reason=reason,
    )


@transaction.atomic
def publish_version(*, claim, user, reason=""):
    """Freeze `claim`'s working copy (locked by the caller) as its next published version and make
    it live. `reason` overrides the change notes (a re-publication says why). The caller saves the
    claim and records the event (take_action does both)."""
    if not rules.may_publish_claims(user):
        raise WorkflowError("You may not publish verdicts: that needs the Editor role.")
    missing = checklist.refusal(review_checklist(claim))
    if missing:
        raise WorkflowError(missing)
    return freeze_version(claim=claim, user=user, reason=reason)


def review_checklist(claim):
    """The pre-publication checklist for `claim`'s working copy as stored with its evidence (one
    query for the evidence, unless `evidence` was prefetched with its sources)."""
    if "evidence" in getattr(claim, "_prefetched_objects_cache", {}):
        return checklist.review(claim, list(claim.evidence.all()))
    return checklist.review(claim, list(claim.evidence.select_related("source")))


def freeze_version(*, claim, user=None, reason=""):
    """publish_version without the rule, for test factories that set up a published claim directly."""
    if claim.rating is None:
        raise WorkflowError("A verdict needs a rating before it is published.")
    # A withdrawn verdict has no live version: the new one follows the last published all the same.
    previous = claim.live_version
    if previous is None and claim.withdrawn_at is not None:
        previous = claim.versions.order_by("-number").first()
    notes = _notes_since(claim, previous)
    if not reason:
        reason = FIRST_PUBLICATION if previous is None else (" ".join(notes) or "Revised.")
    version, cited = snapshot(claim, previous=previous, user=user, reason=reason, when=timezone.now())
    version.save()
    for evidence in cited:
        evidence.version = version
    CitedEvidence.objects.bulk_create(cited)
    _correction(claim, previous, version, notes)
    claim.live_version = version
    claim.published_at = claim.published_at or version.published_at
    claim.public_changed_at = version.published_at
    restamp_when_committed(Claim.objects.filter(pk=claim.pk))
    claim.revisers.clear()
    claim.checklist_overrides = {}  # an override lets one publication through, not the next
    claim.citations_changed = False
    if claim.anchor in TO_CONFIRM:
        claim.anchor = Anchor.EXACT  # the new version checked the statement as it stands now
    return version
