"""Where the corpus shows: every public page, feed, API answer and desk page that prints a
field the corpus went into, as paths for the test client and the browser alike."""

from urllib.parse import urlencode

from django.urls import reverse

API = "/api/v1/"
API_LISTS = ["briefings", "statements", "claims", "sources", "ratings", "claimreviews"]


def public_pages(bundles):
    """The pages readers open, each with the status it answers: the withdrawn articles 410."""
    pages = {"/": 200, "/no-such-page/": 404}
    for bundle in bundles:
        claim = bundle.claim
        pages[bundle.withdrawn.get_absolute_url()] = 410
        for path in (
            bundle.briefing.get_absolute_url(),
            reverse("briefing-revision", args=[bundle.briefing.slug, 1]),
            claim.get_absolute_url(),
            reverse("claim-version", args=[claim.pk, 1]),
            reverse("claim-version", args=[claim.pk, 2]),
            *(source.get_absolute_url() for source in bundle.sources),
        ):
            pages[path] = 200
    return pages


def with_query(path, **query):
    return f"{path}?{urlencode(query)}"


def search_pages(payloads):
    """The search page asked for each payload: it shows the query back, and what matches it."""
    return [with_query(reverse("search"), q=payload.text) for payload in payloads]


def sign_in_pages(payloads):
    """The staff sign-in page keeps `next` in a hidden field."""
    return [with_query(reverse("login"), next=payload.text) for payload in payloads]


def desk_pages(bundle):
    """The desk's pages that show one bundle's fields (its claim's history included) and the
    staff previews of its claim and article, for its own editor."""
    return [
        reverse("admin:factcheck_claim_change", args=[bundle.claim.pk]),
        reverse("admin:factcheck_claim_history", args=[bundle.claim.pk]),
        reverse("admin:factcheck_claim_change", args=[bundle.dismissed.pk]),
        reverse("admin:briefings_briefing_change", args=[bundle.briefing.pk]),
        reverse("admin:briefings_briefing_change", args=[bundle.withdrawn.pk]),
        reverse("admin:factcheck_source_change", args=[bundle.sources[0].pk]),
        reverse("admin:factcheck_rating_change", args=[bundle.rating.pk]),
        reverse("claim-preview", args=[bundle.claim.pk]),
        reverse("briefing-preview", args=[bundle.briefing.slug]),
    ]


DESK_LISTS = [
    "factcheck_claim",
    "briefings_briefing",
    "briefings_statement",
    "factcheck_source",
    "factcheck_rating",
    "factcheck_evidence",
]


def one_of_each_kind(payloads):
    return list({payload.kind: payload for payload in payloads}.values())


def desk_lists(payloads):
    """The desk's front page and the lists an editor reads (each showing every bundle at
    once), and the claim list searched for a payload of each kind (Django's own search box)."""
    lists = [reverse("admin:index")]
    lists += [with_query(reverse(f"admin:{name}_changelist"), all="") for name in DESK_LISTS]
    searched = one_of_each_kind(payloads)
    return lists + [with_query(reverse("admin:factcheck_claim_changelist"), q=p.text) for p in searched]


def api_lists():
    return [with_query(f"{API}{name}/", page_size=200) for name in API_LISTS]


def api_details(bundle):
    claim = bundle.claim
    return [
        f"{API}briefings/{bundle.briefing.slug}/",
        f"{API}briefings/{bundle.withdrawn.slug}/",
        f"{API}statements/{claim.statement_id}/",
        f"{API}claims/{claim.pk}/",
        f"{API}claimreviews/{claim.pk}/",
        f"{API}ratings/{bundle.rating.slug}/",
        f"{API}sources/{bundle.sources[0].pk}/",
    ]


REFUSED = {
    "claims": ("status", "q", "rating", "published_after", "cursor"),
    "sources": ("ordering", "domain", "publisher", "kind"),
    "briefings": ("status", "published_before", "page"),
    "statements": ("briefing", "page_size"),
}


def api_refusals(payloads):
    """Answers that may name what the caller sent: each payload as the values of one list's
    filters (in turn), and as an address under /api/."""
    paths = []
    for number, payload in enumerate(payloads):
        name = list(REFUSED)[number % len(REFUSED)]
        paths.append(with_query(f"{API}{name}/", **dict.fromkeys(REFUSED[name], payload.text)))
    return paths
