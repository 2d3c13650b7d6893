"""Overriding an item of the pre-publication checklist: an editor's written exception, in the open.

The override stands on the working copy until the verdict is next published; that version records
it (who, why, when) and the next publication is checked afresh.
"""

from django.db import transaction
from django.utils import timezone

from briefings.quoting import quoted_at_end

from .. import checklist, rules
from ..people import desk_name
from .errors import WorkflowError
from .history import save_and_record
from .locking import lock_claim, refuse_if_stale
from .versions import review_checklist

REASON_LIMIT = 1000


def _refuse_item(claim, item):
    if item not in checklist.BY_NAME:
        raise WorkflowError(f"There is no checklist item {quoted_at_end(item)}")
    result = next(result for result in review_checklist(claim) if result.item.name == item)
    if not result.enabled:
        raise WorkflowError(f"“{result.item.label}” is not on this newsroom's checklist.")
    if result.missing is None:
        raise WorkflowError(f"“{result.item.label}” passes already: there is nothing to override.")


@transaction.atomic
def override_checklist_item(*, claim, item, reason, user, opened_version=None):
    """Let `claim`'s next publication through without checklist `item`, for the written `reason`."""
    if user is None or not user.is_authenticated:
        raise WorkflowError("Sign in to work on claims.")
    claim = lock_claim(claim)
    refuse_if_stale(claim=claim, opened_version=opened_version, current_version=claim.version)
    if not rules.may_override_checklist(user, claim):
        raise WorkflowError(
            "You may not override the checklist on this claim: that needs the Editor role, only once "
            "the verdict is approved (or published and waiting to go out again), and nobody overrides "
            "it on a check they submitted or revised."
        )
    reason = " ".join((reason or "").split())
    if not reason:
        raise WorkflowError("An override needs a reason: say why the verdict may go out without it.")
    if len(reason) > REASON_LIMIT:
        raise WorkflowError(f"Keep the reason under {REASON_LIMIT} characters.")
    _refuse_item(claim, item)
    override = {"reason": reason, "by": desk_name(user), "user_id": user.pk, "at": timezone.now().isoformat()}
    claim.checklist_overrides = {**claim.checklist_overrides, item: override}
    return save_and_record(
        claim=claim,
        user=user,
        action="checklist_overridden",
        from_status=claim.status,
        changes={f"checklist {item}": ["", reason]},
    )
