"""One public claim written as the API's data by a quick path (`published_claim`): the same fields
the serializers would write, without walking them field by field."""

from datetime import date, datetime
from functools import lru_cache

from django.conf import settings
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from briefings.weblinks import domain_of
from factcheck.links import PLACEHOLDER, absolute, path_for
from factcheck.states import Anchor, ClaimStatus, ReplyStatus

from .objects import PublishedClaim, previous_of, previously_checked

DATETIME = serializers.DateTimeField(read_only=True)
DATE = serializers.DateField(read_only=True)


class Addresses:
    """The absolute addresses of one request's links, each pattern built once: `build_absolute_uri`
    for each of the ~400 links of a page of 100 claims was a sixth of its cost. The same string:
    the address of PLACEHOLDER, with the id in its place."""

    def __init__(self, request):
        self._request = request
        self._patterns = {}

    def __call__(self, name, pk):
        return self._written(name, pk, self._request.build_absolute_uri)

    def page(self, name, pk):
        """The public page on the newsroom's site (links.absolute), as PageURLField writes it."""
        return self._written(name, pk, absolute, key=("page", name))

    def _written(self, name, pk, absolute_address, key=None):
        key = key or name
        pattern = self._patterns.get(key)
        if pattern is None:
            address = absolute_address(path_for(name, PLACEHOLDER))
            before, _, after = address.partition(str(PLACEHOLDER))
            pattern = self._patterns[key] = (before, after)
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
            "page_url": address.page("source", evidence.cited_source_id),
            "source_url": evidence.url,
            "domain": domain_of(evidence.url),
            "title": evidence.title,
            "publisher": evidence.publisher,
            "kind": evidence.kind,
            "published_on": DATE.to_representation(evidence.published_on),
            "accessed_on": DATE.to_representation(evidence.accessed_on),
            "updated_at": DATETIME.to_representation(evidence.cited_at),
        },
    }


def right_of_reply(status, contacted_on, note, day=DATE.to_representation):
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


def _correction(correction, iso=DATETIME.to_representation):
    return {
        "note": correction.note,
        "created_at": iso(correction.created_at),
        "from_rating": correction.from_rating.slug,
        "to_rating": correction.to_rating.slug,
        "reason": correction.reason,
    }


def times_of_a_page():
    """DATETIME.to_representation for a page's ~400 times, with the time zone read once rather
    than for each (a third of the cost of writing them). Where DRF would not write ISO 8601 in
    the current zone, or for anything but an aware datetime, DRF's field itself."""
    if not settings.USE_TZ or (api_settings.DATETIME_FORMAT or "").lower() != ISO_8601:
        return DATETIME.to_representation
    zone, written = timezone.get_current_timezone(), {}

    def iso(value):
        if type(value) is datetime and value in written:  # the same instant, the same text
            return written[value]
        if not isinstance(value, datetime) or value.utcoffset() is None:
            return DATETIME.to_representation(value)
        try:
            text = value.astimezone(zone).isoformat()
        except OverflowError:
            return DATETIME.to_representation(value)
        text = text[:-6] + "Z" if text.endswith("+00:00") else text
        if type(value) is datetime:
            written[value] = text
        return text

    return iso


def days_of_a_page():
    """DATE.to_representation for a page's dates: ISO 8601 written straight from a date where
    DRF would write it so, and DRF's field itself for anything else."""
    if (api_settings.DATE_FORMAT or "").lower() != ISO_8601:
        return DATE.to_representation
    return lambda value: value.isoformat() if type(value) is date else DATE.to_representation(value)


# A source's domain (briefings.weblinks.domain_of, a pure function) for each address, kept: a page
# cites the same few hundred addresses request after request.
cached_domain_of = lru_cache(maxsize=4096)(domain_of)


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
        "page_url": address.page("claim", claim.pk),
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
        "published_at": DATETIME.to_representation(claim.published_at),
        "updated_at": DATETIME.to_representation(claim.public_changed_at),
        "previously_checked": previously_checked(previous_of(claim), address),
    }


# A page of the public claims list, read as rows (values()) rather than as four model instances a
# claim: building the instances was a third of the page's cost. What each row holds:
