"""schema.org ClaimReview for a published version, as Google's fact-check guidelines ask.

One builder serves the claim page, the briefing page and the API's `claimreviews/`, so every
consumer sees the same object. It reads only the published version (with the scale's bounds as
they were when it was published), so nothing edited since changes it.
"""

import json
from functools import partial

from django.conf import settings
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

from .checklist import SHORT_FORM_LIMIT
from .links import absolute, path_for, paths_for, slug_path_for
from .states import Anchor


def appearance(version, briefing, article_url=None):
    """Where the claim can be read: the article (where it was published, or our page of it), or
    for a statement since cut from the article, our page of the revision that still has it."""
    claim = version.claim
    if claim.anchor == Anchor.ORPHANED:
        return absolute(claim.statement.get_absolute_url())
    return briefing.source_url or article_url or absolute(slug_path_for("briefing", briefing.slug))


def claim_review(version, *, briefing=None, claim_path=None, article_url=None):
    """The ClaimReview of a claim's live version (`version.claim` is the claim, with its statement
    and that statement's revision loaded: `article.with_anchors`). An article's page and a claim's
    pass `briefing` (the claim's, which is the version's), so that versions need not each load their
    statement; an article's page, its addresses looked up once too (`claim_reviews`)."""
    claim, briefing = version.claim, briefing or version.statement.briefing
    url = appearance(version, briefing, article_url)
    item = {"@type": "Claim", "appearance": [{"@type": "CreativeWork", "url": url}]}
    if version.claimant:
        kind = "Organization" if version.claimant == briefing.outlet else "Person"
        item["author"] = {"@type": kind, "name": version.claimant}
    if briefing.published_on:
        item["datePublished"] = briefing.published_on.isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute((claim_path or partial(path_for, "claim"))(version.claim_id)),
        "claimReviewed": claim_reviewed(version),
        "author": {
            "@type": "Organization",
            "name": settings.FACTDESK_NEWSROOM_NAME,
            "url": settings.FACTDESK_NEWSROOM_URL,
        },
        "datePublished": (claim.published_at or version.published_at).date().isoformat(),
        "dateModified": version.published_at.date().isoformat(),
        "itemReviewed": item,
        "reviewRating": review_rating(version.rating, version.best_rating, version.worst_rating),
    }


def claim_reviewed(version):
    """The claim as search engines show it: its short form; else the claim, when it fits in
    SHORT_FORM_LIMIT characters; else (a verdict published with the checklist's `short_form` off)
    the claim cut at the last word that fits, marked with "…", never a broken word."""
    text = " ".join(version.text.split())
    if version.short_text:
        return version.short_text
    if len(text) <= SHORT_FORM_LIMIT:
        return text
    cut = text[:SHORT_FORM_LIMIT].rsplit(" ", 1)[0] if " " in text[:SHORT_FORM_LIMIT] else ""
    cut = cut.rstrip(" ,;:.-–—") or text[: SHORT_FORM_LIMIT - 1]
    return cut + "…"


def claim_reviews(versions, *, briefing):
    """The article's `<script>` tags, one ClaimReview each of `versions` (all of `briefing`), as
    one string: the template's loop over a thousand of them cost more than writing them. JSON
    text never holds a raw line end (json escapes control characters), so the reviews are joined
    by line ends, escaped for the tags in one pass rather than one each, and split again."""
    if not versions:
        return mark_safe("")
    claim_path = paths_for("claim")
    article_url = absolute(slug_path_for("briefing", briefing.slug))
    reviews = "\n".join(
        JSON.encode(claim_review(version, briefing=briefing, claim_path=claim_path, article_url=article_url))
        for version in versions
    )
    return mark_safe(
        "".join(
            f'\n  <script type="application/ld+json">{review}</script>'
            for review in _escaped(reviews).split("\n")
        )
    )


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


# `<`, `>` and `&`, so that no text (a `</script>` inside a statement) can end the tag early or
# open a comment; and the line and paragraph separators U+2028 and U+2029, which JSON allows
# inside strings but JavaScript before ES2019 (and readers that handle JSON-LD as script) reads
# as the end of a line.
JSON_LD_ESCAPES = {**_json_script_escapes, ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029"}


JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(data, ensure_ascii=False), built once


def _escaped(text):
    """`text` escaped as JSON_LD_ESCAPES says, by replacing each character in turn: str.translate
    looks every character up, ten times slower on an article's thousand ClaimReviews."""
    for character, escaped in JSON_LD_ESCAPES.items():
        text = text.replace(chr(character), escaped)
    return text


def json_ld(data):
    """JSON for a <script type="application/ld+json"> tag, escaped as JSON_LD_ESCAPES says."""
    return mark_safe(_escaped(JSON.encode(data)))
