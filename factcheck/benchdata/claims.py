"""Bench claims in every workflow state, their evidence from shared sources, and for the published
ones a real first version, written with the fields `factcheck.models.versions.snapshot` freezes,
so the public pages, the API and the feeds render them as they render a verdict an editor
published. Bulk inserts throughout; the history gets the events the services would have written
for making and publishing each claim."""

import datetime
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Max, Min
from django.utils import timezone

from ..models import CitedEvidence, Claim, ClaimEvent, ClaimVersion, Evidence, Rating, Source
from ..models.claims import credited_name
from ..services.versions import FIRST_PUBLICATION
from ..states import ClaimStatus
from . import sentences

S = ClaimStatus
BATCH = 1000
#: (working copy's state, has a published version): a published claim may be revised in any state.
LIVE_KINDS = (
    (S.PUBLISHED, True), (S.IN_PROGRESS, True), (S.IN_REVIEW, True), (S.CHANGES_REQUESTED, True),
    (S.APPROVED, True),
)  # fmt: skip
DRAFT_KINDS = (
    (S.NEW, False), (S.IN_PROGRESS, False), (S.IN_REVIEW, False), (S.CHANGES_REQUESTED, False),
    (S.APPROVED, False), (S.DISMISSED, False),
)  # fmt: skip
#: How often each kind appears in a published briefing (in a draft one, the DRAFT_KINDS only).
WEIGHTS = {**dict.fromkeys(LIVE_KINDS, 4), (S.PUBLISHED, True): 40, **dict.fromkeys(DRAFT_KINDS, 6)}
VERDICT_STATES = (S.IN_REVIEW, S.CHANGES_REQUESTED, S.APPROVED, S.PUBLISHED)


#: Why the bench's withdrawn verdicts were withdrawn, as their 410 pages say.
WITHDRAWAL_REASON = "The figure it checked was revised by its source; a new check is under way."


@dataclass
class Planned:
    claim: Claim
    live: bool
    evidence: list = field(default_factory=list)
    #: Published, then withdrawn (a retraction): its version is kept, no longer live.
    withdrawn: bool = False


@dataclass
class People:
    editor: object
    checker: object


def make_sources(count, rng):
    kinds = Source.Kind.values
    today = timezone.localdate()
    return Source.objects.bulk_create(
        [
            Source(
                url=f"https://{rng.choice(('stats', 'news', 'gov', 'data'))}{number}.example.org/report/{number}",
                title=f"{rng.choice(sentences.HEADINGS)}: {sentences.fact(rng)}"[:300],
                publisher=rng.choice(("Statistics Office", "Audit Office", "Reuters", "Ministry of Health")),
                kind=rng.choice(kinds),
                published_on=today - datetime.timedelta(days=rng.randint(30, 3000)),
                accessed_on=today - datetime.timedelta(days=rng.randint(0, 30)),
            )
            for number in range(1, count + 1)
        ],
        batch_size=BATCH,
    )


def pick_kind(rng, public, index):
    """The claim's kind; the first claims of a public briefing go through every kind in turn, so
    even a small data set has each state, published and not."""
    kinds = (*LIVE_KINDS, *DRAFT_KINDS) if public else DRAFT_KINDS
    if index < len(kinds):
        return kinds[index]
    return rng.choices(kinds, weights=[WEIGHTS[kind] for kind in kinds])[0]


def _working_copy(claim, status, live, rng, people, ratings):
    """Fill in what a claim in `status` carries: a checker, a verdict, the reviewer, a due date."""
    has_verdict = live or status in VERDICT_STATES or (status == S.IN_PROGRESS and rng.random() < 0.5)
    if status != S.NEW:
        claim.assignee = people.checker
    if has_verdict and status != S.DISMISSED:
        claim.rating = rng.choices(ratings, weights=[1 if r.on_scale else 0.2 for r in ratings])[0]
        claim.rationale = sentences.rationale(rng)
    if live or status in VERDICT_STATES:
        claim.submitted_by = people.checker
    if live or status in (S.APPROVED, S.PUBLISHED):
        claim.reviewed_by = people.editor
    if status == S.DISMISSED:
        claim.dismissal_reason = "An opinion, not a checkable statement of fact."
    elif status != S.PUBLISHED:
        claim.due_on = timezone.localdate() + datetime.timedelta(days=rng.randint(-5, 20))


def plan_claim(statement, kind, rng, people, ratings):
    """A claim on `statement` (id, position, text) of the given kind, unsaved."""
    status, live = kind
    text = statement[2]
    claim = Claim(
        statement_id=statement[0],
        text=text,
        short_text=(text[:74] + "…") if len(text) > 75 else "",
        claimant=sentences.claimant(rng),
        status=status,
        check_worthiness=rng.randint(0, 100),
    )
    _working_copy(claim, status, live, rng, people, ratings)
    return Planned(claim, live)


def withdraw_some(planned_claims, rng, *, share):
    """Turn `share` of the published claims in `planned_claims` (at least one) into withdrawn
    verdicts, as the workflow's `withdraw` leaves them. Drawn with a generator of their own after
    every other draw, so that the rest of the data is what it was before retractions existed and
    the benchmark's earlier figures stay comparable."""
    published = [p for p in planned_claims if p.live and p.claim.status == S.PUBLISHED]
    for planned in rng.sample(published, max(1, round(len(published) * share)) if published else 0):
        planned.withdrawn = True
        planned.claim.status = S.WITHDRAWN
        planned.claim.withdrawal_reason = WITHDRAWAL_REASON


