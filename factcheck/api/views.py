"""The API's endpoints: read-only viewsets over what the caller may read.

Who may read what is the models' rule (`visible_to` on the claim, briefing, statement and
source querysets); the views only pass the caller and whether they asked for unpublished work.
What every endpoint shares (permission, throttles, filters, pagination, schema) is set on
`bases.ReadOnlyAPI` and `bases.APIViewSet` rather than in settings, so that it holds for this API
alone.
"""

import threading

from django.db.models import Prefetch
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.urls import Resolver404, resolve
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.settings import spectacular_settings
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import routers
from rest_framework.response import Response

from briefings.models import Briefing, Revision, Statement
from factcheck.article import with_anchors
from factcheck.models import Claim, ClaimVersion, Correction, Evidence, Rating, Source
from factcheck.models.versions import cited_evidence_prefetch

from . import filters, outline, pagination, serializers, similar, withdrawals
from .bases import APIViewSet, ReadOnlyAPI, RefusesInJSON
from .conditional import ConditionalGetMixin
from .published import (
    CLAIM_ROW,
    PREFETCHED_CORRECTIONS,
    as_cited,
    corrections_of,
    previous_checks_prefetch,
    published_claims,
    row_times,
)


def _claim_times(claim, working_copy):
    """When a claim as served last changed: its public face (which only a new version, or its
    briefing's publication, changes), or for staff reading unpublished work, the working copy and
    the rating it carries."""
    if not working_copy:
        return [claim.public_changed_at]
    return [claim.updated_at, claim.rating.updated_at if claim.rating_id else None]


def _revisions():
    """Each briefing's revisions in order, without their documents."""
    return Prefetch("revisions", queryset=Revision.objects.defer(*Revision.DOCUMENTS).order_by("number"))


def _claim_summaries(user, include_unpublished):
    claims = Claim.objects.visible_to(user, include_unpublished).select_related("rating", "live_version")
    return Prefetch("claims", queryset=claims.order_by("id"))


class BriefingViewSet(APIViewSet):
    """Briefings: imported articles. The detail lists sections and statements in order, each
    statement with the claims the caller may read."""

    withdrawable = True

    queryset = Briefing.objects.none()  # the model, for the schema; get_queryset says what is read
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    filterset_class = filters.BriefingFilter
    ordering_fields = ["published_on", "imported_at", "updated_at", "title"]
    ordering = ["-imported_at"]

    _claims_changed = ()

    def get_queryset(self):
        briefings = Briefing.objects.visible_to(self.request.user, self.include_unpublished).prefetch_related(
            _revisions()
        )
        if self.action != "retrieve":
            return briefings.defer(*Briefing.DOCUMENTS)  # only the detail serializes `text`
        return briefings

    def retrieve(self, request, *args, **kwargs):
        """The detail: the briefing's fields, then its sections built in one pass (api.outline),
        which a briefing of thousands of statements needs."""
        briefing = self.get_object()
        serializer = serializers.BriefingDetailSerializer(briefing, context=self.get_serializer_context())
        serializer.fields.pop("sections")  # described by the serializer, built by api.outline
        data = serializer.data
        data["sections"], self._claims_changed = outline.briefing_sections(
            briefing, request=request, include_unpublished=self.include_unpublished
        )
        return Response(data)

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.BriefingDetailSerializer
        return serializers.BriefingSerializer

    def gone(self):
        return withdrawals.withdrawn_briefing(slug=self.kwargs.get("slug"))

    def membership_changed(self):
        return withdrawals.briefings_changed(self.include_unpublished)

    def timestamps(self, briefing):
        return [briefing.updated_at, *self._claims_changed]

    def briefing_of(self, briefing):
        return briefing.pk


