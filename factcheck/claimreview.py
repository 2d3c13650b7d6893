"""schema.org ClaimReview for a published claim, as Google's fact-check guidelines ask.

One builder serves the claim page, the briefing page and the API's `claimreviews/`, so every
consumer sees the same object.
"""

import json

from django.conf import settings
from django.db.models import Max, Min
from django.urls import reverse
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

from .models import Rating


def absolute(path):
    return settings.FACTDESK_NEWSROOM_URL.rstrip("/") + path


def rating_bounds():
    """Best and worst values of the accuracy scale (ratings off the scale are left out)."""
    bounds = Rating.objects.filter(on_scale=True).aggregate(best=Max("value"), worst=Min("value"))
    return bounds["best"], bounds["worst"]


def claim_review(claim, bounds=None):
    best, worst = bounds or rating_bounds()
    briefing = claim.statement.briefing
    appearance = briefing.source_url or absolute(reverse("briefing", args=[briefing.slug]))
    item = {"@type": "Claim", "appearance": [{"@type": "CreativeWork", "url": appearance}]}
    if claim.claimant:
        kind = "Organization" if claim.claimant == briefing.outlet else "Person"
        item["author"] = {"@type": kind, "name": claim.claimant}
    if briefing.published_on:
        item["datePublished"] = briefing.published_on.isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute(reverse("claim", args=[claim.pk])),
        "claimReviewed": claim.short_text or " ".join(claim.text.split()),
        "author": {
            "@type": "Organization",
            "name": settings.FACTDESK_NEWSROOM_NAME,
            "url": settings.FACTDESK_NEWSROOM_URL,
        },
        "datePublished": (claim.published_at or claim.updated_at).date().isoformat(),
        "itemReviewed": item,
        "reviewRating": review_rating(claim.rating, best, worst),
    }


def review_rating(rating, best, worst):
    """The verdict as a schema.org Rating. A rating off the scale ("Not checkable") has no place
    between worst and best, so it is named without numbers, as Google allows."""
    if not rating.on_scale:
        return {"@type": "Rating", "alternateName": rating.name}
    return {
        "@type": "Rating",
        "ratingValue": rating.value,
        "bestRating": best,
        "worstRating": worst,
        "alternateName": rating.name,
    }


def json_ld(data):
    """JSON for a <script type="application/ld+json"> tag; `<`, `>` and `&` are escaped so no
    text (a `</script>` inside a statement) can end the tag early."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_json_script_escapes))
