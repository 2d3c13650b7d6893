"""The public pages: the front page, the annotated article, claim (and its versions), source and
search pages. They read only what the public may read: live published versions of public claims."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from briefings.models import Briefing

from .article import build_article, front_page_briefings, public_versions
from .claimreview import claim_review, json_ld
from .models import ClaimVersion, Source
from .search import clean_query, search


@require_safe
def home(request):
    """The public front page: published briefings, newest first, with coverage and verdicts."""
    return render(request, "home.html", {"briefings": front_page_briefings()})


@require_safe
def briefing(request, slug):
    """The article as written, with its published verdicts in place and a filter by rating."""
    briefing = get_object_or_404(Briefing.objects.published(), slug=slug)
    article = build_article(briefing)
    ratings = [rating for rating, _ in article.counts]
    only = request.GET.get("rating", "")
    if only not in {rating.slug for rating in ratings}:
        only = ""
    context = {
        "briefing": briefing,
        "article": article,
        "only": only,
        "ratings": ratings,
        "claim_reviews": [json_ld(claim_review(version)) for version in article.claims],
    }
    return render(request, "briefings/briefing.html", context)


def _claim_page(request, live, shown):
    """A claim's page showing the published version `shown`; `live` is the current one."""
    versions = list(live.claim.versions.order_by("number"))
    statement = shown.statement
    context = {
        "claim": shown,
        "live": live,
        "is_live": shown.pk == live.pk,
        "versions": versions,
        "corrections": [
            correction
            for correction in live.claim.corrections.select_related("version").order_by("created_at", "id")
            if correction.version is None or correction.version.number <= shown.number
        ],
        "researched_by": shown.researched_by,  # everyone credited up to this version
        "edited_by": shown.edited_by,
        "first_published": live.claim.published_at or versions[0].published_at,
        "statement": statement,
        "paragraph": statement.briefing.statements.filter(paragraph=statement.paragraph).order_by("position"),
        "claim_review": json_ld(claim_review(live)) if shown.pk == live.pk else None,
    }
    return render(request, "factcheck/claim.html", context)


@require_safe
def claim(request, pk):
    """A published verdict's permanent page: its live version, with every earlier one listed."""
    live = get_object_or_404(public_versions(), claim_id=pk)
    return _claim_page(request, live, live)


@require_safe
def claim_version(request, pk, number):
    """One published version of a public claim, kept readable at its own address."""
    live = get_object_or_404(public_versions(), claim_id=pk)
    try:
        shown = live.claim.versions.select_related("statement__briefing").get(number=number)
    except ClaimVersion.DoesNotExist:
        raise Http404("No such version.") from None
    return _claim_page(request, live, shown)


@require_safe
def source(request, pk):
    """A source as the newest public verdict cites it, and the public verdicts citing it."""
    get_object_or_404(Source.objects.public(), pk=pk)
    claims = list(public_versions().filter(evidence__cited_source_id=pk).distinct())
    citations = [
        (version.published_at, evidence)
        for version in claims
        for evidence in version.evidence.all()
        if evidence.cited_source_id == pk
    ]
    newest = max(citations, key=lambda citation: citation[0])[1]
    return render(request, "factcheck/source.html", {"source": newest.source, "claims": claims})


@require_safe
def search_view(request):
    query = clean_query(request.GET.get("q", ""))
    results = search(query) if query else None
    return render(request, "factcheck/search.html", {"query": query, "results": results})
