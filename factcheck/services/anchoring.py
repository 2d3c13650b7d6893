"""Carrying claims across a briefing's revisions, and an editor confirming a changed wording.

`reanchor_claims` receives briefings' `revision_imported` signal inside the import's transaction:
every claim on the previous revision's statements follows its sentence to the new revision as
briefings.anchoring linked it. `exact` and `moved` only move the link. `changed` flags the claim
for the desk (its published verdict stays public, with a notice that the article's wording
changed) until an editor confirms the link or a new version is published; an approved verdict
not yet published goes back to review, since its approval was for the wording it replaced (the
revision's importer does not become a reviser: the article's wording is not the verdict's
content). `orphaned` leaves the
claim on the statement it had, in the revision that had it: its history, verdict and public page
stay, saying when the sentence was removed.
"""

from collections import Counter

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from rapidfuzz import fuzz

from .. import rules
from ..caching.triggers import briefing_changed
from ..models import Claim, ClaimEvent
from ..states import TO_CONFIRM, Anchor, ClaimStatus
from .errors import WorkflowError
from .history import save_and_record
from .locking import lock_claim, refuse_if_stale
from .publicity import restamp_when_committed

REANCHORED = "reanchored"
CONFIRMED = "anchor_confirmed"
OUTCOMES = tuple(Anchor.values)
APPROVAL_LAPSED = (
    "The verdict was approved for the earlier wording, so it goes back to review: an editor "
    "approves it again for the new wording before it is published."
)


def _landing(claim, link, new_statements):
    """The new statement a claim goes to: the link's, or for a sentence split in two the piece
    whose words hold the claim's best."""
    pieces = [new_statements[index] for index in link.new]
    if len(pieces) == 1:
        return pieces[0]
    return max(pieces, key=lambda piece: (fuzz.token_set_ratio(claim.text, piece.text), -piece.position))


def _outcome(claim, link):
    """A changed wording stays flagged across later revisions until it is settled: a sentence
    that moves or stays put in the next revision still reads other than what was checked."""
    if claim.anchor in TO_CONFIRM and link.outcome in (Anchor.EXACT, Anchor.MOVED):
        return claim.anchor
    return link.outcome


def _place(statement, revision_number):
    return f"§{statement.position} of revision {revision_number}"


def approval_lapses(claim):
    """Send an approved verdict back to review (in memory) when the wording it was approved for
    changed under it (a revision, an editor's split); returns whether it did. A published verdict
    keeps its live version and its status: readers see the notice, and republishing waits for an
    editor's confirmation (rules.may_republish_claim)."""
    if claim.status != ClaimStatus.APPROVED:
        return False
    claim.status, claim.reviewed_by_id = ClaimStatus.IN_REVIEW, None
    return True


def _reanchored(claim, *, link, old, new_statements, previous, revision, now):
    """Re-point `claim` (in memory) and return the event that says so."""
    outcome, from_status = _outcome(claim, link), claim.status
    lapsed = link.outcome == Anchor.CHANGED and approval_lapses(claim)
    target = old if outcome == Anchor.ORPHANED else _landing(claim, link, new_statements)
    changes = {
        "anchor": [claim.anchor, outcome],
        "statement": [
            _place(old, previous.number),
            "removed" if outcome == Anchor.ORPHANED else _place(target, revision.number),
        ],
    }
    if outcome != Anchor.CHANGED or claim.anchor != Anchor.CHANGED:
        claim.anchored_from = old
    claim.statement, claim.anchor, claim.anchored_in = target, outcome, revision
    claim.version += 1
    if claim.live_version_id:  # its statement (id, address, perhaps wording) is new to API readers
        claim.public_changed_at = now
    comment = f"The article's revision {revision.number} was imported: {Anchor(outcome).label.lower()}."
    return ClaimEvent(
        claim=claim,
        action=REANCHORED,
        from_status=from_status,
        to_status=claim.status,
        changes=changes,
        comment=f"{comment} {APPROVAL_LAPSED}" if lapsed else comment,
    )


