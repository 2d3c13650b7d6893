"""Claims (as published, or the working copy for staff), their ratings, evidence, sources and
corrections, and the public claims as ClaimReview."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from briefings.models import Briefing, Statement
from factcheck.claimreview import claim_review
from factcheck.links import path_for
from factcheck.models import Claim, Correction, Evidence, Rating, Source
from factcheck.states import Anchor, ReplyStatus

from ..published import (
    Addresses,
    PublishedClaim,
    cited_source,
    previous_of,
    previously_checked,
    published_claim,
    right_of_reply,
)
from ..schema import AnswerOnlyFields, ClaimReviewBase
from .fields import DisplayNameField, ObjectURLField, PageURLField, ReadSerializer


class RatingSummarySerializer(ReadSerializer):
    class Meta:
        model = Rating
        fields = ["name", "slug", "value"]


class RatingSerializer(ReadSerializer):
    url = ObjectURLField(view_name="api:rating-detail", lookup_field="slug")

    class Meta:
        model = Rating
        fields = [
            "url",
            "name",
            "slug",
            "value",
            "colour",
            "symbol",
            "definition",
            "on_scale",
            "needs_evidence",
        ]


class ClaimTombstoneSerializer(serializers.Serializer):
    """A claim withdrawn from publication (its briefing was taken down, or an editor withdrew its
    verdict), as an incremental sync reports it: delete your copy."""

    id = serializers.IntegerField(read_only=True)
    url = ObjectURLField(view_name="api:claim-detail")
    status = serializers.ChoiceField(choices=[Briefing.Status.WITHDRAWN.value], read_only=True)
    # Null for a takedown recorded before Factdesk kept its date, as a 410 says it.
    withdrawn_at = serializers.DateTimeField(
        read_only=True, allow_null=True, source="statement.briefing.withdrawn_at"
    )

    def to_representation(self, claim):
        answer = {**super().to_representation(claim), "status": Briefing.Status.WITHDRAWN.value}
        if claim.live_version_id is None:  # its own verdict was withdrawn, not (only) its briefing
            answer["withdrawn_at"] = serializers.DateTimeField().to_representation(claim.withdrawn_at)
        return answer


class ServesPublishedClaims:
    """Claims as the caller may read them: the live published version, unless staff asked for
    unpublished work (then the working copy)."""

    def to_representation(self, claim):
        view = self.context.get("view")
        if not getattr(view, "include_unpublished", False):
            claim = PublishedClaim(claim)
        return super().to_representation(claim)


def claim_page(claim):
    """A claim's public page (PageURLField), while the public can read it."""
    return path_for("claim", claim.pk) if claim.is_public else None


class ClaimSummarySerializer(ServesPublishedClaims, ReadSerializer):
    url = ObjectURLField(view_name="api:claim-detail")
    page_url = PageURLField(claim_page, help_text="The verdict's public page; null while it is not public.")
    rating = RatingSummarySerializer(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = ["id", "url", "page_url", "text", "status", "rating"]


class SourcePageURLField(PageURLField):
    """A source's public page (the source as cited, and the public verdicts citing it), while the
    public can read it: always for a public caller, who is shown public sources alone; for staff
    who include unpublished work, as `with_publicity` annotated it (else asked, one query)."""

    def __init__(self, **kwargs):
        super().__init__(self.page_of, **kwargs)

    def page_of(self, source):
        if getattr(self.context.get("view"), "include_unpublished", False):
            public = getattr(source, "is_public", None)
            if public is None:
                public = Source.objects.public().filter(pk=source.pk).exists()
            if not public:
                return None
        return path_for("source", source.pk)


class SourceSerializer(ReadSerializer):
    """A source; in the sources list for callers reading public work, as the newest public
    verdict cites it (`as_cited`)."""

    url = ObjectURLField(view_name="api:source-detail")
    page_url = SourcePageURLField(
        help_text="The source's public page (the source and the public verdicts citing it); "
        "null while no public verdict cites it.",
    )
    source_url = serializers.URLField(source="url", read_only=True, help_text="The source's own web address.")
    domain = serializers.CharField(read_only=True, help_text="The web address's host, without “www.”.")

    class Meta:
        model = Source
        fields = [
            "id",
            "url",
            "page_url",
            "source_url",
            "domain",
            "title",
            "publisher",
            "kind",
            "published_on",
            "accessed_on",
            "updated_at",
        ]

    def to_representation(self, source):
        if hasattr(source, "cited_title"):
            source = cited_source(source)
        return super().to_representation(source)


class EvidenceSerializer(ReadSerializer):
    source = SourceSerializer(read_only=True)

    class Meta:
        model = Evidence
        fields = ["id", "stance", "excerpt", "locator", "source"]

    def to_representation(self, evidence):
        if hasattr(evidence, "source_is_public"):  # annotated by the staff claims' prefetch
            evidence.source.is_public = evidence.source_is_public
        return super().to_representation(evidence)


class CorrectionSerializer(ReadSerializer):
    note = serializers.CharField(read_only=True, help_text="The correction as printed on the claim's page.")
    from_rating = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, help_text="The rating the verdict had (its slug)."
    )
    to_rating = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, help_text="The rating it was corrected to (its slug)."
    )
    reason = serializers.CharField(read_only=True, help_text="Why, as the editor gave it.")

    class Meta:
        model = Correction
        fields = ["note", "created_at", "from_rating", "to_rating", "reason"]


class StatementReferenceSerializer(ReadSerializer):
    url = ObjectURLField(view_name="api:statement-detail")
    anchor = serializers.CharField(
        read_only=True,
        help_text="The statement's fragment on the briefing's public page (`s-7`; after an editor "
        "split a statement, its second part's is `s-7-2`). Links to it keep working when other "
        "statements are split or merged.",
    )

    class Meta:
        model = Statement
        fields = ["id", "url", "position", "text", "anchor"]


