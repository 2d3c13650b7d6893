"""What the public article reads of its statements and verdicts, as plain values rather than model
instances: for a long article, instantiating a model per statement, per version, per claim and per
piece of evidence cost more than the rest of the page (bench/render_profile.py, bench/uncached.py).
article.build_article lays them out; article_html writes them."""

import json
from dataclasses import dataclass, field

from django.db import connections, models
from django.db.models.functions import Cast

from briefings.models import Statement

from .models import CitedEvidence, RatingSnapshot
from .states import Anchor


@dataclass(slots=True)
class ArticleSection:
    """What the article shows of a section: its heading."""

    pk: int
    heading: str


@dataclass(slots=True)
class ArticleStatement:
    """What the article shows of a statement, read as plain values: a model instance per statement
    cost more than the rest of the page (bench/render_profile.py). Most statements carry no
    verdict and no alias: they share the empty defaults rather than each holding empty lists of
    their own, which the garbage collector would walk again and again."""

    pk: int
    text: str
    label: str
    position: int
    paragraph: int
    kind: str
    quoted: bool | int  # 0 or 1 on SQLite
    aliases: tuple | list
    section: ArticleSection
    public_claims: tuple | list = ()
    rating_slugs: frozenset | set = frozenset()

    anchor = Statement.anchor
    alias_anchors = Statement.alias_anchors


def _plain_rows(queryset):
    """`queryset`'s rows as the database driver returns them, without Django's conversion of each
    row (for a boolean column on SQLite, two copies a row): for a query whose values need none,
    whatever the database (`article_statements`)."""
    sql, params = queryset.query.get_compiler(queryset.db).as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def article_statements(briefing):
    """The statements `briefing`'s article shows, in order, as ArticleStatements. Their aliases
    are read as text and decoded only where there are any: most statements have none, and
    decoding thousands of empty lists was a third of the read. `quoted` is as the driver reads
    it, 0 or 1 on SQLite."""
    rows = (
        briefing.statements.shown()
        .order_by("position")
        .annotate(aliases_json=Cast("aliases", models.TextField()))
        .values_list(
            *("pk", "text", "label", "position", "paragraph", "kind", "quoted", "aliases_json"),
            *("section_id", "section__heading"),
        )
    )
    sections, statements = {}, []
    for *fields, aliases, section_id, heading in _plain_rows(rows):
        if section_id not in sections:
            sections[section_id] = ArticleSection(section_id, heading)
        aliases = json.loads(aliases) if aliases != "[]" else ()
        statements.append(ArticleStatement(*fields, aliases, sections[section_id]))
    return statements


@dataclass(slots=True)
class ArticleClaim:
    """What the article reads of a placed verdict's claim."""

    anchor: str
    statement_id: int
    published_at: object


@dataclass(slots=True)
class ArticleEvidence:
    """A piece of evidence as a placed verdict cites it, as the article shows it."""

    stance: str
    excerpt: str
    title: str
    publisher: str
    url: str


@dataclass(slots=True)
class ArticleVerdict:
    """What the article (its verdicts, scorecard and ClaimReviews) reads of a live version, read as
    plain values: model instances of the versions, their claims and their evidence cost two thirds
    of an uncached long article (bench/uncached.py). A live version's wording changed exactly
    when its claim's anchor says so (ClaimVersion.wording_changed)."""

    pk: int
    claim_id: int
    text: str
    short_text: str
    claimant: str
    statement_text: str
    rationale: str
    rating: RatingSnapshot
    published_at: object
    best_rating: int | None
    worst_rating: int | None
    claim: ArticleClaim
    cited_evidence: list = field(default_factory=list)

    @property
    def rating_slug(self):
        return self.rating.slug

    @property
    def wording_changed(self):
        return self.claim.anchor == Anchor.CHANGED


VERDICT_FIELDS = (
    "pk", "claim_id", "text", "short_text", "claimant", "statement_text", "rationale",
    "published_at", "best_rating", "worst_rating",
    "claim__anchor", "claim__statement_id", "claim__published_at",
    "rating_name", "rating_slug", "rating_value", "rating_colour", "rating_symbol",
    "rating_definition", "rating_on_scale", "scale_rating_id",
)  # fmt: skip


def _verdict(row, ratings):
    """The ArticleVerdict of a row of VERDICT_FIELDS; its rating from `ratings`, the snapshots
    read so far by their values: a thousand verdicts carry a handful of ratings."""
    rating = row[13:21]
    if rating not in ratings:
        ratings[rating] = RatingSnapshot(*rating[:7], pk=rating[7])
    return ArticleVerdict(*row[:7], ratings[rating], *row[7:10], claim=ArticleClaim(*row[10:13]))


def verdicts_of(public):
    """`public` (live versions of public claims) as ArticleVerdicts in claim order, with their
    evidence as cited: two queries of plain values."""
    ratings = {}
    verdicts = [_verdict(row, ratings) for row in public.order_by("claim_id").values_list(*VERDICT_FIELDS)]
    by_pk = {verdict.pk: verdict for verdict in verdicts}
    evidence = (
        CitedEvidence.objects.filter(version__in=list(by_pk))
        .order_by("version_id", "position")
        .values_list("version_id", "stance", "excerpt", "title", "publisher", "url")
    )
    for version_id, *cited in evidence:
        by_pk[version_id].cited_evidence.append(ArticleEvidence(*cited))
    return verdicts
