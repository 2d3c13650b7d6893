"""Everything that changes a claim, its verdict or its evidence goes through here, so the rules
hold whichever door a request comes through, and every change leaves an event."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import Claim, ClaimEvent, Correction, Evidence
from .workflow import BY_NAME, may_work_claims

Status = Claim.Status
VERDICT_FIELDS = ("rating", "rationale")
SETTLED = (Status.APPROVED, Status.PUBLISHED)


class WorkflowError(Exception):
    """The action was refused; the message says why, for the person who asked."""


class EditConflict(WorkflowError):
    """Someone else saved the claim since it was opened."""


def _display(value):
    if value is None:
        return ""
    return str(value)


def _record(claim, actor, action, from_status, comment="", changes=None):
    return ClaimEvent.objects.create(
        claim=claim,
        actor=actor,
        action=action,
        from_status=from_status,
        to_status=claim.status,
        comment=comment,
        changes=changes or {},
    )


_muted = ContextVar("factdesk_notifications_muted", default=False)


@contextmanager
def notifications_muted():
    """For the demo loader: set up a desk without emailing the demo users."""
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)


def _notify(user, subject, claim, body):
    if user is None or not user.email or _muted.get():
        return
    message = f"{body}\n\nClaim: {claim.text}\n{settings.FACTDESK_NEWSROOM_URL.rstrip('/')}/admin/factcheck/claim/{claim.pk}/change/"
    transaction.on_commit(
        lambda: send_mail(f"[Factdesk] {subject}", message, None, [user.email], fail_silently=True)
    )


def _locked(claim):
    return (
        Claim.objects.select_for_update(of=("self",))
        .select_related("rating", "statement__briefing")
        .get(pk=claim.pk)
    )


@transaction.atomic
def perform(claim, action_name, user, *, comment="", assignee=None):
    """Take a workflow action; raise WorkflowError, changing nothing, when it is not allowed."""
    action = BY_NAME.get(action_name)
    if user is None or not user.is_authenticated:
        raise WorkflowError("Sign in to work on claims.")
    if action is None:
        raise WorkflowError(f"Unknown action “{action_name}”.")
    claim = _locked(claim)
    if not action.allows(claim, user):
        reason = f" ({action.rule_text})" if action.rule_text else ""
        raise WorkflowError(
            f"You may not {action.label.lower().rstrip('…')} a claim that is {claim.get_status_display().lower()}{reason}."
        )
    comment = (comment or "").strip()
    if action.needs_comment and not comment:
        raise WorkflowError(f"{action.label.rstrip('…')} needs a comment saying why.")
    from_status = claim.status
    changes = {}

    if action.name == "take":
        claim.assignee = user
    elif action.name == "assign":
        if assignee is None or not may_work_claims(assignee):
            raise WorkflowError("Choose an active checker or editor to assign the claim to.")
        changes["assignee"] = [_display(claim.assignee), _display(assignee)]
        claim.assignee = assignee
    elif action.name == "submit":
        missing = claim.missing_for_submission()
        if missing:
            raise WorkflowError("Before submitting, add " + ", ".join(missing) + ".")
        claim.submitted_by = user
        claim.reviewed_by = None
    elif action.name == "approve":
        claim.reviewed_by = user
    elif action.name == "publish":
        claim.published_at = timezone.now()
    elif action.name == "dismiss":
        claim.dismissal_reason = comment
    elif action.name == "reopen":
        claim.dismissal_reason = ""
        claim.assignee = None

    claim.status = action.target
    claim.version = F("version") + 1
    claim.save()
    claim.refresh_from_db()
    _record(claim, user, action.name, from_status, comment, changes)

    if action.name == "assign":
        _notify(claim.assignee, "A claim was assigned to you", claim, f"{user} assigned you a claim.")
    elif action.name == "request_changes":
        _notify(
            claim.assignee, "Changes requested on your check", claim, f"{user} asks for changes: {comment}"
        )
    elif action.name == "approve":
        _notify(claim.submitted_by, "Your check was approved", claim, f"{user} approved your verdict.")
    return claim


def _last_change_by_someone_else(claim, version):
    event = claim.events.exclude(created_at__isnull=True).first()
    if event is None:
        return "Someone else changed this claim after you opened it."
    when = timezone.localtime(event.created_at)
    return (
        f"{event.actor or 'Someone'} changed this claim at {when:%H:%M} on {when:%d %b} "
        f"({event.describe()}) after you opened it. Reload to see their changes, then make yours again."
    )


def check_version(claim, expected_version):
    """Refuse a save made from a stale copy, naming who changed what."""
    current = Claim.objects.filter(pk=claim.pk).values_list("version", flat=True).first()
    if expected_version is not None and current is not None and int(expected_version) != current:
        raise EditConflict(_last_change_by_someone_else(claim, expected_version))


def _revise_verdict(claim, user, from_status, verdict_changes, reason):
    """Whoever changes a verdict stands behind it. A settled verdict goes back to review (a
    published one also gets a correction); one in review becomes the reviser's, so that the
    two-person rule keeps them from approving what they wrote. Returns the change of submitter
    for the history."""
    if from_status == Status.PUBLISHED and "rating" in verdict_changes:
        before, after = verdict_changes["rating"]
        if before is not None and after is not None:
            Correction.objects.create(
                claim=claim,
                from_rating=before,
                to_rating=after,
                reason=reason or "the verdict was revised after new evidence",
            )
    if from_status in SETTLED:
        claim.status = Status.IN_REVIEW
    elif from_status != Status.IN_REVIEW:
        return {}
    previous = claim.submitted_by
    claim.submitted_by = user
    claim.reviewed_by = None
    return {"submitted_by": [_display(previous), _display(user)]} if previous != user else {}


@transaction.atomic
def save_claim(claim, user, *, expected_version=None, comment="", created=False):
    """Save an edit from a form (admin or elsewhere), with optimistic locking and history."""
    if created:
        claim.version = 1
        claim.save()
        _record(claim, user, "created", "", comment)
        return claim
    check_version(claim, expected_version)
    before = Claim.objects.select_for_update(of=("self",)).select_related("rating").get(pk=claim.pk)
    tracked = (
        "text",
        "claimant",
        "rating",
        "rationale",
        "check_worthiness",
        "due_on",
        "assignee",
        "statement",
    )
    changes = {}
    verdict_changes = {}
    for field in tracked:
        old, new = getattr(before, field), getattr(claim, field)
        if old != new:
            changes[field] = [_display(old), _display(new)]
            if field in VERDICT_FIELDS:
                verdict_changes[field] = [old, new]
    if not changes:
        return claim
    from_status = before.status
    claim.status = before.status
    if verdict_changes:
        changes.update(_revise_verdict(claim, user, from_status, verdict_changes, comment))
    claim.version = F("version") + 1
    claim.save()
    claim.refresh_from_db()
    _record(claim, user, "edited", from_status, comment, changes)
    return claim


@transaction.atomic
def record_evidence_change(evidence, user, kind, *, comment=""):
    """Log an added, changed or removed piece of evidence; a settled verdict goes back to review."""
    claim = _locked(evidence.claim)
    from_status = claim.status
    label = f"{evidence.get_stance_display()}: {evidence.source}"
    changes = {"evidence": ["" if kind == "added" else label, "" if kind == "removed" else label]}
    changes.update(_revise_verdict(claim, user, from_status, {"evidence": changes["evidence"]}, comment))
    claim.version = F("version") + 1
    claim.save()
    claim.refresh_from_db()
    _record(claim, user, f"evidence_{kind}", from_status, comment, changes)
    return claim


def check_evidence_version(evidence, expected_version):
    current = Evidence.objects.filter(pk=evidence.pk).values_list("version", flat=True).first()
    if expected_version is not None and current is not None and int(expected_version) != current:
        raise EditConflict(
            f"Someone else changed the evidence from “{evidence.source}” after you opened it; reload and try again."
        )


@transaction.atomic
def claim_statement(statement, user):
    """One click on the desk: a new claim worded as the statement, for the checker to refine."""
    if not (user.is_active and user.is_staff and user.has_perm("factcheck.add_claim")):
        raise WorkflowError("You may not make claims.")
    claim = Claim(statement=statement, text=statement.text)
    return save_claim(claim, user, created=True)


@transaction.atomic
def publish_briefing(briefing, user):
    """Publish a briefing and every approved claim in it; returns how many claims went public."""
    if not (user.is_active and user.is_staff and user.has_perm("briefings.publish_briefing")):
        raise WorkflowError("You may not publish briefings.")
    published = 0
    for claim in Claim.objects.filter(statement__briefing=briefing, status=Status.APPROVED):
        perform(claim, "publish", user)
        published += 1
    briefing.status = briefing.Status.PUBLISHED
    briefing.save(update_fields=["status", "updated_at"])
    return published
