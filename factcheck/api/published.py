"""A public claim (or source) as the API serves it: as published, dressed as the working object.

The serializers describe a claim once; for callers reading public work they are handed a
`PublishedClaim`, which answers every attribute they read from the live version (wording, rating
as published, evidence with sources as cited, credits) and the rest from the claim (its id,
first publication, when its public face last changed, and where it stands in the article now:
its anchor and its statement in the current revision, which a new revision moves). Staff who include unpublished work read
the working copy itself.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from django.conf import settings
from django.db.models import OuterRef, Prefetch, Subquery
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from briefings.models import Briefing
from briefings.weblinks import domain_of
from factcheck.links import PLACEHOLDER, path_for
from factcheck.models import CitedEvidence, ClaimVersion, Correction, PreviousCheck, SourceSnapshot
from factcheck.models.history import correction_note
from factcheck.states import Anchor, ClaimStatus, ReplyStatus


@dataclass(frozen=True)
class Credited:
    """A name as a version credited it, read like a user by the name fields."""

    name: str

    def get_full_name(self):
        return self.name


PREFETCHED_CORRECTIONS = "prefetched_corrections"


def corrections_of(claim):
    """`claim`'s corrections in order, as ClaimViewSet prefetched them for public callers (a
    plain list) or else from the related manager."""
    loaded = getattr(claim, PREFETCHED_CORRECTIONS, None)
    return loaded if loaded is not None else claim.corrections.all()


PREFETCHED_PREVIOUS = "prefetched_previous_checks"


def previous_checks_prefetch():
    """Each claim's links to public earlier checks (`previously_checked`), most similar first,
    as a plain list: one query a page."""
    links = PreviousCheck.objects.public().only("claim_id", "earlier_id", "similarity")
    return Prefetch("previous_checks", queryset=links, to_attr=PREFETCHED_PREVIOUS)


def previous_of(claim):
    """The ids of the public claims `claim` is linked to as previously checked, as
    `previous_checks_prefetch` loaded them or else in a query."""
    loaded = getattr(claim, PREFETCHED_PREVIOUS, None)
    if loaded is None:
        loaded = PreviousCheck.objects.public().filter(claim=claim)
    return [link.earlier_id for link in loaded]


def previously_checked(earlier_ids, address):
    """`previously_checked` as the API writes it: each earlier public claim's id and address."""
    return [{"id": pk, "url": address("api:claim-detail", pk)} for pk in earlier_ids]


class PublishedClaim:
    """`claim` (with `live_version`, its statement and briefing, evidence and corrections loaded) as the public reads it."""

    status = ClaimStatus.PUBLISHED

    def __init__(self, claim):
        self._claim = claim
        self._version = claim.live_version

    pk = property(lambda self: self._claim.pk)
    id = property(lambda self: self._claim.pk)
    published_at = property(lambda self: self._claim.published_at)
    updated_at = property(lambda self: self._claim.public_changed_at)
    text = property(lambda self: self._version.text)
    short_text = property(lambda self: self._version.short_text)
    claimant = property(lambda self: self._version.claimant)
    reply_status = property(lambda self: self._version.reply_status)
    contacted_on = property(lambda self: self._version.contacted_on)
    reply_note = property(lambda self: self._version.reply_note)
    rationale = property(lambda self: self._version.rationale)
    check_worthiness = property(lambda self: self._version.check_worthiness)
    rating = property(lambda self: self._version.rating)
    submitted_by = property(lambda self: Credited(self._version.researched_by))
    reviewed_by = property(lambda self: Credited(self._version.edited_by))

    @property
    def evidence(self):
        return list(self._version.cited_evidence)

    @property
    def corrections(self):
        number = self._version.number
        return [
            correction
            for correction in corrections_of(self._claim)
            if correction.version_id is None or correction.version.number <= number
        ]

    @property
    def previously_checked_ids(self):
        return previous_of(self._claim)

    @property
    def statement(self):
        """The claim's statement as the article reads now (the version keeps the wording checked)."""
        return self._claim.statement

    @property
    def anchor(self):
        return self._claim.anchor


