"""Readers' submissions: receiving one, an editor turning it into a claim or dismissing it, and
forgetting the reader's contact address when its time is up.

Each service enforces its own rule (rules.may_handle_submissions) whatever door calls it, and
records who handled a submission and when on the submission itself; a claim made from one also
gets a line in the claim's history naming the submission.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from briefings.importers import ImportRefused, import_briefing
from briefings.weblinks import web_url_or_blank

from .. import rules
from ..models import Claim, Submission, SubmissionStatus
from .editing import make_claim
from .errors import WorkflowError, refuse_invalid
from .history import record_event

NOT_AN_EDITOR = "You may not handle readers' submissions: that needs the Editor role."
TITLE_WORDS = 12


def forget_submission_contacts(*, now=None):
    """Blank the contact address of every submission received more than
    FACTDESK_SUBMISSION_CONTACT_DAYS ago; returns how many were blanked. Idempotent: one already
    blanked is left as it is, with the time it was blanked."""
    now = now or timezone.now()
    before = now - timedelta(days=settings.FACTDESK_SUBMISSION_CONTACT_DAYS)
    return Submission.objects.contact_expired(before).update(contact="", contact_deleted_at=now)


@transaction.atomic
def receive_submission(*, text, link="", contact="", now=None):
    """Store a reader's proposal (the public form has checked it; the model's own validation
    runs again for any other door) and, while at it, forget the addresses whose time is up, so
    that they go even where no scheduler runs the command."""
    now = now or timezone.now()
    submission = Submission(
        text=" ".join((text or "").split()), link=(link or "").strip(), contact=(contact or "").strip()
    )
    submission.received_at = now
    refuse_invalid(submission, exclude=["claim", "handled_by"])
    submission.save()
    forget_submission_contacts(now=now)
    return submission


def _refuse(submission, user):
    """The rule and the queue's one-way street: a submission is handled once."""
    if not rules.may_handle_submissions(user):
        raise WorkflowError(NOT_AN_EDITOR)
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.handled:
        raise WorkflowError(f"This submission was handled already ({locked.get_status_display().lower()}).")
    return locked


def _title(text):
    words = text.split()
    short = " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
    return f"Reader submission: {short}"


def _as_a_paragraph(text):
    """The submission as one Markdown paragraph: Markdown, not plain text, because the plain-text
    reader takes a short line without a full stop (as readers often write) or a question for a
    heading, not a statement to check."""
    return "\\" + text if text.startswith("#") else text


def _draft_briefing_statement(submission, user):
    """A draft briefing of the submission's own text (imported as any article is, so its
    statements are made the usual way), with the reader's link as its source URL; its first
    statement is the one the claim is made on."""
    document = f"# {_title(submission.text)}\n\n{_as_a_paragraph(submission.text)}\n"
    metadata = {"source_url": web_url_or_blank(submission.link)}
    try:
        result = import_briefing(
            document,
            format="markdown",
            filename=f"submission-{submission.pk}.md",
            imported_by=user,
            metadata=metadata,
        )
    except ImportRefused as refusal:
        raise WorkflowError(f"The submission could not become a briefing: {refusal}") from None
    statement = result.briefing.statements.filter(hidden=False).order_by("position").first()
    if statement is None:
        raise WorkflowError("The submission's text has no statement to make a claim of; choose a statement.")
    return statement


@transaction.atomic
def make_claim_from_submission(*, submission, user, statement=None):
    """A claim worded as the reader proposed it, on `statement` when the editor chose one,
    otherwise on a new draft briefing made of the submission (see _draft_briefing_statement).
    Refused, changing nothing, to anyone but an editor and for a submission already handled."""
    locked = _refuse(submission, user)
    statement = statement or _draft_briefing_statement(locked, user)
    claim = make_claim(user=user, claim=Claim(statement=statement, text=locked.text))
    record_event(
        claim=claim,
        user=user,
        action="from_submission",
        from_status=claim.status,
        changes={"submission": ["", str(locked.pk)]},
    )
    _handled(locked, user, status=SubmissionStatus.CLAIMED, claim=claim)
    return claim


@transaction.atomic
def dismiss_submission(*, submission, user, reason):
    """Set a submission aside with the editor's reason (kept for the standards report)."""
    locked = _refuse(submission, user)
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError("Dismissing a submission needs a reason.")
    return _handled(locked, user, status=SubmissionStatus.DISMISSED, reason=reason)


def _handled(submission, user, *, status, claim=None, reason=""):
    submission.status = status
    submission.claim = claim
    submission.dismissal_reason = reason
    submission.handled_by = user
    submission.handled_at = timezone.now()
    submission.save(update_fields=["status", "claim", "dismissal_reason", "handled_by", "handled_at"])
    return submission
