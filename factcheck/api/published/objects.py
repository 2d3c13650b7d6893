"""A public claim (or source) as published, dressed as the working object the serializers describe
(`PublishedClaim`), and the prefetches and readers it needs."""

from dataclasses import dataclass

from django.db.models import OuterRef, Prefetch, Subquery

from factcheck.models import CitedEvidence, ClaimVersion, PreviousCheck, SourceSnapshot
from factcheck.states import ClaimStatus


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
    is_public = True  # what the public reads of a claim is public

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