CITED_FIELDS = ("title", "publisher", "url", "kind", "published_on", "accessed_on", "cited_at")


def as_cited(sources):
    """`sources` annotated with how the newest public verdict cites each (`cited_title`, …,
    `cited_cited_at`): what the public reads of a source, which a later edit changes only when
    a verdict citing it is published again."""
    newest = CitedEvidence.objects.filter(
        cited_source=OuterRef("pk"), version__in=ClaimVersion.objects.public()
    ).order_by("-cited_at", "-id")
    return sources.annotate(
        **{f"cited_{field}": Subquery(newest.values(field)[:1]) for field in CITED_FIELDS}
    )


def cited_source(source):
    """A source annotated by `as_cited`, as the newest public verdict cites it."""
    return SourceSnapshot(
        pk=source.pk,
        title=source.cited_title,
        publisher=source.cited_publisher,
        url=source.cited_url,
        kind=source.cited_kind,
        published_on=source.cited_published_on,
        accessed_on=source.cited_accessed_on,
        updated_at=source.cited_cited_at,
    )


# Formatted exactly as the serializers' fields format them (ISO 8601, UTC as "Z").
_DATETIME = serializers.DateTimeField(read_only=True)
_DATE = serializers.DateField(read_only=True)


class Addresses:
    """The absolute addresses of one request's links, each pattern built once: `build_absolute_uri`
    for each of the ~400 links of a page of 100 claims was a sixth of its cost. The same string:
    the address of PLACEHOLDER, with the id in its place."""

    def __init__(self, request):
        self._request = request
        self._patterns = {}

    def __call__(self, name, pk):
        pattern = self._patterns.get(name)
        if pattern is None:
            address = self._request.build_absolute_uri(path_for(name, PLACEHOLDER))
            before, _, after = address.partition(str(PLACEHOLDER))
            pattern = self._patterns[name] = (before, after)
        return f"{pattern[0]}{int(pk)}{pattern[1]}"


def _statement(statement, address):
    return {
        "id": statement.pk,
        "url": address("api:statement-detail", statement.pk),
        "position": statement.position,
        "text": statement.text,
        "anchor": statement.anchor,
    }


def _cited(evidence, address):
    return {
        "id": evidence.pk,
        "stance": evidence.stance,
        "excerpt": evidence.excerpt,
        "locator": evidence.locator,
        "source": {
            "id": evidence.cited_source_id,
            "url": address("api:source-detail", evidence.cited_source_id),
            "source_url": evidence.url,
            "domain": domain_of(evidence.url),
            "title": evidence.title,
            "publisher": evidence.publisher,
            "kind": evidence.kind,
            "published_on": _DATE.to_representation(evidence.published_on),
            "accessed_on": _DATE.to_representation(evidence.accessed_on),
            "updated_at": _DATETIME.to_representation(evidence.cited_at),
        },
    }


def right_of_reply(status, contacted_on, note, day=_DATE.to_representation):
    """Right of reply as the claim's page prints it (includes/right_of_reply.html): null while
    nobody has answered the question (versions published before the checklist); the date only
    for a claimant contacted; the note only where the page prints it."""
    if not status:
        return None
    return {
        "status": status,
        "contacted_on": day(contacted_on) if status == ReplyStatus.CONTACTED else None,
        "note": note if status in (ReplyStatus.CONTACTED, ReplyStatus.NOT_CONTACTED) else "",
    }


def _correction(correction, iso=_DATETIME.to_representation):
    return {"note": correction.note, "created_at": iso(correction.created_at)}


def _times_of_a_page():
    """_DATETIME.to_representation for a page's ~400 times, with the time zone read once rather
    than for each (a third of the cost of writing them). Where DRF would not write ISO 8601 in
    the current zone, or for anything but an aware datetime, DRF's field itself."""
    if not settings.USE_TZ or (api_settings.DATETIME_FORMAT or "").lower() != ISO_8601:
        return _DATETIME.to_representation
    zone, written = timezone.get_current_timezone(), {}

    def iso(value):
        if type(value) is datetime and value in written:  # the same instant, the same text
            return written[value]
        if not isinstance(value, datetime) or value.utcoffset() is None:
            return _DATETIME.to_representation(value)
        try:
            text = value.astimezone(zone).isoformat()
        except OverflowError:
            return _DATETIME.to_representation(value)
        text = text[:-6] + "Z" if text.endswith("+00:00") else text
        if type(value) is datetime:
            written[value] = text
        return text

    return iso


