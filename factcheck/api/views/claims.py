"""Claims, sources, the rating scale and ClaimReview."""

from django.db.models import Prefetch

from factcheck.article import with_anchors
from factcheck.models import Claim, ClaimVersion, Correction, Evidence, Rating, Source
from factcheck.models.sources import publicity_of
from factcheck.models.versions import cited_evidence_prefetch

from .. import filters, pagination, serializers, similar, withdrawals
from ..bases import APIViewSet
from ..published import (
    CLAIM_ROW,
    PREFETCHED_CORRECTIONS,
    as_cited,
    corrections_of,
    previous_checks_prefetch,
    published_claims,
    row_times,
)
from .shared import claim_times


class ClaimViewSet(APIViewSet):
    """Claims with their verdicts, evidence and corrections: as published (each claim's live
    version), or for staff who include unpublished work, the working copies. The list is a cursor
    over the claims in the order they last changed: follow `next` for a complete, stable sync,
    and pass `updated_since` to fetch only what changed."""

    withdrawable = True
    list_item_serializers = [serializers.ClaimSerializer, serializers.ClaimTombstoneSerializer]

    queryset = Claim.objects.none()
    serializer_class = serializers.ClaimSerializer
    pagination_class = pagination.SyncCursorPagination
    ordering_fields = ["updated_at", "id"]
    ordering = ["updated_at"]

    filterset_class = filters.PublishedClaimFilter
    schema_parameters = {"list": [similar.DOCUMENTATION]}
    ordering_aliases = {"updated_at": "public_changed_at"}  # when its public face changed

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if self.include_unpublished:  # the working copies, by their own fields
            self.filterset_class = filters.ClaimFilter
            self.ordering_aliases = {}

    def _readable(self):
        """The claims this request reads; an incremental sync also gets the tombstones of claims
        withdrawn since (the serializer shows them as such)."""
        if (
            not self.include_unpublished
            and self.action == "list"
            and self.request.query_params.get("updated_since")
        ):
            return withdrawals.synced_claims()
        if not self.include_unpublished:
            return Claim.objects.public_by_claim()  # visible_to's public set, paged quicker
        return Claim.objects.visible_to(self.request.user, self.include_unpublished)

    def get_queryset(self):
        claims = self._readable().with_briefing()
        corrections = Correction.objects.select_related("version", "from_rating", "to_rating").order_by(
            "created_at", "id"
        )
        if self.include_unpublished:
            claims = claims.select_related("rating", "submitted_by", "reviewed_by")
            evidence = Prefetch(
                "evidence",
                queryset=Evidence.objects.select_related("source")
                .annotate(source_is_public=publicity_of("source_id"))
                .order_by("id"),
            )
            return claims.prefetch_related(
                evidence, Prefetch("corrections", queryset=corrections), previous_checks_prefetch()
            )
        # The live version holds the rating and the credits as published; the lists are plain
        # lists (to_attr), which spares Django a queryset per claim.
        return claims.select_related("live_version").prefetch_related(
            cited_evidence_prefetch("live_version__evidence"),
            Prefetch("corrections", queryset=corrections, to_attr=PREFETCHED_CORRECTIONS),
            previous_checks_prefetch(),
        )

    def list(self, request, *args, **kwargs):
        """The public list from rows (published.published_claims), in four queries a page; staff
        reading unpublished work get the serializer's; `similar_to` answers its own page (api.similar)."""
        if similar.PARAMETER in request.query_params:
            return similar.similar_page(self, request)
        if self.include_unpublished:
            return super().list(request, *args, **kwargs)
        # Rows, not instances: none of get_queryset's joins and prefetches, whose building alone
        # cost more than a millisecond a page.
        claims = self.filter_queryset(self._readable())
        rows = self.paginate_queryset(claims.values(*CLAIM_ROW))
        return self.get_paginated_response(published_claims(rows, request=request))

    def gone(self):
        pk = self.kwargs.get("pk")
        briefing = withdrawals.withdrawn_briefing(
            all_statements__claims__pk=pk, all_statements__claims__live_version__isnull=False
        )
        return briefing or withdrawals.withdrawn_verdict(pk)

    def membership_changed(self):
        return withdrawals.claims_changed(self.include_unpublished)

    def briefing_of(self, claim):
        return claim.statement.briefing_id

    def timestamps(self, claim):
        if isinstance(claim, dict):  # a row of the public list
            return row_times(claim)
        times = [*claim_times(claim, self.include_unpublished), claim.statement.briefing.updated_at]
        if self.include_unpublished:
            for evidence in claim.evidence.all():
                times += [evidence.updated_at, evidence.source.updated_at]
        return times + [correction.created_at for correction in corrections_of(claim)]