def add_evidence(planned, rng, sources):
    """One to three pieces of evidence for a verdict that needs them, mostly from the few sources
    a newsroom cites again and again."""
    claim = planned.claim
    if claim.rating is None or not claim.rating.needs_evidence:
        return
    for _ in range(rng.randint(1, 3)):
        source = sources[int(len(sources) * rng.random() ** 3)]
        stance = rng.choice(Evidence.Stance.values)
        excerpt = sentences.fact(rng).capitalize() + "."
        planned.evidence.append(
            Evidence(
                claim=claim, source=source, stance=stance, excerpt=excerpt, locator=f"p. {rng.randint(1, 90)}"
            )
        )


def _version(planned, statement, bounds, people, when):
    claim, rating = planned.claim, planned.claim.rating
    return ClaimVersion(
        claim=claim, number=1, published_at=when, published_by=people.editor, reason=FIRST_PUBLICATION,
        statement_id=statement[0], statement_text=statement[2], statement_position=statement[1],
        text=claim.text, short_text=claim.short_text, claimant=claim.claimant, rationale=claim.rationale,
        check_worthiness=claim.check_worthiness, scale_rating=rating, rating_name=rating.name,
        rating_slug=rating.slug, rating_value=rating.value, rating_colour=rating.colour,
        rating_symbol=rating.symbol, rating_definition=rating.definition, rating_on_scale=rating.on_scale,
        best_rating=bounds["best"], worst_rating=bounds["worst"],
        researched_by=credited_name(people.checker), edited_by=credited_name(people.editor),
    )  # fmt: skip


def _cited(version, evidence):
    return [
        CitedEvidence(
            version=version, position=position, stance=piece.stance, excerpt=piece.excerpt,
            locator=piece.locator, cited_source=piece.source, title=piece.source.title,
            publisher=piece.source.publisher, url=piece.source.url, kind=piece.source.kind,
            published_on=piece.source.published_on, accessed_on=piece.source.accessed_on,
            cited_at=version.published_at,
        )
        for position, piece in enumerate(evidence, 1)
    ]  # fmt: skip


def _publish(planned_claims, statements, rng, people):
    """Versions and their cited evidence for the published claims, then make each one live."""
    bounds = Rating.objects.filter(on_scale=True).aggregate(best=Max("value"), worst=Min("value"))
    now = timezone.now()
    live = [planned for planned in planned_claims if planned.live]
    versions = []
    for planned in live:
        when = now - datetime.timedelta(minutes=rng.randint(60, 365 * 24 * 60))
        versions.append(_version(planned, statements[planned.claim.statement_id], bounds, people, when))
    versions = ClaimVersion.objects.bulk_create(versions, batch_size=BATCH)
    cited = [c for planned, v in zip(live, versions, strict=True) for c in _cited(v, planned.evidence)]
    CitedEvidence.objects.bulk_create(cited, batch_size=BATCH)
    _point_at(list(zip(live, versions, strict=True)))
    return versions


def _point_at(published):
    """Each claim's published fields for its (planned, version): live, or withdrawn a day after."""
    table = connection.ops.quote_name(Claim._meta.db_table)
    moment = connection.ops.adapt_datetimefield_value
    rows = []
    for planned, v in published:
        withdrawn_at = v.published_at + datetime.timedelta(days=1) if planned.withdrawn else None
        changed_at = withdrawn_at or v.published_at
        live = None if planned.withdrawn else v.pk
        rows.append((live, moment(v.published_at), moment(changed_at), moment(withdrawn_at), v.claim_id))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET live_version_id = %s, published_at = %s, public_changed_at = %s,"
            " withdrawn_at = %s WHERE id = %s",
            rows,
        )


def _history(planned_claims, people):
    events = []
    for planned in planned_claims:
        claim = planned.claim
        events.append(ClaimEvent(claim=claim, actor=people.editor, action="created", to_status=S.NEW))
        if planned.live:
            events.append(
                ClaimEvent(
                    claim=claim, actor=people.editor, action="publish", from_status=S.APPROVED,
                    to_status=S.PUBLISHED,
                )
            )  # fmt: skip
        if planned.withdrawn:
            events.append(
                ClaimEvent(
                    claim=claim, actor=people.editor, action="withdraw", from_status=S.PUBLISHED,
                    to_status=S.WITHDRAWN, comment=WITHDRAWAL_REASON, changes={"version": ["1", ""]},
                )
            )  # fmt: skip
    ClaimEvent.objects.bulk_create(events, batch_size=BATCH)


def store(planned_claims, statements, rng, people):
    """Store the planned claims with their evidence, versions and history; `statements` maps a
    statement id to its (id, position, text)."""
    Claim.objects.bulk_create([planned.claim for planned in planned_claims], batch_size=BATCH)
    Evidence.objects.bulk_create(
        [e for planned in planned_claims for e in planned.evidence], batch_size=BATCH
    )
    versions = _publish(planned_claims, statements, rng, people)
    _history(planned_claims, people)
    return versions
