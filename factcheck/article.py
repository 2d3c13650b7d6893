"""What the public reads: the annotated article (sections, paragraphs and lists rebuilt from the
statements, each carrying its public claims), the front page's cards, and `public_claims()`, the
one query behind every page, feed and sitemap that shows verdicts. A constant number of queries
whatever the length."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import groupby

from django.db import models
from django.db.models import Count, Prefetch

from briefings.models import Briefing, Statement

from .models import Claim, Evidence, Rating
from .states import ClaimStatus


@dataclass
class Block:
    kind: str  # "paragraph", "list" or "quote"
    statements: list


@dataclass
class SectionView:
    heading: str
    blocks: list = field(default_factory=list)


@dataclass
class Article:
    sections: list
    statement_total: int
    checked_total: int
    counts: list  # (rating, count) along the scale, zero counts included
    claims: list

    @property
    def coverage(self):
        return f"{self.checked_total} of {self.statement_total} statements checked"


def public_claims():
    evidence = Prefetch("evidence", queryset=Evidence.objects.select_related("source").order_by("id"))
    return (
        Claim.objects.public()
        .with_briefing()
        .select_related("rating", "submitted_by", "reviewed_by")
        .prefetch_related(evidence, "corrections__from_rating", "corrections__to_rating")
        .order_by("id")
    )


def _blocks(statements):
    blocks = []
    for _, group in groupby(statements, key=lambda statement: statement.paragraph):
        group = list(group)
        if group[0].kind == Statement.Kind.LIST_ITEM:
            kind = "list"
        elif group[0].quoted:
            kind = "quote"
        else:
            kind = "paragraph"
        blocks.append(Block(kind, group))
    return blocks


def build_article(briefing):
    claims_by_statement = defaultdict(list)
    claims = list(public_claims().filter(statement__briefing=briefing))
    for claim in claims:
        claims_by_statement[claim.statement_id].append(claim)
    statements = list(briefing.statements.select_related("section").order_by("position"))
    sections = []
    for statement in statements:
        statement.public_claims = claims_by_statement.get(statement.pk, [])
        statement.rating_slugs = {claim.rating.slug for claim in statement.public_claims}
    for section, group in groupby(statements, key=lambda statement: statement.section):
        sections.append(SectionView(section.heading, _blocks(list(group))))
    tally = Counter(claim.rating_id for claim in claims)
    counts = [(rating, tally.get(rating.pk, 0)) for rating in Rating.objects.all()]
    return Article(
        sections=sections,
        statement_total=len(statements),
        checked_total=sum(1 for statement in statements if statement.public_claims),
        counts=counts,
        claims=claims,
    )


def _with_coverage(briefings):
    """Annotate how many statements each briefing has and how many carry a published verdict."""
    statements = Statement.objects.filter(briefing=models.OuterRef("pk"))
    checked = statements.filter(claims__status=ClaimStatus.PUBLISHED).values("briefing")
    return briefings.annotate(
        statement_total=models.Subquery(
            statements.values("briefing").annotate(n=Count("pk")).values("n")[:1]
        ),
        checked_total=models.Subquery(checked.annotate(n=Count("pk", distinct=True)).values("n")[:1]),
    )


def _distribution(briefings):
    """Verdict counts per briefing along the scale, in one query for the whole page."""
    rows = (
        Claim.objects.public()
        .filter(statement__briefing__in=briefings)
        .values("statement__briefing", "rating")
        .annotate(n=Count("id"))
    )
    counts = defaultdict(dict)
    for row in rows:
        counts[row["statement__briefing"]][row["rating"]] = row["n"]
    return counts


def front_page_briefings():
    """Published briefings, newest first, each with its coverage and its verdicts along the scale
    (`distribution`: rating, count, percentage)."""
    briefings = list(
        _with_coverage(Briefing.objects.published())
        .defer(*Briefing.DOCUMENTS)  # the cards show neither copy of the article
        .order_by("-published_on", "-imported_at")
    )
    ratings = list(Rating.objects.all())
    counts = _distribution(briefings)
    for briefing in briefings:
        mine = counts.get(briefing.pk, {})
        total = sum(mine.values())
        briefing.distribution = [
            (rating, mine[rating.pk], 100 * mine[rating.pk] / total) for rating in ratings if mine.get(rating.pk)
        ]
    return briefings