class StatementViewSet(APIViewSet):
    """Statements of the briefings the caller may read, each with the claims made of it. The list
    holds each briefing's current revision (or, with `revision`, that revision); an earlier
    revision's statement stays readable at its detail URL, as published verdicts checked it. A
    statement an editor hid as not part of the article is not there (404), except for staff who
    include unpublished work."""

    withdrawable = True

    queryset = Statement.objects.none()
    serializer_class = serializers.StatementSerializer
    filterset_class = filters.StatementFilter
    ordering_fields = ["id", "position"]
    ordering = ["id"]

    def get_queryset(self):
        statements = (
            Statement.objects.visible_to(self.request.user, self.include_unpublished)
            .with_briefing()
            .select_related("section", "revision")
            .defer(*(f"revision__{name}" for name in Revision.DOCUMENTS))
            .prefetch_related(_claim_summaries(self.request.user, self.include_unpublished))
        )
        if self.action == "list" and not self.request.query_params.get("revision"):
            return statements.current()
        return statements

    def gone(self):
        return withdrawals.withdrawn_briefing(all_statements__pk=self.kwargs.get("pk"))

    def membership_changed(self):
        times = [
            withdrawals.briefings_changed(self.include_unpublished),
            withdrawals.claims_changed(self.include_unpublished),
        ]
        return max((time for time in times if time), default=None)

    def briefing_of(self, statement):
        return statement.briefing_id

    def timestamps(self, statement):
        return [statement.briefing.updated_at] + [
            time for claim in statement.claims.all() for time in _claim_times(claim, self.include_unpublished)
        ]


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
            return Claim.objects.published().in_briefings(*withdrawals.WAS_PUBLIC)
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
            evidence = Prefetch("evidence", queryset=Evidence.objects.select_related("source").order_by("id"))
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
        return withdrawals.withdrawn_briefing(
            all_statements__claims__pk=self.kwargs.get("pk"),
            all_statements__claims__live_version__isnull=False,
        )

    def membership_changed(self):
        return withdrawals.claims_changed(self.include_unpublished)

    def briefing_of(self, claim):
        return claim.statement.briefing_id

    def timestamps(self, claim):
        if isinstance(claim, dict):  # a row of the public list
            return row_times(claim)
        times = [*_claim_times(claim, self.include_unpublished), claim.statement.briefing.updated_at]
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
        return sources if self.include_unpublished else as_cited(sources)

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
        return withdrawals.withdrawn_briefing(
            all_statements__claims__pk=self.kwargs.get("pk"),
            all_statements__claims__live_version__isnull=False,
        )

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


class APIRootView(ReadOnlyAPI, ConditionalGetMixin, routers.APIRootView):
    """Factdesk's read-only API. Schema: /api/schema/ · interactive docs: /api/docs/."""


_schema_generation = threading.Lock()
_schemas = {}  # API version -> the generated schema, once per process


class SchemaView(RefusesInJSON, ReadOnlyAPI, ConditionalGetMixin, SpectacularAPIView):
    """The OpenAPI schema, generated once per process and under a lock: drf-spectacular's
    generator keeps global state, and two threads generating at once failed ("Schema generation
    REQUIRES a view instance"). The schema depends on the code, not on the request; its ETag
    lets a client that keeps it (a code generator, a validator) ask again for a 304."""

    # drf-spectacular's SERVE_PERMISSIONS (AllowAny), as ever: writes got their 405 already.
    permission_classes = spectacular_settings.SERVE_PERMISSIONS

    def _get_schema_response(self, request):
        version = self.api_version or request.version or self._get_version_parameter(request)
        with _schema_generation:
            if version not in _schemas:
                generator = self.generator_class(
                    urlconf=self.urlconf, api_version=version, patterns=self.patterns
                )
                _schemas[version] = generator.get_schema(request=request, public=self.serve_public)
        filename = self._get_filename(request, version)
        return Response(
            data=_schemas[version], headers={"Content-Disposition": f'inline; filename="{filename}"'}
        )


class SwaggerView(RefusesInJSON, ReadOnlyAPI, SpectacularSwaggerSplitView):
    """Swagger UI with its set-up script served from its own URL, so the page runs under a
    Content-Security-Policy that allows no inline script. The page is HTML; its refusals are
    JSON, as every API error."""

    def options(self, request, *args, **kwargs):
        """No metadata to describe for a page (DRF's answer would need a template it has not
        got): say which methods it takes."""
        return HttpResponse(status=200, headers={"Allow": ", ".join(self.allowed_methods)})

    permission_classes = spectacular_settings.SERVE_PERMISSIONS


@csrf_exempt
def not_found(request, rest=""):
    """Anything else under /api/: JSON 404 rather than the site's HTML page, after trying the
    address with a trailing slash as Django's APPEND_SLASH would."""
    if request.method in ("GET", "HEAD") and not request.path_info.endswith("/"):
        try:
            match = resolve(request.path_info + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not not_found:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(request.path + "/" + (f"?{query}" if query else ""))
    return JsonResponse({"detail": "Not found."}, status=404)
