"""The claim desk: the list (changelist), the change form (change), its workflow buttons (workflow)
and the bulk actions (actions), put together in one ModelAdmin.

Every change is made through factcheck.services; this package only offers what
`Claim.get_actions(user)` and factcheck.rules allow.
"""

from django.contrib import admin
from django.utils.safestring import mark_safe

from briefings.desk_words import DeskWords

from ...models import Claim
from ..listing import QuickActionCheckbox
from ..refusals import RefusalAsMessage
from .actions import ClaimActions
from .change import ClaimChange
from .changelist import ClaimList
from .checklist import ClaimChecklist
from .inline import EvidenceInline
from .previous import ClaimPreviousChecks
from .workflow import NOT_ACTED, WORKFLOW, ClaimWorkflow

__all__ = ["NOT_ACTED", "WORKFLOW", "ClaimAdmin", "EvidenceInline"]


@admin.register(Claim)
class ClaimAdmin(
    ClaimList,
    ClaimChange,
    ClaimPreviousChecks,
    ClaimWorkflow,
    ClaimChecklist,
    ClaimActions,
    QuickActionCheckbox,
    RefusalAsMessage,
    DeskWords,
    admin.ModelAdmin,
):
    """The desk's one admin for claims; each concern lives in its own module."""

    # One dash for nothing in a row, marked so a phone's card can leave the line out ("Rating: —").
    empty_value_display = mark_safe('<span class="desk-none">—</span>')
