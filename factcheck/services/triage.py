"""Triage: the editor turns a briefing's most check-worthy statements into claims in one action.

Each claim is made by make_claim, so each starts from its statement's score and speaker and has
its "created" event; the whole action is one transaction, so a refusal makes none."""

from django.db import transaction

from .. import rules
from .editing import make_claim
from .errors import WorkflowError

MOST_FROM_TOP = 50


def statements_to_claim(briefing, count):
    """The `count` highest-scored statements of the article as it reads now that are shown and
    have no claim yet; ties in article order."""
    return list(
        briefing.statements.filter(hidden=False, check_worthiness__isnull=False, claims__isnull=True)
        .select_related("briefing")
        .order_by("-check_worthiness", "position")[:count]
    )


@transaction.atomic
def make_claims_from_top(*, user, briefing, count):
    """Claims from the `count` (1–MOST_FROM_TOP) most check-worthy unclaimed statements; returns
    them, best first."""
    if not rules.may_make_claims_from_top(user):
        raise WorkflowError("Only editors make claims from the most check-worthy statements at once.")
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MOST_FROM_TOP:
        raise WorkflowError(f"Say how many statements to claim: a whole number from 1 to {MOST_FROM_TOP}.")
    return [make_claim(user=user, statement=statement) for statement in statements_to_claim(briefing, count)]
