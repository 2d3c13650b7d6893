"""Changing a source or a rating: recorded, ruled, and never silently rewriting a published verdict.

Published versions cite sources and ratings as they were, so an edit here changes no public page.
Instead the verdicts whose live version cites what changed are flagged (`citations_changed`) and
listed on the desk, for an editor to publish again.
"""

from django.db import transaction
from django.db.models import F

from .. import rules
from ..models import Claim, ClaimEvent, Evidence, Rating, RatingEvent, Source, SourceEvent
from ..states import CLOSED, ClaimStatus
from .errors import WorkflowError, refuse_invalid
from .history import shown
from .locking import refuse_if_record_is_stale

SOURCE_PUBLIC_FIELDS = ("url", "title", "publisher", "kind", "published_on", "accessed_on")
SOURCE_FIELDS = (*SOURCE_PUBLIC_FIELDS, "notes")
RATING_PUBLIC_FIELDS = ("name", "slug", "value", "colour", "symbol", "definition", "on_scale")
RATING_FIELDS = (*RATING_PUBLIC_FIELDS, "needs_evidence")


def _changes(before, after, fields):
    return {
        field: [shown(getattr(before, field)), shown(getattr(after, field))]
        for field in fields
        if getattr(before, field) != getattr(after, field)
    }


def _flag_live_versions(claims, *, user, action, changes, comment, revised=()):
    """Mark published verdicts whose live version cites what changed, and say so on their history.
    Each gets its next version number with its event, as every change to a claim does, so an edit
    form opened before the flag is refused and `version` keeps counting the events. Whoever made
    the change becomes one of each verdict's revisers: their change reaches readers with the next
    version, which they may neither approve nor publish again alone (the two-person rule).

    `revised` (a source's change) are the claims not yet published whose working copy cites what
    changed: it is part of what each will show, as an edit of its evidence would be, so they get
    the same event and reviser, and an approved one goes back to review: no editor publishes
    evidence that changed after they approved it. Returns how many published verdicts were flagged."""
    flagged = {claim.pk: claim for claim in claims.only("pk", "status")}
    Claim.objects.filter(pk__in=list(flagged)).update(citations_changed=True)
    every = {**{claim.pk: claim for claim in revised}, **flagged}
    approved = [claim.pk for claim in revised if claim.status == ClaimStatus.APPROVED]
    Claim.objects.filter(pk__in=approved).update(status=ClaimStatus.IN_REVIEW, reviewed_by=None)
    to_status = dict.fromkeys(approved, ClaimStatus.IN_REVIEW)
    _record_on_claims(
        list(every.values()), user=user, action=action, changes=changes, comment=comment, to_status=to_status
    )
    return len(flagged)


def _working_copies_citing(source):
    """Claims not yet published (nor dismissed, nor withdrawn) whose evidence cites `source`, locked as every
    change to a claim locks it: an approval at the same moment either comes first (and is sent
    back to review here) or waits and finds the claim in review."""
    return list(
        Claim.objects.select_for_update()
        .filter(pk__in=Evidence.objects.filter(source=source).values("claim_id"))
        .exclude(status__in=CLOSED)
        .only("pk", "status")
    )


def _record_on_claims(claims, *, user, action, changes, comment, to_status=None):
    """The change on each claim's history, with its next version number (an edit form opened
    before it is refused), and its author among each claim's revisers."""
    to_status = to_status or {}
    Claim.objects.filter(pk__in=[claim.pk for claim in claims]).update(version=F("version") + 1)
    Claim.revisers.through.objects.bulk_create(
        (Claim.revisers.through(claim_id=claim.pk, user_id=user.pk) for claim in claims),
        ignore_conflicts=True,
    )
    ClaimEvent.objects.bulk_create(
        ClaimEvent(
            claim=claim,
            actor=user,
            action=action,
            from_status=claim.status,
            to_status=to_status.get(claim.pk, claim.status),
            changes=changes,
            comment=comment,
        )
        for claim in claims
    )


def _citing_source(source):
    return Claim.objects.filter(live_version__evidence__cited_source=source).distinct()


@transaction.atomic
def save_source(*, source, user, comment="", opened_version=None):
    """Add a source, or save an edit to one; returns how many published verdicts now cite an
    outdated copy of it. `opened_version` is the version the editor's form showed: an edit over
    someone else's newer change is refused rather than silently saved over it."""
    if source.pk is None:
        if not rules.may_add_source(user):
            raise WorkflowError("You may not add sources: that needs the Checker or Editor role.")
        refuse_invalid(source)
        source.save()
        SourceEvent.objects.create(source=source, actor=user, action="added", comment=comment)
        return 0
    before = Source.objects.select_for_update().get(pk=source.pk)
    refuse_if_record_is_stale(record=before, opened_version=opened_version, current_version=before.version)
    citing = _citing_source(before)
    changes = _changes(before, source, SOURCE_FIELDS)
    public = {field: change for field, change in changes.items() if field in SOURCE_PUBLIC_FIELDS}
    if not rules.may_edit_source(user, before, cited_in_public=citing.exists(), public_fields=bool(public)):
        raise WorkflowError(
            "Published verdicts cite this source: only editors change what readers see of it."
        )
    if not changes:
        return 0
    refuse_invalid(source)
    source.version = before.version + 1
    source.save()
    SourceEvent.objects.create(source=source, actor=user, action="changed", changes=changes, comment=comment)
    if not public:
        return 0
    labelled = {f"source {field}": change for field, change in public.items()}
    return _flag_live_versions(
        citing,
        user=user,
        action="source_changed",
        changes=labelled,
        comment=comment,
        revised=_working_copies_citing(before),
    )


@transaction.atomic
def save_rating(*, rating, user, comment="", opened_version=None):
    """Add a rating to the scale, or change one; returns how many published verdicts now carry an
    outdated copy of it. A stale `opened_version` is refused, as for sources."""
    if not rules.may_edit_rating(user):
        raise WorkflowError("You may not change the rating scale: that is for admins.")
    if rating.pk is None:
        refuse_invalid(rating)
        rating.save()
        RatingEvent.objects.create(rating=rating, actor=user, action="added", comment=comment)
        return 0
    before = Rating.objects.select_for_update().get(pk=rating.pk)
    refuse_if_record_is_stale(record=before, opened_version=opened_version, current_version=before.version)
    changes = _changes(before, rating, RATING_FIELDS)
    if not changes:
        return 0
    refuse_invalid(rating)
    rating.version = before.version + 1
    rating.save()
    RatingEvent.objects.create(rating=rating, actor=user, action="changed", changes=changes, comment=comment)
    public = {f"rating {field}": change for field, change in changes.items() if field in RATING_PUBLIC_FIELDS}
    if not public:
        return 0
    citing = Claim.objects.filter(live_version__scale_rating=rating)
    return _flag_live_versions(citing, user=user, action="rating_changed", changes=public, comment=comment)
