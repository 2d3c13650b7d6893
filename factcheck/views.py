"""The public pages: the front page, the annotated article (and each of its revisions), claim (and
its versions), source and search pages. They read only what the public may read: live published
versions of public claims, and the revisions of published briefings."""

from django.core.paginator import InvalidPage
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from briefings.models import Briefing

from .article import (
    build_article,
    build_revision,
    front_page_briefings,
    live_for_page,
    preview_versions,
    public_versions,
    revisions_of,
    with_anchors,
)
from .article_html import article_html
from .caching.answers import depends_on
from .caching.generations import PUBLIC, RATINGS, STANDARDS
from .caching.generations import briefing as briefing_generation
from .claimreview import claim_review, claim_reviews, json_ld
from .in_context import in_context
from .links import absolute
from .models import Claim, ClaimVersion, PreviousCheck, Rating, Source
from .models.versions import cited_evidence_prefetch, snapshot
from .read_only import read_only
from .rules import may_read_unpublished
from .search import clean_query, search
from .standards import clean_content, standards_page
from .templatetags.languages import article_lang, site_lang


@read_only
def home(request):
    """The public front page: published briefings, newest first, with coverage and verdicts, a
    page at a time (`?page=2`, …); a page that does not exist is a 404, never a guess."""
    depends_on(request, PUBLIC, query=("page",))
    try:
        page = front_page_briefings(request.GET.get("page", 1))
    except InvalidPage:
        raise Http404("No such page of briefings.") from None
    context = {"briefings": page.object_list, "page": page}
    return render(request, "home.html", {**context, "canonical": _canonical(request, page=page.number)})


def _canonical(request, path=None, *, page=1):
    """The page's one address on the newsroom's site, for `<link rel="canonical">`: the same page is
    answered at other addresses too (a filter by rating, `?page=1`, a parameter it ignores, the
    live version's own number), and search engines should count them as one. Absolute, as
    search engines ask, from FACTDESK_NEWSROOM_URL (links.absolute), never the request's Host."""
    path = request.path if path is None else path
    return absolute(f"{path}?page={page}" if page > 1 else path)


def gone(request, briefing, what):
    """410 Gone for what a takedown removed: when, and why if the editor said so. A draft that was
    never published stays a plain 404."""
    depends_on(request, briefing_generation(briefing.pk), query=())
    context = {"briefing": briefing, "what": what}
    return render(request, "gone.html", context, status=410)


def verdict_gone(request, claim):
    """410 Gone for one verdict an editor withdrew (a retraction): when, and why. Its article
    stays, and the page links to it; nothing of the claim's working copy is shown."""
    depends_on(request, briefing_generation(claim.statement.briefing_id), query=())
    return render(request, "verdict_gone.html", {"claim": claim}, status=410)


def _gone(request, withdrawn):
    """The 410 for what `_live_or_gone` found: a withdrawn briefing, or one withdrawn verdict."""
    if isinstance(withdrawn, Briefing):
        return gone(request, withdrawn, "This fact-check")
    return verdict_gone(request, withdrawn)


def _published_or_withdrawn(slug):
    """The briefing at `slug` if it is published or withdrawn (a 410), else a 404: one query, as a
    slug names one briefing. Without its documents: no public page shows them, and on SQLite
    reading them walks their overflow pages."""
    public = Briefing.objects.filter(status__in=(Briefing.Status.PUBLISHED, Briefing.Status.WITHDRAWN))
    return get_object_or_404(public.defer(*Briefing.DOCUMENTS), slug=slug)


@read_only
def briefing(request, slug):
    """The article as written, with its published verdicts in place and a filter by rating."""
    briefing = _published_or_withdrawn(slug)
    if briefing.is_withdrawn:
        return gone(request, briefing, "This article")
    article = build_article(briefing)
    # A rating the article does not show filters nothing: that address is answered, never kept.
    only = _only_rating(request, article)
    depends_on(request, briefing_generation(briefing.pk), query=("rating",) if only else ())
    return _article_page(request, briefing, article, only=only, preview=False)


def _staff_only(request):
    """Previews are for staff; everyone else is told nothing is there."""
    if not may_read_unpublished(request.user):
        raise Http404("No such page.")


@read_only
def briefing_preview(request, slug):
    """The article as the public would see it if it were published now: live verdicts, and the
    approved working copies that "Publish briefing" would publish. Staff only; never indexed."""
    _staff_only(request)
    briefing = get_object_or_404(Briefing, slug=slug)
    article = build_article(briefing, preview_versions(briefing))
    return _article_page(request, briefing, article, only=_only_rating(request, article), preview=True)


def _only_rating(request, article):
    """The rating the reader filtered the article by (`?rating=`), if the article shows it; else ""."""
    only = request.GET.get("rating", "")
    return only if only in {rating.slug for rating, _ in article.counts} else ""


