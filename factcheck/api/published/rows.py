"""A page of public claims written from rows (`published_claims`): a handful of queries of plain
values for the whole page, no model instances."""

from collections import defaultdict

from briefings.models import Briefing
from factcheck.models import CitedEvidence, Correction, PreviousCheck
from factcheck.models.history import correction_note
from factcheck.states import Anchor, ClaimStatus

from .objects import previously_checked
from .writing import Addresses, cached_domain_of, days_of_a_page, right_of_reply, times_of_a_page

VERSION = "live_version__"
CLAIM_ROW = (
    "id", "anchor", "published_at", "public_changed_at", "live_version_id", "statement_id",
    *(VERSION + name for name in (
        "number", "text", "short_text", "claimant", "rationale", "check_worthiness", "rating_name",
        "rating_slug", "rating_value", "researched_by", "edited_by", "reply_status", "contacted_on",
        "reply_note",
    )),
    "statement__position", "statement__text", "statement__label", "statement__briefing_id",
    "withdrawn_at",
)  # fmt: skip
BRIEFING_ROW = ("id", "slug", "status", "updated_at", "withdrawn_at")  # by index briefing_public_face
CITED_ROW = (
    "id", "version_id", "stance", "excerpt", "locator", "cited_source_id", "url", "title", "publisher",
    "kind", "published_on", "accessed_on", "cited_at",
)  # fmt: skip
(
    V_NUMBER, V_TEXT, V_SHORT_TEXT, V_CLAIMANT, V_RATIONALE, V_CHECK_WORTHINESS, V_RATING_NAME,
    V_RATING_SLUG, V_RATING_VALUE, V_RESEARCHED_BY, V_EDITED_BY, V_REPLY_STATUS, V_CONTACTED_ON,
    V_REPLY_NOTE,
) = CLAIM_ROW[6:20]  # fmt: skip
# A correction as the list reads it: what its note, its time and its version's number need.
CORRECTION_ROW = (
    "claim_id",
    "version_id",
    "version__number",
    "from_label",
    "to_label",
    "from_rating__slug",
    "to_rating__slug",
    "reason",
    "created_at",
)

# Set on each row by published_claims: every correction, in order; the briefing's BRIEFING_ROW;
# the ids of the public earlier checks it is linked to.
ROW_CORRECTIONS, ROW_BRIEFING, ROW_PREVIOUS = "corrections", "briefing", "previously_checked"
PUBLISHED, WITHDRAWN = ClaimStatus.PUBLISHED.value, Briefing.Status.WITHDRAWN


def _cited_row(evidence, address, iso, day):
    source, url = evidence["cited_source_id"], evidence["url"]
    return {
        "id": evidence["id"],
        "stance": evidence["stance"],
        "excerpt": evidence["excerpt"],
        "locator": evidence["locator"],
        "source": {
            "id": source,
            "url": address("api:source-detail", source),
            "page_url": address.page("source", source),
            "source_url": url,
            "domain": cached_domain_of(url),
            "title": evidence["title"],
            "publisher": evidence["publisher"],
            "kind": evidence["kind"],
            "published_on": day(evidence["published_on"]),
            "accessed_on": day(evidence["accessed_on"]),
            "updated_at": iso(evidence["cited_at"]),
        },
    }


def _corrections_row(corrections, number, iso):
    """`_correction` for each of a claim's correction rows (CORRECTION_ROW) that its live version
    (`number`) has made: those of later versions are not public yet."""
    return [
        {
            "note": correction_note(row["from_label"], row["to_label"], row["created_at"], row["reason"]),
            "created_at": iso(row["created_at"]),
            "from_rating": row["from_rating__slug"],
            "to_rating": row["to_rating__slug"],
            "reason": row["reason"],
        }
        for row in corrections
        if row["version_id"] is None or row["version__number"] <= number
    ]


