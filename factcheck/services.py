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
from .workflow import BY_NAME, manages_assignments, may_work_claims

Status = Claim.Status
# What readers are shown as the check: changing any of it on an approved or published claim
# needs a second person again.
REVIEWED_FIELDS = ("text", "short_text", "claimant", "statement", "rating", "rationale")
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
def perform(claim, action_name, user, *, comment="", assignee=None, expected_version=None):
    """Take a workflow action; raise WorkflowError, changing nothing, when it is not allowed.
    With `expected_version` (a button on a page), refuse when the claim changed since the page
    was opened: nobody approves a verdict they have not seen."""
    action = BY_NAME.get(action_name)
    if user is None or not user.is_authenticated:
        raise WorkflowError("Sign in to work on claims.")
    if action is None:
        raise WorkflowError(f"Unknown action “{action_name}”.")
    claim = _locked(claim)
    _refuse_if_stale(claim, expected_version, claim.version)
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
    correction = None

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
        claim.published_at = claim.published_at or timezone.now()
        correction = _correction_due(claim)
        claim.published_rating = claim.rating
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
    if correction is not None:
        correction.save()

    if action.name == "assign":
        _notify(claim.assignee, "A claim was assigned to you", claim, f"{user} assigned you a claim.")
    elif action.name == "request_changes":
        _notify(
            claim.assignee, "Changes requested on your check", claim, f"{user} asks for changes: {comment}"
        )
    elif action.name == "approve":
        _notify(claim.submitted_by, "Your check was approved", claim, f"{user} approved your verdict.")
    return claim


def _last_change_by_someone_else(claim):
    event = claim.events.exclude(created_at__isnull=True).first()
    if event is None:
        return "Someone else changed this claim after you opened it."
    when = timezone.localtime(event.created_at)
    return (
        f"{event.actor or 'Someone'} changed this claim at {when:%H:%M} on {when:%d %b} "
        f"({event.describe()}) after you opened it. Reload to see their changes, then make yours again."
    )


def _refuse_if_stale(claim, expected_version, current_version):
    """`expected_version` is what the person saw (None: no check); a value that is no version
    counts as stale."""
    if expected_version in (None, "") or current_version is None:
        return
    try:
        stale = int(expected_version) != current_version
    except (TypeError, ValueError):
        stale = True
    if stale:
        raise EditConflict(_last_change_by_someone_else(claim))


def check_version(claim, expected_version):
    """The edit form's early check, naming who changed what; the services check again under the
    row lock, which is what makes two simultaneous saves safe."""
    current = Claim.objects.filter(pk=claim.pk).values_list("version", flat=True).first()
    _refuse_if_stale(claim, expected_version, current)


def check_evidence_version(evidence, expected_version):
    current = Evidence.objects.filter(pk=evidence.pk).values_list("version", flat=True).first()
    _refuse_if_stale(evidence.claim, expected_version, current)


def _revise_verdict(claim, user, from_status):
    """Whoever changes a verdict stands behind it. A settled verdict goes back to review; one in
    review becomes the reviser's, so that the two-person rule keeps them from approving what
    they wrote. Returns the change of submitter for the history."""
    if from_status in SETTLED:
        claim.status = Status.IN_REVIEW
    elif from_status != Status.IN_REVIEW:
        return {}
    previous = claim.submitted_by
    claim.submitted_by = user
    claim.reviewed_by = None
    return {"submitted_by": [_display(previous), _display(user)]} if previous != user else {}


def _correction_due(claim):
    """The public correction a publication owes readers: the rating they last saw against the
    one going out now, with the reason given for the latest change of rating. Written when the
    revised verdict is published, so it never names a rating nobody approved."""
    shown, now = claim.published_rating, claim.rating
    if shown is None or now is None or shown.pk == now.pk:
        return None
    revisions = claim.events.filter(changes__has_key="rating").exclude(comment="")
    last_publication = claim.events.filter(action="publish").first()
    if last_publication is not None:
        revisions = revisions.filter(pk__gt=last_publication.pk)
    latest = revisions.first()
    reason = latest.comment if latest else "the verdict was revised after new evidence"
    return Correction(claim=claim, from_rating=shown, to_rating=now, reason=reason)