def _article_page(request, briefing, article, *, only, preview):
    ratings = [rating for rating, _ in article.counts]
    revisions = revisions_of(briefing)
    context = {
        "briefing": briefing,
        "article": article,
        "article_html": article_html(
            article,
            article_lang=article_lang(briefing),
            site_lang=site_lang(briefing),
            only=only,
            preview=preview,
        ),
        "only": only,
        "ratings": ratings,
        "claim_reviews": "" if preview else claim_reviews(article.claims, briefing=briefing),
        "preview": preview,
        "canonical": None if preview else _canonical(request),
        "current_revision": next((r for r in revisions if r.pk == briefing.current_revision_id), None),
        "earlier_revisions": [r for r in revisions if r.pk != briefing.current_revision_id],
    }
    return render(request, "briefings/briefing.html", context)


@read_only
def briefing_revision(request, slug, number):
    """One revision of a published article, as it was imported: every earlier text stays readable."""
    briefing = _published_or_withdrawn(slug)
    if briefing.is_withdrawn:
        return gone(request, briefing, "This article")
    depends_on(request, briefing_generation(briefing.pk), query=())
    return _revision_page(request, briefing, number, preview=False)


@read_only
def briefing_revision_preview(request, slug, number):
    """A revision of an article not yet published, for staff; never indexed."""
    _staff_only(request)
    briefing = get_object_or_404(Briefing.objects.defer(*Briefing.DOCUMENTS), slug=slug)
    return _revision_page(request, briefing, number, preview=True)


def _revision_page(request, briefing, number, *, preview):
    revisions = revisions_of(briefing)
    shown = next((revision for revision in revisions if revision.number == number), None)
    if shown is None:
        raise Http404("No such revision.")
    context = {
        "briefing": briefing,
        "revision": shown,
        "revisions": revisions,
        "sections": build_revision(shown),
        "is_current": shown.pk == briefing.current_revision_id,
        "previous": next((r for r in revisions if r.number == number - 1), None),
        "next": next((r for r in revisions if r.number == number + 1), None),
        "preview": preview,
        "canonical": None if preview else _canonical(request),
    }
    return render(request, "briefings/revision.html", context)


def _corrections_up_to(claim, shown, versions):
    """`claim`'s corrections made up to version `shown`, each placed by its version's number as
    `versions` (the claim's, already read) has it: no join to the versions again."""
    numbers = {version.pk: version.number for version in versions}

    def number(correction):
        found = numbers.get(correction.version_id)
        return correction.version.number if found is None else found

    return [
        correction
        for correction in claim.corrections.order_by("created_at", "id")
        if correction.version_id is None or number(correction) <= shown.number
    ]


def _cited_sources(version):
    """Each source `version` cites, once, in the order first cited, with the places in it the
    evidence points to: read from the version's own evidence (already loaded for the evidence
    table when prefetched), so no query per source."""
    cited = {}
    for evidence in version.cited_evidence:
        entry = cited.setdefault(evidence.cited_source_id, {"source": evidence.source, "locators": []})
        if evidence.locator and evidence.locator not in entry["locators"]:
            entry["locators"].append(evidence.locator)
    return list(cited.values())


def previously_checked(claim):
    """The public earlier checks a checker linked `claim` to, most similar first: only those
    readers may open now (a withdrawn one drops out; the caching triggers refresh this page).
    Most claims have none: asking whether there are any first (0.1 ms) spares them the public
    links' query, whose building and compiling alone cost about 2 ms of a 10 ms page."""
    links = PreviousCheck.objects.filter(claim=claim)
    if not links.exists():
        return []
    return [link.earlier.live_version for link in links.public().select_related("earlier__live_version")]


#: What the claim page lists of each version: its number and link, date, rating and reason.
_LISTED = ("id", "claim", "number", "published_at", "rating_name", "reason")


def _claim_page(request, live, shown, *, preview=False):
    """A claim's page showing the version `shown` (published, or a preview's); `live` is the
    current one, or for a claim never published, the preview itself."""
    versions = list(live.claim.versions.only(*_LISTED).order_by("number")) if live.pk else []
    # The live page shows the statement where the claim stands now; an earlier version, the one it checked.
    statement = live.claim.statement if shown.pk == live.pk else shown.statement
    context = {
        "claim": shown,
        "live": live,
        "is_live": shown.pk == live.pk,
        "versions": versions,
        "corrections": _corrections_up_to(live.claim, shown, versions),
        "researched_by": shown.researched_by,  # everyone credited up to this version
        "edited_by": shown.edited_by,
        "first_published": live.claim.published_at or (versions[0] if versions else shown).published_at,
        "statement": statement,
        # A reworded statement is marked whole: the wording checked may still be part of it.
        "in_context": in_context(statement, None if shown.wording_changed else shown.statement_text),
        "place": statement.get_absolute_url(),
        "in_article": statement.in_current_revision,
        "sources": _cited_sources(shown),
        "claim_review": json_ld(claim_review(live, briefing=statement.briefing))
        if shown.pk == live.pk and not preview
        else None,
        "preview": preview,
        "canonical": None if preview else _canonical(request, live.get_absolute_url()),
        "previously_checked": previously_checked(live.claim) if live.claim.pk else [],
    }
    return render(request, "factcheck/claim.html", context)


