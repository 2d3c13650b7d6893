"""Making and editing claims and their evidence, under the edit rule and optimistic locking.

Whoever changes what readers are shown as the check (the reviewed fields, or the evidence) stands
behind the verdict: a settled verdict goes back to review, and one in review becomes the
reviser's, so that the two-person rule keeps them from approving what they wrote.
"""

from django.db import transaction

from .. import rules
from ..caching.triggers import briefing_changed
from ..models import Claim, Evidence
from ..states import SETTLED, Anchor, ClaimStatus
from .errors import WorkflowError, refuse_invalid
from .history import record_event, save_and_record, shown
from .locking import lock_claim, refuse_if_stale

# What readers are shown as the check: changing any of it on an approved or published claim
# needs a second person again.
REVIEWED_FIELDS = (
    *("text", "short_text", "claimant", "claimant_unknown", "statement", "rating", "rationale"),
    *("reply_status", "contacted_on", "reply_note"),  # right of reply: printed on the claim's page
)
TRACKED_FIELDS = (*REVIEWED_FIELDS, "check_worthiness", "due_on", "assignee")
EVIDENCE_FIELDS = ("source", "stance", "excerpt", "locator")
WORKFLOW_FIELDS = (
    "status",
    "submitted_by",
    "reviewed_by",
    "dismissal_reason",
    "published_at",
    "live_version",
    "public_changed_at",
    "citations_changed",
    "anchor",
    "anchored_from",
    "anchored_in",
)
BEYOND_FIRST_WORDING = (
    *("short_text", "claimant", "claimant_unknown", "rating", "rationale"),
    *("reply_status", "contacted_on", "reply_note"),
)
RESCORING = (
    "Only editors change the check-worthiness of an approved or published verdict: "
    "it goes out with the verdict's next version."
)
NOT_YOURS = (
    "You may not edit this claim: it is assigned to someone else, dismissed, or you have no role on the desk."
)


def _refuse_earlier_revision(statement):
    """Claims are made on, and moved to, the article as it reads now."""
    if not statement.in_current_revision:
        raise WorkflowError(
            "That statement is from an earlier revision of the article; choose one from its current text."
        )


def _refuse_hidden(statement):
    """A statement hidden as not part of the article is not checked: the article would not show
    its verdict."""
    if statement.hidden:
        raise WorkflowError(
            f"Statement {statement.position} is hidden as not part of the article; "
            "an editor shows it again before it is checked."
        )


def _refuse_another_briefing(before, statement):
    """A claim checks a statement of one article and stays with it: moved to another briefing, a
    published verdict would leave its article, or return to the public from a withdrawn one, at
    a checker's word and before any review. A claim on the other article is a new claim, which
    can name this one as checked before."""
    if statement.briefing_id != before.statement.briefing_id:
        raise WorkflowError(
            "A claim stays on its own article: choose a statement of that briefing, or make a new "
            "claim on the other briefing's statement."
        )


def _revise_verdict(claim, user, from_status):
    """Make `user` the verdict's author after they changed it (see the module's docstring);
    returns the change of submitter for the history."""
    claim.revisers.add(user)
    if from_status in SETTLED:
        claim.status = ClaimStatus.IN_REVIEW
    elif from_status != ClaimStatus.IN_REVIEW:
        return {}
    previous = claim.submitted_by
    claim.submitted_by = user
    claim.reviewed_by = None
    return {"submitted_by": [shown(previous), shown(user)]} if previous != user else {}


def _start_from_statement(claim):
    """What the import read in the statement, where the maker left it empty: its check-worthiness
    and its speaker as the claimant. Both stay editable; neither is the maker's own content."""
    if claim.check_worthiness is None:
        claim.check_worthiness = claim.statement.check_worthiness
    if not claim.claimant:
        claim.claimant = claim.statement.speaker


@transaction.atomic
def make_claim(*, user, statement=None, claim=None):
    """A new claim: worded as `statement` for the checker to refine (the desk's "+ Claim"), or
    `claim` as an unsaved form filled it in (the admin's add form). Its first wording is not a
    change to a verdict."""
    if not rules.may_make_claim(user):
        raise WorkflowError("You may not make claims: that needs the Checker or Editor role.")
    if claim is None:
        claim = Claim(statement=statement, text=statement.text)
    _refuse_earlier_revision(claim.statement)
    _refuse_hidden(claim.statement)
    if (
        claim.status != ClaimStatus.NEW
        or claim.submitted_by_id
        or claim.reviewed_by_id
        or claim.live_version_id
    ):
        raise WorkflowError("A claim starts as new; the workflow's actions move it on from there.")
    if claim.due_on and not rules.may_assign_claims(user):
        raise WorkflowError("Only editors set due dates.")
    if claim.assignee_id and not rules.may_assign_claims(user):
        raise WorkflowError("Only editors assign claims; a checker takes one with “Take this claim”.")
    own_content = any(getattr(claim, field) for field in BEYOND_FIRST_WORDING)
    _start_from_statement(claim)
    claim.version = 1
    claim.save()
    if own_content:
        claim.revisers.add(user)  # content beyond the statement's wording counts as a change
    record_event(claim=claim, user=user, action="created", from_status="")
    return claim


