from collections import defaultdict

from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from factcheck.claimreview import claim_review, json_ld, rating_bounds
from factcheck.models import Claim, Rating

from .article import build_article
from .models import Briefing


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


@require_safe
def home(request):
    """The public front page: published briefings, newest first, with coverage and verdicts."""
    briefings = list(
        Briefing.objects.published()
        .with_coverage()
        .defer(*Briefing.DOCUMENTS)  # the cards show neither copy of the article
        .order_by("-published_on", "-imported_at")
    )
    ratings = list(Rating.objects.all())
    counts = _distribution(briefings)
    for briefing in briefings:
        mine = counts.get(briefing.pk, {})
        total = sum(mine.values())
        briefing.distribution = [
            (rating, mine[rating.pk], 100 * mine[rating.pk] / total)
            for rating in ratings
            if mine.get(rating.pk)
        ]
    return render(request, "home.html", {"briefings": briefings})


@require_safe
def briefing(request, slug):
    briefing = get_object_or_404(Briefing.objects.published(), slug=slug)
    article = build_article(briefing)
    only = request.GET.get("rating", "")
    ratings = [rating for rating, _ in article.counts]
    if only not in {rating.slug for rating in ratings}:
        only = ""
    bounds = rating_bounds()
    reviews = [json_ld(claim_review(claim, bounds)) for claim in article.claims]
    return render(
        request,
        "briefings/briefing.html",
        {
            "briefing": briefing,
            "article": article,
            "only": only,
            "ratings": ratings,
            "claim_reviews": reviews,
        },
    )
