"""Briefings, their revisions, sections and statements."""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from briefings.models import Briefing, Revision, Section, Statement
from factcheck.links import slug_path_for

from ..schema import StaffOnlyFields
from .claims import ClaimSummarySerializer
from .fields import ObjectURLField, OptionalURLField, PageURLField, ReadSerializer

STAFF_ONLY = "Staff only: given with `include=unpublished`. "


class StatementSerializer(StaffOnlyFields, ReadSerializer):
    staff_only = ("check_worthiness", "check_worthiness_reasons", "speaker")

    url = ObjectURLField(view_name="api:statement-detail")
    page_url = PageURLField(
        lambda statement: (
            statement.get_absolute_url()
            if statement.briefing.status == Briefing.Status.PUBLISHED and not statement.hidden
            else None
        ),
        help_text="Its place on the briefing's public page (`#` and its `anchor`; an earlier "
        "revision's statement, on that revision's page); null while the briefing is not "
        "published, and for a statement an editor hid.",
    )
    briefing = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    section = serializers.CharField(
        source="section.heading", read_only=True, help_text="Empty for the opening section."
    )
    revision = serializers.IntegerField(
        source="revision.number",
        read_only=True,
        help_text="The number of the briefing's revision that holds it (the briefing's `revisions`); "
        "the statements list holds each briefing's current revision unless `revision` is given.",
    )
    anchor = serializers.CharField(
        read_only=True,
        help_text="The statement's fragment on the briefing's public page (for an earlier "
        "revision, on that revision's page): `s-7`, or after an editor split a statement, `s-7-2` "
        "for its second part. It stays the same when other statements are split or merged; "
        "the fragment of a statement merged into this one leads here too.",
    )
    claims = ClaimSummarySerializer(
        many=True, read_only=True, help_text="The claims that stand on this statement now."
    )
    check_worthiness = serializers.IntegerField(
        read_only=True,
        allow_null=True,
        min_value=0,
        max_value=100,
        help_text=STAFF_ONLY + "0–100: how much the statement asks to be checked, as the rules read it "
        "at import (docs/claim-intelligence.md); null for a statement not scored yet.",
    )
    check_worthiness_reasons = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text=STAFF_ONLY + 'Why, in short phrases: raising ones first ("a date", "a number"), then '
        'lowering ones ("hedged: \'could\'", "opinion").',
    )
    speaker = serializers.CharField(
        read_only=True, help_text=STAFF_ONLY + "Who the text says said it; empty when it does not say."
    )

    class Meta:
        model = Statement
        fields = [
            "id",
            "url",
            "page_url",
            "briefing",
            "revision",
            "section",
            "position",
            "paragraph",
            "kind",
            "quoted",
            "text",
            "start",
            "end",
            "anchor",
            "claims",
            "check_worthiness",
            "check_worthiness_reasons",
            "speaker",
        ]


class SectionStatementSerializer(StatementSerializer):
    class Meta(StatementSerializer.Meta):
        fields = [
            name
            for name in StatementSerializer.Meta.fields
            if name not in ("briefing", "revision", "section")
        ]


class SectionSerializer(ReadSerializer):
    statements = SectionStatementSerializer(many=True, read_only=True)

    class Meta:
        model = Section
        fields = ["position", "heading", "statements"]


class RevisionSerializer(ReadSerializer):
    """One imported text of a briefing: 1 for the first import, then 2, 3…"""

    url = serializers.SerializerMethodField(
        help_text="The revision's public page, where its text stays readable (once the briefing is published)."
    )

    class Meta:
        model = Revision
        fields = ["number", "title", "imported_at", "url"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, revision):
        path = reverse("briefing-revision", args=[revision.briefing.slug, revision.number])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class BriefingSerializer(ReadSerializer):
    url = ObjectURLField(view_name="api:briefing-detail", lookup_field="slug")
    page_url = PageURLField(
        lambda briefing: (
            slug_path_for("briefing", briefing.slug) if briefing.status == Briefing.Status.PUBLISHED else None
        ),
        help_text="The article's public page with its verdicts; null while it is not published.",
    )
    source_url = OptionalURLField(help_text="Where the article was published, if known.")
    revisions = RevisionSerializer(
        many=True,
        read_only=True,
        help_text="Every imported text of the article, oldest first; the last is the current one, "
        "whose sections and statements the detail lists.",
    )

    class Meta:
        model = Briefing
        fields = [
            "url",
            "page_url",
            "slug",
            "title",
            "outlet",
            "byline",
            "source_url",
            "published_on",
            "language",
            "status",
            "note",
            "updated_at",
            "revisions",
        ]


class BriefingDetailSerializer(BriefingSerializer):
    sections = SectionSerializer(
        many=True, read_only=True, help_text="In order, each with its statements in order."
    )

    class Meta(BriefingSerializer.Meta):
        fields = [*BriefingSerializer.Meta.fields, "text", "sections"]