class ClaimReferenceSerializer(serializers.Serializer):
    """Another claim, by its id and its address in this API."""

    id = serializers.IntegerField(read_only=True)
    url = serializers.URLField(read_only=True)


class RightOfReplySerializer(serializers.Serializer):
    """Whether the claimant was asked for their side before publication, as the claim's page
    prints it (docs/standards.md)."""

    status = serializers.ChoiceField(choices=ReplyStatus.choices, read_only=True)
    contacted_on = serializers.DateField(
        read_only=True, allow_null=True, help_text="When the claimant was contacted; null unless `contacted`."
    )
    note = serializers.CharField(
        read_only=True,
        help_text="What the claimant said (`contacted`) or why they were not contacted "
        "(`not_contacted`); empty for `not_applicable`.",
    )


class ClaimSerializer(ServesPublishedClaims, AnswerOnlyFields, ReadSerializer):
    """A claim, or in an incremental sync of public claims, a withdrawn one's tombstone."""

    answer_only = {
        "similarity": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "nullable": True,
            "readOnly": True,
            "description": "Only in answers to `similar_to` (api.similar): how closely the claim's "
            "published wording resembles the text asked about, from the matching threshold to 1, "
            "best first. Absent from every other answer.",
        }
    }

    def to_representation(self, claim):
        view, request = self.context.get("view"), self.context.get("request")
        public = not getattr(view, "include_unpublished", False)
        withdrawn = (
            claim.statement.briefing.status == Briefing.Status.WITHDRAWN or claim.live_version_id is None
        )
        if public and withdrawn:
            return ClaimTombstoneSerializer(context=self.context).to_representation(claim)
        if public and request is not None:
            return published_claim(claim, request=request)
        return self.described(claim)

    def described(self, claim):
        """The claim as DRF writes it from the fields below: the working copy for staff, and the
        reference that `published_claim` (the quick path for public claims) must match."""
        data = super().to_representation(claim)
        if claim.anchor == Anchor.ORPHANED:
            data["statement"] = None  # cut from the article: no statement in the current revision
        return data

    url = ObjectURLField(view_name="api:claim-detail")
    page_url = PageURLField(
        claim_page,
        help_text="The verdict's public page (as its ClaimReview's `url`); null while it is not public.",
    )
    rating = RatingSummarySerializer(read_only=True, allow_null=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    checker = DisplayNameField(source="submitted_by", help_text="Who researched the verdict.")
    editor = DisplayNameField(source="reviewed_by", help_text="Who approved the verdict.")
    corrections = CorrectionSerializer(
        many=True, read_only=True, help_text="Changes to the published verdict, oldest first."
    )
    anchor = serializers.ChoiceField(
        choices=Anchor.choices,
        read_only=True,
        help_text="Where the claim's statement stands in the briefing's current revision: `exact` "
        "(as it was), `moved` (same wording, elsewhere), `changed` (reworded after the check: a "
        "published verdict checked the earlier wording, until an editor confirms it or a new "
        "version is published), `orphaned` (removed from the article; `statement` is null, the "
        "claim keeps its briefing, verdict and page) or `split` (an editor split the statement in "
        "two and neither part holds the claim's words whole: it stays on the first part until an "
        "editor confirms or moves it; what was published is unchanged).",
    )
    statement = StatementReferenceSerializer(
        read_only=True,
        allow_null=True,
        help_text="The statement in the briefing's current revision (for `changed`, in its new "
        "wording); null when `orphaned`.",
    )
    briefing = serializers.SlugRelatedField(
        source="statement.briefing",
        slug_field="slug",
        read_only=True,
        help_text="The briefing's slug; kept when the statement was removed from the article.",
    )
    right_of_reply = serializers.SerializerMethodField(
        help_text="Right of reply as the published version records it (for staff with "
        "`include=unpublished`, the working copy's); null when nobody answered the question, as "
        "for verdicts published before the pre-publication checklist."
    )
    previously_checked = serializers.SerializerMethodField(
        help_text="Earlier public claims a checker linked this one to as checked before (from any "
        "briefing), most similar first: a link, never a copy of their verdict. Only claims the "
        "public can read now are listed; one withdrawn leaves the list."
    )

    @extend_schema_field(RightOfReplySerializer(allow_null=True))
    def get_right_of_reply(self, claim):
        return right_of_reply(claim.reply_status, claim.contacted_on, claim.reply_note)

    @extend_schema_field(ClaimReferenceSerializer(many=True))
    def get_previously_checked(self, claim):
        request = self.context.get("request")
        address = Addresses(request) if request is not None else (lambda name, pk: reverse(name, args=[pk]))
        ids = claim.previously_checked_ids if isinstance(claim, PublishedClaim) else previous_of(claim)
        return previously_checked(ids, address)

    class Meta:
        model = Claim
        fields = [
            "id",
            "url",
            "page_url",
            "text",
            "short_text",
            "claimant",
            "right_of_reply",
            "status",
            "rating",
            "rationale",
            "check_worthiness",
            "evidence",
            "checker",
            "editor",
            "corrections",
            "anchor",
            "statement",
            "briefing",
            "published_at",
            "updated_at",
            "previously_checked",
        ]


class ClaimReviewSerializer(ClaimReviewBase):
    """A public claim's live version as schema.org ClaimReview, built by factcheck.claimreview
    like the JSON-LD on the public pages."""

    def to_representation(self, version):
        return claim_review(version)