def _claim_row(row, evidence, address, iso, day):
    """published_claim, for a row of CLAIM_ROW and its version's evidence rows."""
    anchor, pk = row["anchor"], row["id"]
    statement = None
    if anchor != Anchor.ORPHANED:
        statement = {
            "id": row["statement_id"],
            "url": address("api:statement-detail", row["statement_id"]),
            "position": row["statement__position"],
            "text": row["statement__text"],
            "anchor": f"s-{row['statement__label'] or row['statement__position']}",  # as Statement.anchor
        }
    return {
        "id": pk,
        "url": address("api:claim-detail", pk),
        "page_url": address.page("claim", pk),
        "text": row[V_TEXT],
        "short_text": row[V_SHORT_TEXT],
        "claimant": row[V_CLAIMANT],
        "right_of_reply": right_of_reply(row[V_REPLY_STATUS], row[V_CONTACTED_ON], row[V_REPLY_NOTE], day),
        "status": PUBLISHED,
        "rating": {"name": row[V_RATING_NAME], "slug": row[V_RATING_SLUG], "value": row[V_RATING_VALUE]},
        "rationale": row[V_RATIONALE],
        "check_worthiness": row[V_CHECK_WORTHINESS],
        "evidence": [_cited_row(cited, address, iso, day) for cited in evidence],
        "checker": row[V_RESEARCHED_BY] or None,
        "editor": row[V_EDITED_BY] or None,
        "corrections": _corrections_row(row[ROW_CORRECTIONS], row[V_NUMBER], iso),
        "anchor": anchor,
        "statement": statement,
        "briefing": row[ROW_BRIEFING]["slug"],
        "published_at": iso(row["published_at"]),
        "updated_at": iso(row["public_changed_at"]),
        "previously_checked": previously_checked(row[ROW_PREVIOUS], address),
    }


def _tombstone_row(row, address, iso):
    """ClaimTombstoneSerializer's output, for a row of a claim whose briefing or verdict was withdrawn."""
    return {
        "id": row["id"],
        "url": address("api:claim-detail", row["id"]),
        "status": Briefing.Status.WITHDRAWN.value,
        # Its own verdict's withdrawal, if an editor withdrew it; else its briefing's takedown.
        "withdrawn_at": iso(
            row[ROW_BRIEFING]["withdrawn_at"] if row["live_version_id"] else row["withdrawn_at"]
        ),
    }


def _evidence_of(rows):
    """Each version's cited evidence rows (CITED_ROW), in cited_evidence_prefetch's order."""
    evidence = defaultdict(list)
    # `version__id__in`, not `version_id__in`: the same SQL, but the ids are prepared as plain
    # integers rather than each checked for a model instance (a seventh of the query's compiling).
    # The same for the other lookups by a page's ids below.
    cited = CitedEvidence.objects.filter(version__id__in=[row["live_version_id"] for row in rows])
    for item in cited.order_by("position").values(*CITED_ROW):
        evidence[item["version_id"]].append(item)
    return evidence


def _corrections_of(claim_ids):
    """Each claim's corrections as rows (CORRECTION_ROW), in order: the columns they print, not
    every column of each correction and its version."""
    corrections = defaultdict(list)
    loaded = Correction.objects.filter(claim__id__in=claim_ids).order_by("created_at", "id")
    for correction in loaded.values(*CORRECTION_ROW):
        corrections[correction["claim_id"]].append(correction)
    return corrections


def _briefings_of(rows):
    # Every status, so that the index's first column serves a lookup by id.
    briefings = Briefing.objects.filter(
        status__in=Briefing.Status.values, pk__in={row["statement__briefing_id"] for row in rows}
    )
    return {briefing["id"]: briefing for briefing in briefings.order_by().values(*BRIEFING_ROW)}


def _previous_of(claim_ids):
    """The ids of the public earlier checks each claim links to, in previous_of's order."""
    previous = defaultdict(list)
    links = PreviousCheck.objects.public().filter(claim__id__in=claim_ids)
    for claim_id, earlier_id in links.values_list("claim_id", "earlier_id"):
        previous[claim_id].append(earlier_id)
    return previous


def published_claims(rows, *, request):
    """A page of public claims (rows of CLAIM_ROW) as ClaimSerializer writes them, in four more
    queries whatever the page's size: the evidence of every version, the corrections, the
    briefings, the links to earlier checks."""
    if not rows:
        return []
    address, iso, day = Addresses(request), times_of_a_page(), days_of_a_page()
    claim_ids = [row["id"] for row in rows]
    evidence, corrections = _evidence_of(rows), _corrections_of(claim_ids)
    briefings, previous = _briefings_of(rows), _previous_of(claim_ids)
    page = []
    for row in rows:
        pk = row["id"]
        row[ROW_CORRECTIONS], row[ROW_BRIEFING], row[ROW_PREVIOUS] = (
            corrections[pk],
            briefings[row["statement__briefing_id"]],
            previous[pk],
        )
        if row[ROW_BRIEFING]["status"] == WITHDRAWN or row["live_version_id"] is None:
            page.append(_tombstone_row(row, address, iso))
        else:
            page.append(_claim_row(row, evidence[row["live_version_id"]], address, iso, day))
    return page


def row_times(row):
    """When a row of the public list last changed, as ClaimViewSet.timestamps reads a claim."""
    return [row["public_changed_at"], row[ROW_BRIEFING]["updated_at"]] + [
        correction["created_at"] for correction in row[ROW_CORRECTIONS]
    ]
