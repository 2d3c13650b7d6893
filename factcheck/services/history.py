"""The one way a change to a claim is stored: bump its version, save, and record an event.

Every service ends here, so no change reaches the database without a line in the claim's history.
"""

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import F

from ..models import ClaimEvent
from ..people import desk_name


def shown(value):
    """A value as the history stores it: text, a person by their desk name (full name, else
    username), and an empty string for nothing."""
    if isinstance(value, AbstractBaseUser):
        return desk_name(value)
    return "" if value is None else str(value)


def record_event(*, claim, user, action, from_status, comment="", changes=None):
    return ClaimEvent.objects.create(
        claim=claim,
        actor=user,
        action=action,
        from_status=from_status,
        to_status=claim.status,
        comment=comment,
        changes=changes or {},
    )


def save_and_record(*, claim, user, action, from_status, comment="", changes=None):
    """Store the claim with its next version (so stale edits are refused) and record why."""
    claim.version = F("version") + 1
    claim.save()
    claim.refresh_from_db()
    record_event(
        claim=claim, user=user, action=action, from_status=from_status, comment=comment, changes=changes
    )
    return claim
