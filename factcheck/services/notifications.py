"""Workflow mail: sent only after the transaction commits, so nobody is told of a change that was
rolled back."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

_muted = ContextVar("factdesk_notifications_muted", default=False)


@contextmanager
def notifications_muted():
    """For the demo loader: set up a desk without emailing the demo users."""
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)


def desk_link(claim):
    """The claim on the review desk, as an absolute address for mail."""
    path = reverse("admin:factcheck_claim_change", args=[claim.pk])
    return settings.FACTDESK_NEWSROOM_URL.rstrip("/") + path


def notify(*, user, subject, claim, body):
    if user is None or not user.email or _muted.get():
        return
    message = f"{body}\n\nClaim: {claim.text}\n{desk_link(claim)}"
    transaction.on_commit(
        lambda: send_mail(f"[Factdesk] {subject}", message, None, [user.email], fail_silently=True)
    )
