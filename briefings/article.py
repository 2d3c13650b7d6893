"""The public article: sections, paragraphs and lists rebuilt from the statements, each
statement carrying its public claims. A constant number of queries whatever the length."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import groupby

from django.db.models import Prefetch

from factcheck.models import Claim, Evidence, Rating

from .models import Statement


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
