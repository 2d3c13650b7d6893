"""The public pages: the front page, the annotated article, claim, source and search pages.
They read only what the public may read (`public_claims()`, `public()` querysets)."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from briefings.models import Briefing

from .article import build_article, front_page_briefings, public_claims
from .claimreview import claim_review, json_ld, rating_bounds
from .models import Source
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
    bounds = rating_bounds()
    context = {
        "briefing": briefing,
        "article": article,
        "only": only,
        "ratings": ratings,
        "claim_reviews": [json_ld(claim_review(claim, bounds)) for claim in article.claims],
    }
    return render(request, "briefings/briefing.html", context)


@require_safe
def claim(request, pk):
    """A published verdict's permanent page."""
    claim = get_object_or_404(public_claims(), pk=pk)
    statement = claim.statement
    paragraph = statement.briefing.statements.filter(paragraph=statement.paragraph).order_by("position")
    return render(
        request,
        "factcheck/claim.html",
        {
            "claim": claim,
            "statement": statement,
            "paragraph": paragraph,
            "claim_review": json_ld(claim_review(claim)),
        },
    )


@require_safe
def source(request, pk):
    source = get_object_or_404(Source.objects.public(), pk=pk)
    claims = public_claims().filter(evidence__source=source).distinct()
    return render(request, "factcheck/source.html", {"source": source, "claims": claims})


@require_safe
def search_view(request):
    query = clean_query(request.GET.get("q", ""))
    results = search(query) if query else None
    return render(request, "factcheck/search.html", {"query": query, "results": results})
