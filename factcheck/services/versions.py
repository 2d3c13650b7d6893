"""Publishing a version: freezing the working copy as what the public reads, in the open.

`publish_version` is the only way a claim's public face changes. It freezes the verdict with the
rating and the sources as they are now, records a correction when the rating differs from the
version readers saw before, and says why the version was published.
"""

from django.db import transaction
from django.db.models import Max, Min
from django.utils import timezone

from .. import rules
from ..models import CitedEvidence, ClaimVersion, Correction, Rating
from ..models.claims import credited_name
from .errors import WorkflowError

FIRST_PUBLICATION = "First published."


def _scale_bounds():
    bounds = Rating.objects.filter(on_scale=True).aggregate(best=Max("value"), worst=Min("value"))
    return bounds["best"], bounds["worst"]


def _notes_since(claim, since):
    """The change notes written on the claim since its last publication, oldest first, once each."""
    events = claim.events.exclude(comment="").exclude(action="publish").order_by("created_at", "id")
    if since is not None:
        events = events.filter(created_at__gt=since.published_at)
    notes = []
    for event in events:
        if event.comment not in notes:
            notes.append(event.comment)
    return notes


def _credits(earlier, person):
    """Everyone credited on the versions so far, then `person`, each once: a correction keeps the
    credit of whoever researched or edited the versions before it."""
    names = [name for name in earlier.split(", ") if name]
    name = credited_name(person)
    if name and name not in names:
        names.append(name)
    return ", ".join(names)


def _freeze(claim, *, user, previous, reason):
    rating = claim.rating
    best, worst = _scale_bounds()
    statement = claim.statement
    return ClaimVersion.objects.create(
        claim=claim,
        number=previous.number + 1 if previous else 1,
        published_at=timezone.now(),
        published_by=user,
        reason=reason,
        statement=statement,
        statement_text=statement.text,
        statement_position=statement.position,
        text=claim.text,
        short_text=claim.short_text,
        claimant=claim.claimant,
        rationale=claim.rationale,
        check_worthiness=claim.check_worthiness,
        scale_rating=rating,
        rating_name=rating.name,
        rating_slug=rating.slug,
        rating_value=rating.value,
        rating_colour=rating.colour,
        rating_symbol=rating.symbol,
        rating_definition=rating.definition,
        rating_on_scale=rating.on_scale,
        best_rating=best,
        worst_rating=worst,
        researched_by=_credits(previous.researched_by if previous else "", claim.submitted_by),
        edited_by=_credits(previous.edited_by if previous else "", claim.reviewed_by),
    )


def _cite(version, claim):
    CitedEvidence.objects.bulk_create(
        CitedEvidence(
            version=version,
            position=position,
            stance=evidence.stance,
            excerpt=evidence.excerpt,
            locator=evidence.locator,
            cited_source=evidence.source,
            title=evidence.source.title,
            publisher=evidence.source.publisher,
            url=evidence.source.url,
            kind=evidence.source.kind,
            published_on=evidence.source.published_on,
            accessed_on=evidence.source.accessed_on,
            cited_at=version.published_at,
        )
        for position, evidence in enumerate(claim.evidence.select_related("source").order_by("id"), 1)
    )


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
    return freeze_version(claim=claim, user=user, reason=reason)


def freeze_version(*, claim, user=None, reason=""):
    """publish_version without the rule, for test factories that set up a published claim directly."""
    if claim.rating is None:
        raise WorkflowError("A verdict needs a rating before it is published.")
    previous = claim.live_version
    notes = _notes_since(claim, previous)
    if not reason:
        reason = FIRST_PUBLICATION if previous is None else (" ".join(notes) or "Revised.")
    version = _freeze(claim, user=user, previous=previous, reason=reason)
    _cite(version, claim)
    _correction(claim, previous, version, notes)
    claim.live_version = version
    claim.published_at = claim.published_at or version.published_at
    claim.public_changed_at = version.published_at
    claim.revisers.clear()
    claim.citations_changed = False
    return version