def _days_of_a_page():
    """_DATE.to_representation for a page's dates: ISO 8601 written straight from a date where
    DRF would write it so, and DRF's field itself for anything else."""
    if (api_settings.DATE_FORMAT or "").lower() != ISO_8601:
        return _DATE.to_representation
    return lambda value: value.isoformat() if type(value) is date else _DATE.to_representation(value)


# A source's domain (briefings.weblinks.domain_of, a pure function) for each address, kept: a page
# cites the same few hundred addresses request after request.
_domain_of = lru_cache(maxsize=4096)(domain_of)


def published_claim(claim, *, request, address=None):
    """What ClaimSerializer makes of a public claim (loaded as ClaimViewSet loads it), written
    out: DRF's work for each field of each nested object was most of the cost of a page of 100
    claims (bench/render_profile.py). The serializer's fields still describe it in the schema,
    and tests/api/test_published_claims.py holds the two to the same output."""
    version, published = claim.live_version, PublishedClaim(claim)
    address = address or Addresses(request)
    return {
        "id": claim.pk,
        "url": address("api:claim-detail", claim.pk),
        "text": version.text,
        "short_text": version.short_text,
        "claimant": version.claimant,
        "right_of_reply": right_of_reply(version.reply_status, version.contacted_on, version.reply_note),
        "status": ClaimStatus.PUBLISHED.value,
        "rating": {"name": version.rating_name, "slug": version.rating_slug, "value": version.rating_value},
        "rationale": version.rationale,
        "check_worthiness": version.check_worthiness,
        "evidence": [_cited(evidence, address) for evidence in version.cited_evidence],
        "checker": version.researched_by or None,
        "editor": version.edited_by or None,
        "corrections": [_correction(correction) for correction in published.corrections],
        "anchor": claim.anchor,
        "statement": None if claim.anchor == Anchor.ORPHANED else _statement(claim.statement, address),
        "briefing": claim.statement.briefing.slug,
        "published_at": _DATETIME.to_representation(claim.published_at),
        "updated_at": _DATETIME.to_representation(claim.public_changed_at),
        "previously_checked": previously_checked(previous_of(claim), address),
    }


# A page of the public claims list, read as rows (values()) rather than as four model instances a
# claim: building the instances was a third of the page's cost. What each row holds:
VERSION = "live_version__"
CLAIM_ROW = (
    "id", "anchor", "published_at", "public_changed_at", "live_version_id", "statement_id",
    *(VERSION + name for name in (
        "number", "text", "short_text", "claimant", "rationale", "check_worthiness", "rating_name",
        "rating_slug", "rating_value", "researched_by", "edited_by", "reply_status", "contacted_on",
        "reply_note",
    )),
    "statement__position", "statement__text", "statement__label", "statement__briefing_id",
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
            "source_url": url,
            "domain": _domain_of(url),
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
    """ClaimTombstoneSerializer's output, for a row of a claim whose briefing was withdrawn."""
    return {
        "id": row["id"],
        "url": address("api:claim-detail", row["id"]),
        "status": Briefing.Status.WITHDRAWN.value,
        "withdrawn_at": iso(row[ROW_BRIEFING]["withdrawn_at"]),
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
    address, iso, day = Addresses(request), _times_of_a_page(), _days_of_a_page()
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
        if row[ROW_BRIEFING]["status"] == WITHDRAWN:
            page.append(_tombstone_row(row, address, iso))
        else:
            page.append(_claim_row(row, evidence[row["live_version_id"]], address, iso, day))
    return page


def row_times(row):
    """When a row of the public list last changed, as ClaimViewSet.timestamps reads a claim."""
    return [row["public_changed_at"], row[ROW_BRIEFING]["updated_at"]] + [
        correction["created_at"] for correction in row[ROW_CORRECTIONS]
    ]
