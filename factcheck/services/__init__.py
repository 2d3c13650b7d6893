"""Everything that changes a claim, its verdict, its evidence or a briefing's publication goes
through these services. Each enforces its own rule (factcheck.rules) whatever door calls it, takes
keyword-only arguments and records history, so the doors never repeat a rule."""

from .anchoring import confirm_anchor, reanchor_claims
from .checklist import override_checklist_item
from .editing import make_claim, save_claim, save_evidence
from .errors import EditConflict, StaleConfirmation, WorkflowError
from .locking import check_claim_version, check_evidence_version, check_record_version
from .notifications import notifications_muted
from .previous import link_previous_check, unlink_previous_check
from .publishing import (
    PublicationPreview,
    publication_preview,
    publication_refusal,
    publish_briefing,
    withdraw_briefing,
    withdraw_claim,
    withdrawal_refusal,
)
from .records import save_rating, save_source
from .standards import save_standards_page
from .submissions import (
    dismiss_submission,
    forget_submission_contacts,
    make_claim_from_submission,
    receive_submission,
)
from .triage import MOST_FROM_TOP, make_claims_from_top
from .versions import publish_version, review_checklist
from .workflow import make_claim_from_desk, take_action, why_not

__all__ = [
    "MOST_FROM_TOP",
    "EditConflict",
    "StaleConfirmation",
    "PublicationPreview",
    "WorkflowError",
    "check_claim_version",
    "confirm_anchor",
    "dismiss_submission",
    "forget_submission_contacts",
    "check_evidence_version",
    "check_record_version",
    "link_previous_check",
    "make_claim",
    "make_claim_from_desk",
    "make_claim_from_submission",
    "make_claims_from_top",
    "notifications_muted",
    "override_checklist_item",
    "publication_preview",
    "publication_refusal",
    "publish_briefing",
    "publish_version",
    "reanchor_claims",
    "receive_submission",
    "review_checklist",
    "save_claim",
    "save_evidence",
    "save_rating",
    "save_source",
    "save_standards_page",
    "take_action",
    "unlink_previous_check",
    "why_not",
    "withdraw_briefing",
    "withdraw_claim",
    "withdrawal_refusal",
]