class SourceViewSet(APIViewSet):
    """Sources: public when the live version of a public claim cites them, and then shown as the
    newest such version cites them; staff who include unpublished work read the sources as stored."""

    queryset = Source.objects.none()
    serializer_class = serializers.SourceSerializer
    filterset_class = filters.CitedSourceFilter
    ordering_fields = ["title", "publisher", "published_on", "updated_at", "id"]
    ordering = ["title"]
    ordering_aliases = {
        "title": "cited_title",
        "publisher": "cited_publisher",
        "published_on": "cited_published_on",
        "updated_at": "cited_cited_at",
    }

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if self.include_unpublished:
            self.filterset_class = filters.SourceFilter
            self.ordering_aliases = {}

    def get_queryset(self):
        sources = Source.objects.visible_to(self.request.user, self.include_unpublished)
        return sources.with_publicity() if self.include_unpublished else as_cited(sources)

    def membership_changed(self):
        return withdrawals.sources_changed(self.include_unpublished)

    def timestamps(self, source):
        """A detail shows the source as the newest public verdict cites it; when a takedown
        removes that verdict an older citation shows, dated earlier, and a Last-Modified that moved
        back would answer 304 to the change. So a detail also counts when claims last left."""
        times = [source.updated_at if self.include_unpublished else source.cited_cited_at]
        if not self._listing:
            times.append(self.membership_changed())
        return times


class RatingViewSet(APIViewSet):
    """The verdict scale, highest value (most accurate) first."""

    serializer_class = serializers.RatingSerializer
    queryset = Rating.objects.all()
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    offers_unpublished = False
    on_ratings = True
    ordering_fields = ["value", "name"]
    ordering = ["-value", "name"]


class ClaimReviewViewSet(APIViewSet):
    """The public claims as schema.org ClaimReview (JSON-LD), exactly as the public pages embed
    them, newest first, for exchange with other fact-checking tools."""

    withdrawable = True
    object_name = "claim review"

    queryset = ClaimVersion.objects.none()
    serializer_class = serializers.ClaimReviewSerializer
    offers_unpublished = False
    filter_backends = []
    ordering = ["-claim__published_at", "-claim_id"]
    lookup_field = "claim_id"
    lookup_url_kwarg = "pk"

    def get_queryset(self):
        return with_anchors(ClaimVersion.objects.public()).order_by(*self.ordering)

    def list(self, request, *args, **kwargs):
        """The page's versions by id, found in the order of an index of claims (newest published
        first) and counted without their briefings' rows: sorting every public version with its
        statement, briefing and revision joined, to keep 50, was most of the page's cost."""
        newest_first = Claim.objects.public_by_claim().order_by("-published_at", "-id")
        ids = self.paginate_queryset(newest_first.values_list("live_version_id", flat=True))
        versions = self.get_queryset().in_bulk(ids)
        self._served = [versions[pk] for pk in ids if pk in versions]  # one may go meanwhile
        return self.get_paginated_response(self.get_serializer(self._served, many=True).data)

    def gone(self):
        pk = self.kwargs.get("pk")
        briefing = withdrawals.withdrawn_briefing(
            all_statements__claims__pk=pk, all_statements__claims__live_version__isnull=False
        )
        return briefing or withdrawals.withdrawn_verdict(pk)

    def membership_changed(self):
        times = [
            withdrawals.public_claims_changed(),
            withdrawals.briefings_changed(include_unpublished=False),
        ]
        return max((time for time in times if time), default=None)

    def briefing_of(self, version):
        return version.statement.briefing_id

    def timestamps(self, version):
        return [version.claim.public_changed_at, version.statement.briefing.updated_at]