def _live_or_gone(pk):
    """The live version of public claim `pk`; Gone (with its briefing) if a takedown removed it, or
    (with the claim) if an editor withdrew its verdict, its briefing still published.
    Its version comes without the statement it checked (`live_for_page`): the pages read the claim's."""
    live = live_for_page(pk)
    if live is not None:
        return live, None
    withdrawn = Briefing.objects.withdrawn().filter(
        all_statements__claims__pk=pk, all_statements__claims__live_version__isnull=False
    )
    briefing = withdrawn.first()
    if briefing is not None:
        return None, briefing
    retracted = Claim.objects.withdrawn_verdicts().filter(pk=pk).select_related("statement__briefing")
    claim = retracted.filter(statement__briefing__status=Briefing.Status.PUBLISHED).first()
    if claim is None:
        raise Http404("No such fact-check.")
    return None, claim


@read_only
def claim(request, pk):
    """A published verdict's permanent page: its live version, with every earlier one listed."""
    live, withdrawn = _live_or_gone(pk)
    if withdrawn is not None:
        return _gone(request, withdrawn)
    depends_on(request, briefing_generation(live.claim.statement.briefing_id), query=())
    return _claim_page(request, live, live)


def _shown_version(claim, number):
    """Version `number` of `claim` with the statement it checked and its evidence, in one query
    and the evidence's: read lazily, the evidence cost two queries more (the template and the
    sources box each asked) in the versions' default order, a four-table join."""
    versions = with_anchors(claim.versions.all(), "statement__revision")
    return versions.prefetch_related(cited_evidence_prefetch()).get(number=number)


@read_only
def claim_version(request, pk, number):
    """One published version of a public claim, kept readable at its own address."""
    live, withdrawn = _live_or_gone(pk)
    if withdrawn is not None:
        return _gone(request, withdrawn)
    depends_on(request, briefing_generation(live.claim.statement.briefing_id), query=())
    if number == live.number:  # the live version's own address: the claim page's reads
        return _claim_page(request, live, live)
    try:
        shown = _shown_version(live.claim, number)
    except ClaimVersion.DoesNotExist:
        raise Http404("No such version.") from None
    return _claim_page(request, live, shown)


@read_only
def claim_preview(request, pk):
    """The claim as the public would see it if its working copy were published now. Staff only."""
    _staff_only(request)
    claim = get_object_or_404(
        Claim.objects.select_related(
            "statement__briefing", "rating", "submitted_by", "reviewed_by", "live_version"
        ),
        pk=pk,
    )
    if claim.rating is None:
        raise Http404("Nothing to preview yet: the claim has no rating.")
    shown = snapshot(claim, previous=claim.live_version, when=timezone.now())[0]
    return _claim_page(request, claim.live_version or shown, shown, preview=True)


@read_only
def source(request, pk):
    """A source as the newest public verdict cites it, and the public verdicts citing it."""
    get_object_or_404(Source.objects.public(), pk=pk)
    depends_on(request, PUBLIC, query=())
    claims = list(public_versions().filter(evidence__cited_source_id=pk).distinct())
    citations = [
        (version.published_at, evidence)
        for version in claims
        for evidence in version.cited_evidence
        if evidence.cited_source_id == pk
    ]
    newest = max(citations, key=lambda citation: citation[0])[1]
    context = {"source": newest.source, "claims": claims, "canonical": _canonical(request)}
    return render(request, "factcheck/source.html", context)


@read_only
def search_view(request):
    query = clean_query(request.GET.get("q", ""))
    results = search(query) if query else None
    return render(request, "factcheck/search.html", {"query": query, "results": results})


@read_only
def standards(request, url_name):
    """One of the newsroom's written standards (methodology, corrections policy, ownership and
    funding, contact), as an admin last saved it, cleaned again on the way out."""
    page = standards_page(url_name)
    if page is None:
        raise Http404("No such page.")
    depends_on(request, STANDARDS, query=())
    context = {
        "page": page,
        "content": clean_content(page.content),
        "url_name": url_name,
        "canonical": _canonical(request),
    }
    return render(request, "factcheck/standards.html", context)


@read_only
def rating_scale(request):
    """Every rating with its public definition, from the scale itself: it follows every edit."""
    depends_on(request, RATINGS, query=())
    ratings = list(Rating.objects.all())
    context = {
        "on_scale": [rating for rating in ratings if rating.on_scale],
        "off_scale": [rating for rating in ratings if not rating.on_scale],
        "canonical": _canonical(request),
    }
    return render(request, "factcheck/rating_scale.html", context)