@transaction.atomic
def save_claim(claim, user, *, expected_version=None, comment="", created=False):
    """Save an edit from a form (admin or elsewhere), with optimistic locking and history."""
    if created:
        claim.version = 1
        claim.save()
        _record(claim, user, "created", "", comment)
        return claim
    before = Claim.objects.select_for_update(of=("self",)).select_related("rating").get(pk=claim.pk)
    _refuse_if_stale(claim, expected_version, before.version)
    tracked = (
        "text",
        "short_text",
        "claimant",
        "rating",
        "rationale",
        "check_worthiness",
        "due_on",
        "assignee",
        "statement",
    )
    changes = {}
    for field in tracked:
        old, new = getattr(before, field), getattr(claim, field)
        if old != new:
            changes[field] = [_display(old), _display(new)]
    if not changes:
        return claim
    if "due_on" in changes and not manages_assignments(user):
        raise WorkflowError("Only editors set due dates.")
    from_status = before.status
    claim.status = before.status
    if set(changes) & set(REVIEWED_FIELDS):
        changes.update(_revise_verdict(claim, user, from_status))
    claim.version = F("version") + 1
    claim.save()
    claim.refresh_from_db()
    _record(claim, user, "edited", from_status, comment, changes)
    return claim


EVIDENCE_FIELDS = ("source", "stance", "excerpt", "locator")


def _evidence_value(evidence, field):
    return evidence.get_stance_display() if field == "stance" else _display(getattr(evidence, field))


def _evidence_summary(evidence):
    parts = [f"{evidence.get_stance_display()}: {evidence.source}"]
    if evidence.excerpt:
        parts.append(f"“{evidence.excerpt}”")
    if evidence.locator:
        parts.append(f"({evidence.locator})")
    return " ".join(parts)


@transaction.atomic
def save_evidence(evidence, user, *, expected_version=None, comment="", remove=False):
    """Add, change or remove one piece of evidence. Refused when someone changed it since it was
    opened; recorded on the claim's history field by field; a settled verdict goes back to
    review and one in review becomes the reviser's (see _revise_verdict)."""
    claim = _locked(evidence.claim)
    before = None
    if evidence.pk:
        before = Evidence.objects.select_for_update(of=("self",)).select_related("source").get(pk=evidence.pk)
        _refuse_if_stale(claim, expected_version, before.version)
    if remove:
        kind, changes = "removed", {"evidence": [_evidence_summary(before), ""]}
        evidence.delete()
    elif before is None:
        kind, changes = "added", {"evidence": ["", _evidence_summary(evidence)]}
        evidence.version = 1
        evidence.save()
    else:
        kind = "changed"
        changes = {
            f"evidence {field}": [_evidence_value(before, field), _evidence_value(evidence, field)]
            for field in EVIDENCE_FIELDS
            if getattr(before, field) != getattr(evidence, field)
        }
        if not changes:
            return claim
        evidence.version = before.version + 1
        evidence.save()
    from_status = claim.status
    changes.update(_revise_verdict(claim, user, from_status))
    claim.version = F("version") + 1
    claim.save()
    claim.refresh_from_db()
    _record(claim, user, f"evidence_{kind}", from_status, comment, changes)
    return claim


@transaction.atomic
def claim_statement(statement, user):
    """One click on the desk: a new claim worded as the statement, for the checker to refine."""
    if not (user.is_active and user.is_staff and user.has_perm("factcheck.add_claim")):
        raise WorkflowError("You may not make claims.")
    claim = Claim(statement=statement, text=statement.text)
    return save_claim(claim, user, created=True)


@transaction.atomic
def withdraw_briefing(briefing, user):
    """Take a published briefing back to draft: it and its verdicts leave the public pages, the
    feeds and the API at once; its claims keep their states and return when it is published again."""
    if not briefing.may_withdraw(user):
        raise WorkflowError("You may not withdraw this briefing.")
    briefing.status = briefing.Status.DRAFT
    briefing.save(update_fields=["status", "updated_at"])
    Claim.objects.filter(statement__briefing=briefing, status=Status.PUBLISHED).update(
        updated_at=timezone.now()
    )


@transaction.atomic
def publish_briefing(briefing, user):
    """Publish a briefing and every approved claim in it; returns how many claims went public."""
    if not briefing.may_publish(user):
        raise WorkflowError("You may not publish this briefing (it may be published already).")
    published = 0
    for claim in Claim.objects.filter(statement__briefing=briefing, status=Status.APPROVED):
        perform(claim, "publish", user)
        published += 1
    briefing.status = briefing.Status.PUBLISHED
    briefing.save(update_fields=["status", "updated_at"])
    # Its published claims become public now: mark them changed, so callers syncing with the API's
    # updated_since see them.
    Claim.objects.filter(statement__briefing=briefing, status=Status.PUBLISHED).update(
        updated_at=timezone.now()
    )
    return published