def _changed_fields(before, claim):
    return {
        field: [shown(getattr(before, field)), shown(getattr(claim, field))]
        for field in TRACKED_FIELDS
        if getattr(before, field) != getattr(claim, field)
    }


@transaction.atomic
def save_claim(*, claim, user, opened_version=None, comment=""):
    """Save an edit to an existing claim (its fields as changed in memory), refusing a stale one."""
    before = lock_claim(claim)
    if not rules.may_edit_claim(user, before):
        raise WorkflowError(NOT_YOURS)
    refuse_if_stale(claim=claim, opened_version=opened_version, current_version=before.version)
    changes = _changed_fields(before, claim)
    if not changes:
        return claim
    if "due_on" in changes and not rules.may_assign_claims(user):
        raise WorkflowError("Only editors set due dates.")
    if "assignee" in changes and not rules.may_assign_claims(user):
        raise WorkflowError("Only editors assign claims; a checker takes one with “Take this claim”.")
    if "check_worthiness" in changes and not rules.may_score_claim(user, before):
        raise WorkflowError(RESCORING)
    from_status = before.status
    for field in WORKFLOW_FIELDS:  # the workflow's, never the form's: keep what is stored
        setattr(claim, field, getattr(before, field))
    if "statement" in changes:
        _refuse_another_briefing(before, claim.statement)
        _refuse_earlier_revision(claim.statement)
        _refuse_hidden(claim.statement)
        if before.anchor != Anchor.EXACT:  # a person chose the statement: e.g. re-linking an orphan
            claim.anchor = Anchor.EXACT
            changes["anchor"] = [before.anchor, Anchor.EXACT]
    if set(changes) & set(REVIEWED_FIELDS):
        changes.update(_revise_verdict(claim, user, from_status))
    if "statement" in changes and claim.live_version_id:  # readers see where a verdict stands at once
        briefing_changed(claim.statement.briefing_id)
    return save_and_record(
        claim=claim, user=user, action="edited", from_status=from_status, comment=comment, changes=changes
    )


def _evidence_value(evidence, field):
    return evidence.get_stance_display() if field == "stance" else shown(getattr(evidence, field))


def _evidence_summary(evidence):
    parts = [f"{evidence.get_stance_display()}: {evidence.source}"]
    if evidence.excerpt:
        parts.append(f"“{evidence.excerpt}”")
    if evidence.locator:
        parts.append(f"({evidence.locator})")
    return " ".join(parts)


def _store_evidence(evidence, before, remove):
    """Write the evidence change; returns its kind and the changes to record (none: nothing to do)."""
    if remove:
        evidence.delete()
        return "removed", {"evidence": [_evidence_summary(before), ""]}
    if before is None:
        evidence.version = 1
        evidence.save()
        return "added", {"evidence": ["", _evidence_summary(evidence)]}
    changes = {
        f"evidence {field}": [_evidence_value(before, field), _evidence_value(evidence, field)]
        for field in EVIDENCE_FIELDS
        if getattr(before, field) != getattr(evidence, field)
    }
    if changes:
        evidence.version = before.version + 1
        evidence.save()
    return "changed", changes


@transaction.atomic
def save_evidence(*, evidence, user, opened_version=None, comment="", remove=False):
    """Add, change or remove one piece of evidence on its claim. Refused when the person may not
    edit the claim or someone changed the evidence since it was opened; recorded on the claim's
    history field by field."""
    claim = lock_claim(evidence.claim)
    if not rules.may_edit_claim(user, claim):
        raise WorkflowError(NOT_YOURS)
    before = None
    if evidence.pk:
        before = Evidence.objects.select_for_update(of=("self",)).select_related("source").get(pk=evidence.pk)
        if before.claim_id != claim.pk:
            raise WorkflowError("Evidence stays on its claim: remove it there and add it to the other claim.")
        refuse_if_stale(claim=claim, opened_version=opened_version, current_version=before.version)
    if not remove:
        refuse_invalid(evidence, exclude=["version"])
    kind, changes = _store_evidence(evidence, before, remove)
    if not changes:
        return claim
    from_status = claim.status
    changes.update(_revise_verdict(claim, user, from_status))
    return save_and_record(
        claim=claim,
        user=user,
        action=f"evidence_{kind}",
        from_status=from_status,
        comment=comment,
        changes=changes,
    )
