"""Optimistic locking: a save or a button refuses to overwrite a change the person has not seen.

`opened_version` is always the claim's (or evidence's) version as the person's page showed it.
The services compare it under the row lock, which is what makes two simultaneous saves safe; the
forms compare it early only to name the other person's change beside the fields.
"""

from django.utils import timezone

from ..models import Claim, Evidence
from ..people import desk_name
from .errors import EditConflict


def lock_claim(claim):
    """The claim's row, locked until the transaction ends, with what the rules read."""
    return (
        Claim.objects.select_for_update(of=("self",))
        .select_related("rating", "statement__briefing")
        .get(pk=claim.pk)
    )


def _last_change_by_someone_else(claim):
    event = claim.events.exclude(created_at__isnull=True).first()
    if event is None:
        return "Someone else changed this claim after you opened it."
    when = timezone.localtime(event.created_at)
    return (
        f"{desk_name(event.actor) if event.actor else 'Someone'} changed this claim at {when:%H:%M} on {when:%d %b} "
        f"({event.describe()}) after you opened it. Reload to see their changes, then make yours again."
    )


def is_stale(opened_version, current_version):
    """`opened_version` None or empty means no check; a value that is no version counts as stale."""
    if opened_version in (None, "") or current_version is None:
        return False
    try:
        return int(opened_version) != current_version
    except (TypeError, ValueError):
        return True


def refuse_if_stale(*, claim, opened_version, current_version):
    if is_stale(opened_version, current_version):
        raise EditConflict(_last_change_by_someone_else(claim))


def refuse_if_record_is_stale(*, record, opened_version, current_version):
    """The same check for a source or a rating, naming the last change from its own history."""
    if not is_stale(opened_version, current_version):
        return
    kind = record._meta.verbose_name
    event = record.events.exclude(created_at__isnull=True).order_by("-created_at", "-pk").first()
    if event is None:
        raise EditConflict(f"Someone else changed this {kind} after you opened it. Reload and try again.")
    when = timezone.localtime(event.created_at)
    raise EditConflict(
        f"{desk_name(event.actor) if event.actor else 'Someone'} changed this {kind} at {when:%H:%M} on {when:%d %b} after you "
        "opened it. Reload to see their changes, then make yours again."
    )


def check_record_version(record, opened_version):
    """The source or rating form's early check; the service checks again under the row lock."""
    current = type(record).objects.filter(pk=record.pk).values_list("version", flat=True).first()
    refuse_if_record_is_stale(record=record, opened_version=opened_version, current_version=current)


def check_claim_version(claim, opened_version):
    """The edit form's early check, naming who changed what."""
    current = Claim.objects.filter(pk=claim.pk).values_list("version", flat=True).first()
    refuse_if_stale(claim=claim, opened_version=opened_version, current_version=current)


def check_evidence_version(evidence, opened_version):
    current = Evidence.objects.filter(pk=evidence.pk).values_list("version", flat=True).first()
    refuse_if_stale(claim=evidence.claim, opened_version=opened_version, current_version=current)
