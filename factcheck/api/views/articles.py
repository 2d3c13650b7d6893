"""Briefings and their statements."""

from rest_framework.response import Response

from briefings.models import Briefing, Revision, Statement

from .. import filters, outline, serializers, withdrawals
from ..bases import APIViewSet
from .shared import claim_summaries, claim_times, revisions


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
            revisions()
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
            .prefetch_related(claim_summaries(self.request.user, self.include_unpublished))
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
            time for claim in statement.claims.all() for time in claim_times(claim, self.include_unpublished)
        ]
