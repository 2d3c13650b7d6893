"""Claims follow an editor's corrections of the split (briefings.editing), and a hidden
statement's claims wait.

`follow_statement_edit` receives briefings' `statements_edited` signal inside the edit's
transaction. A split leaves each claim on the part that holds its text, or on the first part
flagged `split` for an editor to confirm (confirm_anchor) or move. A merge carries the merged-in
statement's claims, and the published versions that point at it, to the merged statement: a
version keeps the wording it checked (`statement_text`), so its page does not change. Hiding a
statement with a published verdict is refused: the verdict would vanish from the article.
"""

import re

from django.utils import timezone

from briefings.editing import EditRefused
from briefings.models import StatementEdit

from ..models import Claim, ClaimVersion
from ..states import Anchor
from .anchoring import APPROVAL_LAPSED, approval_lapses
from .history import save_and_record
from .publicity import restamp_when_committed

Action = StatementEdit.Action
FOLLOWED = "statement_edited"
_SPACE = re.compile(r"\s+")


def _comparable(text):
    return _SPACE.sub(" ", text).strip().casefold()


def _holder(claim, parts):
    """The one part whose text holds the claim's text whole, or None."""
    wording = _comparable(claim.text)
    holders = [part for part in parts if wording and wording in _comparable(part.text)]
    return holders[0] if len(holders) == 1 else None


def _move(claim, *, statement, anchor, user, comment, from_status=None):
    before = (f"§{claim.statement.position}", claim.anchor)
    claim.statement, claim.anchor = statement, anchor
    if claim.live_version_id:  # API readers see its statement's new number
        claim.public_changed_at = timezone.now()
        restamp_when_committed(Claim.objects.filter(pk=claim.pk))
    changes = {"statement": [before[0], f"§{statement.position}"]}
    if anchor != before[1]:
        changes["anchor"] = [before[1], anchor]
    save_and_record(
        claim=claim,
        user=user,
        action=FOLLOWED,
        from_status=from_status or claim.status,
        comment=comment,
        changes=changes,
    )


def _follow_split(first, second, user):
    for claim in (
        Claim.objects.select_for_update(of=("self",)).select_related("statement").filter(statement=first)
    ):
        holder = _holder(claim, [first, second])
        if holder is not None:
            _move(claim, statement=holder, anchor=claim.anchor, user=user, comment="Its statement was split.")
        else:
            comment = "Its statement was split and neither part holds the claim whole: check the part."
            # A reworded claim keeps `changed` (it needs the editor already), so readers keep its notice.
            anchor = Anchor.CHANGED if claim.anchor == Anchor.CHANGED else Anchor.SPLIT
            from_status = claim.status
            if approval_lapses(claim):
                comment = f"{comment} {APPROVAL_LAPSED}"
            _move(claim, statement=first, anchor=anchor, user=user, comment=comment, from_status=from_status)


def _follow_merge(merged, removed, user):
    comment = f"Statement {merged.position} and the next were merged."
    for claim in (
        Claim.objects.select_for_update(of=("self",)).select_related("statement").filter(statement=removed)
    ):
        _move(claim, statement=merged, anchor=claim.anchor, user=user, comment=comment)
    ClaimVersion.objects.filter(statement=removed).update(statement=merged)


def _refuse_hiding_a_verdict(statement):
    if Claim.objects.filter(statement=statement, live_version__isnull=False).exists():
        raise EditRefused(
            f"Statement {statement.position} has a published verdict, so it is part of the article: "
            "it cannot be hidden."
        )


def _renumbered(edit):
    """A split or merge renumbers every later statement: the published claims standing on them
    show a new `statement.position` in the API, so clients syncing with updated_since hear of it."""
    now = timezone.now()
    later = Claim.objects.filter(
        statement__revision=edit.revision, statement__position__gt=edit.position, live_version__isnull=False
    )
    later.update(public_changed_at=now, updated_at=now)
    restamp_when_committed(later)


def follow_statement_edit(*, edit, statements, removed=None, user=None, **signal):
    """Carry claims along an editor's correction of the split (see the module docstring)."""
    if edit.action == Action.SPLIT:
        _follow_split(*statements, user)
        _renumbered(edit)
    elif edit.action == Action.MERGE:
        _follow_merge(statements[0], removed, user)
        _renumbered(edit)
    elif edit.action == Action.HIDE:
        _refuse_hiding_a_verdict(statements[0])