def _set_per_row(claims, columns, batch=400):
    """UPDATE … SET column = CASE id WHEN … END for values that differ from claim to claim, in
    plain SQL: Django's bulk_update builds the same statement but spends about 2 ms of Python per
    claim doing so, which for 1,000 claims is most of a revision's import (docs/benchmarks.md)."""
    table, quote = Claim._meta.db_table, connection.ops.quote_name
    for start in range(0, len(claims), batch):
        rows = claims[start : start + batch]
        cases, params = [], []
        for column, value_of in columns.items():
            kind = Claim._meta.get_field(column.removesuffix("_id")).db_type(connection)  # NULLs need a type
            whens = " WHEN %s THEN %s" * len(rows)
            cases.append(f"{quote(column)} = CAST(CASE {quote('id')}{whens} END AS {kind})")
            for claim in rows:
                params += [claim.pk, value_of(claim)]
        params += [claim.pk for claim in rows]
        where = ", ".join(["%s"] * len(rows))
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {quote(table)} SET {', '.join(cases)} WHERE {quote('id')} IN ({where})", params
            )


def _store(claims, *, revision, now):
    """Save what `_reanchored` changed: what every claim shares in one UPDATE per value, the
    statements they moved between in plain SQL."""
    pks = [claim.pk for claim in claims]
    Claim.objects.filter(pk__in=pks).update(anchored_in=revision, version=F("version") + 1, updated_at=now)
    for outcome in OUTCOMES:
        Claim.objects.filter(pk__in=[c.pk for c in claims if c.anchor == outcome]).update(anchor=outcome)
    # the approvals `approval_lapses` ended: in review in memory, still approved in the database
    lapsed = [c.pk for c in claims if c.status == ClaimStatus.IN_REVIEW]
    Claim.objects.filter(pk__in=lapsed, status=ClaimStatus.APPROVED).update(
        status=ClaimStatus.IN_REVIEW, reviewed_by=None
    )
    changed = Claim.objects.filter(pk__in=[c.pk for c in claims if c.public_changed_at == now])
    changed.update(public_changed_at=now)
    restamp_when_committed(changed)
    _set_per_row(
        claims, {"statement_id": lambda c: c.statement_id, "anchored_from_id": lambda c: c.anchored_from_id}
    )


def reanchor_claims(*, previous, revision, anchoring, old_statements, new_statements, user=None, **signal):
    """Move every claim on `previous`'s statements to `revision`'s (see the module docstring);
    returns a one-line tally for the import's summary, or None when there were no claims."""
    index_of = {statement.pk: index for index, statement in enumerate(old_statements)}
    by_pk = {statement.pk: statement for statement in old_statements}
    claims = list(Claim.objects.select_for_update().filter(statement__revision=previous).order_by("pk"))
    now, events = timezone.now(), []
    for claim in claims:
        link = anchoring.link_for(index_of[claim.statement_id])
        events.append(
            _reanchored(
                claim,
                link=link,
                old=by_pk[claim.statement_id],
                new_statements=new_statements,
                previous=previous,
                revision=revision,
                now=now,
            )
        )
        events[-1].actor = user
    _store(claims, revision=revision, now=now)
    ClaimEvent.objects.bulk_create(events, batch_size=500)
    if not claims:
        return None
    tally = Counter(claim.anchor for claim in claims)
    return "claims: " + ", ".join(f"{tally[outcome]} {outcome}" for outcome in OUTCOMES if tally[outcome])


@transaction.atomic
def confirm_anchor(*, claim, user, comment="", opened_version=None):
    """An editor confirms that the verdict holds for its statement's new wording: the desk's flag
    and the public notice go. A public change when the claim is published."""
    claim = lock_claim(claim)
    refuse_if_stale(claim=claim, opened_version=opened_version, current_version=claim.version)
    if claim.anchor not in TO_CONFIRM:
        raise WorkflowError(
            "Only a claim whose statement's wording changed in a revision, or whose statement an "
            "editor split, needs confirming."
        )
    if not rules.may_confirm_anchor(user, claim):
        raise WorkflowError(
            "An editor who did not research or revise this verdict confirms that it holds for the "
            "new wording."
        )
    before, claim.anchor = claim.anchor, Anchor.EXACT
    if claim.live_version_id and before == Anchor.CHANGED:  # readers saw the notice
        claim.public_changed_at = timezone.now()
        restamp_when_committed(Claim.objects.filter(pk=claim.pk))
        briefing_changed(claim.statement.briefing_id)  # a public change that saves no version
    return save_and_record(
        claim=claim,
        user=user,
        action=CONFIRMED,
        from_status=claim.status,
        comment=comment,
        changes={"anchor": [before, Anchor.EXACT]},
    )
