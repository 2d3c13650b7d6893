"""What the public reads: the annotated article (sections, paragraphs and lists rebuilt from the
statements, each carrying its public verdicts), the front page's cards, and `public_versions()`,
the one query behind every page, feed and sitemap that shows verdicts: each public claim's live
published version, never its working copy. A constant number of queries whatever the length.

Verdicts sit where their claims stand in the current revision (`claim.statement`), not where the
version froze them: after a new revision a version still points at the earlier text. A claim
whose statement was cut (`orphaned`) keeps its page, feeds, search and sitemap entries but has no
place in the article; `Article.removed` lists it. Statements an editor hid (not part of the
article) are left out of every page and count here, previews included: they show what the
public would read."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone

from briefings.models import Briefing, Revision, Statement

from .article_reads import article_statements, verdicts_of
from .models import Claim, ClaimVersion, RatingSnapshot
from .models.versions import cited_evidence_prefetch, snapshot
from .states import Anchor, ClaimStatus


@dataclass
class Block:
    kind: str  # "paragraph", "list", "table" or "quote"
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
    counts: list  # (rating as published, count), best first; only ratings the article carries
    claims: list  # the live versions placed in the article, in the order of their claims
    removed: list = field(default_factory=list)  # the versions of claims whose statement was cut

    @property
    def coverage(self):
        return f"{self.checked_total} of {self.statement_total} statements checked"


def _documents(*paths):
    """The documents of the briefings and revisions at `paths`, to defer: a page of versions would
    otherwise carry whole articles."""
    models = {"briefing": Briefing, "revision": Revision, "anchored_in": Revision}
    return [f"{path}__{name}" for path in paths for name in models[path.rpartition("__")[2]].DOCUMENTS]


CLAIM_ANCHORS = ("claim__statement__briefing", "claim__statement__revision", "claim__anchored_in")


def with_anchors(versions, *more):
    """`versions` with where each claim stands now loaded: its current statement (with its
    briefing and revision) and the revision that set its anchor; with `more` paths besides; none
    of the documents."""
    paths = ("statement__briefing", *CLAIM_ANCHORS, *more)
    return versions.select_related(*paths).defer(*_documents(*paths))


#: All a claim's page reads of where the claim stands now: of the claim itself (the rest is the
#: desk's working copy), its statement, that statement's briefing and revision, and the revision
#: that set its anchor (the rest is the importer's: documents, checksums, file names).
_ON_CLAIM_PAGE = {
    "claim": (Claim, {"id", "statement", "anchor", "anchored_in", "published_at", "live_version"}),
    "claim__statement": (
        Statement,
        {"id", "briefing", "revision", "section", "position", "paragraph", "kind", "quoted", "text", "label"},
    ),
    "claim__statement__briefing": (
        Briefing,
        {"id", "title", "slug", "outlet", "byline", "source_url", "published_on", "status", "note"}
        | {"language", "current_revision"},
    ),
    "claim__statement__revision": (Revision, {"id", "briefing", "number"}),
    "claim__anchored_in": (Revision, {"id", "briefing", "number", "imported_at"}),
}
_NOT_ON_CLAIM_PAGE = [
    f"{path}__{f.name}"
    for path, (model, read) in _ON_CLAIM_PAGE.items()
    for f in model._meta.concrete_fields
    if f.name not in read
]


def live_for_page(claim_id):
    """The live version of public claim `claim_id` as its page reads it, or None: where the claim
    stands now and its evidence, not the statement the version checked (the page shows the
    claim's, and its briefing is the same), nor the claim's working fields. Those were 60 of the
    query's 154 columns, and compiling the query most of an uncached claim page
    (bench/render_profile.py). Unordered: a claim has one live version at most."""
    live = ClaimVersion.objects.public().filter(claim_id=claim_id)
    live = live.select_related(*CLAIM_ANCHORS).defer(*_NOT_ON_CLAIM_PAGE)
    return next(iter(live.prefetch_related(cited_evidence_prefetch()).order_by()[:1]), None)


def _shown(versions):
    """`versions` with what the pages show of them loaded, in claim order."""
    evidence = cited_evidence_prefetch()
    return with_anchors(versions).prefetch_related(evidence).order_by("claim_id")


def public_versions():
    """The live version of every public claim, with its evidence as cited, in claim order."""
    return _shown(ClaimVersion.objects.public())


def _tally(versions):
    """(rating as published, count) for the ratings these versions carry, best first."""
    ratings, counts = {}, Counter()
    for version in versions:
        rating = version.rating
        ratings.setdefault((rating.slug, rating.name), rating)
        counts[(rating.slug, rating.name)] += 1
    ordered = sorted(ratings.items(), key=lambda item: (-item[1].value, item[1].name))
    return [(rating, counts[key]) for key, rating in ordered]


def _block_kind(statement):
    """The kind of block that `statement`, its first, opens."""
    if statement.kind == Statement.Kind.LIST_ITEM:
        return "list"
    if statement.kind == Statement.Kind.TABLE_ROW:
        return "table"
    return "quote" if statement.quoted else "paragraph"


def _sections(statements):
    """`statements` (in order) laid out in sections, a new one where the section changes, of
    blocks, a new one where the paragraph does: in one pass, as a long article has thousands."""
    sections, section_pk, paragraph = [], None, None
    for statement in statements:
        if statement.section.pk != section_pk:
            section_pk, paragraph = statement.section.pk, None
            sections.append(SectionView(statement.section.heading))
        if statement.paragraph != paragraph:
            paragraph = statement.paragraph
            sections[-1].blocks.append(Block(_block_kind(statement), []))
        sections[-1].blocks[-1].statements.append(statement)
    return sections


def _article_versions(briefing):
    """The live versions of `briefing`'s public claims, in claim order: those placed in the article
    as ArticleVerdicts; the few whose statement was cut from it, which the article lists below its
    text with the revision that cut them, as versions (one more query, only when there are any).
    Not their statements, for which the ClaimReviews are given `briefing`."""
    public = ClaimVersion.objects.public().filter(claim__statement__briefing=briefing)
    verdicts = verdicts_of(public)
    cut = [verdict.pk for verdict in verdicts if verdict.claim.anchor == Anchor.ORPHANED]
    if not cut:
        return verdicts
    removed = {
        version.pk: version
        for version in ClaimVersion.objects.filter(pk__in=cut)
        .select_related("claim__anchored_in")
        .defer(*_documents("claim__anchored_in"))
    }
    return [removed.get(verdict.pk, verdict) for verdict in verdicts]


def build_article(briefing, versions=None):
    """The article with `versions` (by default, the live versions of its public claims) in place,
    each at its claim's statement in the current revision."""
    versions = _article_versions(briefing) if versions is None else list(versions)
    placed = [version for version in versions if version.claim.anchor != Anchor.ORPHANED]
    by_statement = defaultdict(list)
    for version in placed:
        by_statement[version.claim.statement_id].append(version)
    statements = article_statements(briefing)
    for statement in statements:
        if statement.pk in by_statement:
            statement.public_claims = by_statement[statement.pk]
            statement.rating_slugs = {version.rating_slug for version in statement.public_claims}
    return Article(
        sections=_sections(statements),
        statement_total=len(statements),
        checked_total=sum(1 for statement in statements if statement.public_claims),
        counts=_tally(placed),
        claims=placed,
        removed=[version for version in versions if version.claim.anchor == Anchor.ORPHANED],
    )


def revisions_of(briefing):
    """`briefing`'s revisions in order, without their documents (each knows its briefing)."""
    return list(briefing.revisions.defer(*Revision.DOCUMENTS).order_by("number"))


def build_revision(revision):
    """One revision's text laid out as the article is (without the statements hidden in it),
    each statement with `checked_by`: the claims with a published verdict that checked it there,
    or that stand on it now."""
    statements = list(revision.statements.shown().select_related("section").order_by("position"))
    rows = (
        ClaimVersion.objects.filter(claim__live_version__isnull=False)
        .filter(Q(statement__revision=revision) | Q(claim__statement__revision=revision))
        .values_list("claim_id", "statement_id", "claim__statement_id")
    )
    checked = defaultdict(set)
    for claim_id, checked_then, stands_now in rows:
        checked[checked_then].add(claim_id)
        checked[stands_now].add(claim_id)
    for statement in statements:
        statement.checked_by = sorted(checked.get(statement.pk, ()))
    return _sections(statements)


def _with_coverage(briefings):
    """Annotate how many statements each briefing's current revision shows and how many carry a
    published verdict. Unordered: a sliced subquery keeps its ordering, and Statement's (by
    revision, so by Revision's: briefing, number) joined an unaliased briefings_briefing into it,
    which the outer briefing's column then named instead: every card counted one revision."""
    statements = Statement.objects.shown().filter(revision=models.OuterRef("current_revision_id")).order_by()
    checked = statements.filter(claims__live_version__isnull=False).values("revision")
    return briefings.annotate(
        statement_total=models.Subquery(
            statements.values("revision").annotate(n=Count("pk")).values("n")[:1]
        ),
        checked_total=models.Subquery(checked.annotate(n=Count("pk", distinct=True)).values("n")[:1]),
    )


def _distribution(briefings):
    """Verdicts per briefing as published (rating snapshot, count), best first, in one query;
    those on statements cut from the article are not in it any more."""
    fields = [
        "rating_name",
        "rating_slug",
        "rating_value",
        "rating_colour",
        "rating_symbol",
        "rating_on_scale",
    ]
    rows = (
        ClaimVersion.objects.public()
        .filter(claim__statement__briefing__in=briefings)
        .exclude(claim__anchor=Anchor.ORPHANED)
        .values("claim__statement__briefing", *fields)
        .annotate(n=Count("id"))
        .order_by("-rating_value", "rating_name")
    )
    counts = defaultdict(list)
    for row in rows:
        rating = RatingSnapshot(
            name=row["rating_name"],
            slug=row["rating_slug"],
            value=row["rating_value"],
            colour=row["rating_colour"],
            symbol=row["rating_symbol"],
            definition="",
            on_scale=row["rating_on_scale"],
        )
        counts[row["claim__statement__briefing"]].append((rating, row["n"]))
    return counts


FRONT_PAGE_SIZE = 25


def front_page_briefings(number=1):
    """Page `number` of the published briefings, newest first, each with its coverage and its
    verdicts along the scale (`distribution`: rating, count, percentage): a page at a time, so
    the front page costs the same however large the archive grows. Raises InvalidPage for a page
    that does not exist (the first always does)."""
    published = (
        _with_coverage(Briefing.objects.published())
        .defer(*Briefing.DOCUMENTS)  # the cards show neither copy of the article
        .order_by("-published_on", "-imported_at", "-pk")  # pk: pages never share or skip one
    )
    page = Paginator(published, FRONT_PAGE_SIZE).page(number)
    briefings = page.object_list = list(page.object_list)
    counts = _distribution(briefings)
    for briefing in briefings:
        mine = counts.get(briefing.pk, [])
        total = sum(count for _, count in mine)
        briefing.distribution = [(rating, count, 100 * count / total) for rating, count in mine]
    return page


def preview_versions(briefing):
    """What publishing `briefing` now would show: each claim's live version, or, for an approved
    working copy (which "Publish briefing" would publish, unless its statement is hidden), the
    version it would become."""
    now = timezone.now()
    claims = (
        Claim.objects.filter(statement__briefing=briefing)
        .filter(Q(status=ClaimStatus.APPROVED, statement__hidden=False) | Q(live_version__isnull=False))
        .select_related("statement__briefing", "rating", "submitted_by", "reviewed_by", "live_version")
        .order_by("id")
    )
    live = {version.pk: version for version in _shown(ClaimVersion.objects.live().filter(claim__in=claims))}
    return [
        snapshot(claim, previous=claim.live_version, when=now)[0]
        if claim.status == ClaimStatus.APPROVED
        else live[claim.live_version_id]
        for claim in claims
    ]
