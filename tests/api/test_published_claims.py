"""The API writes public claims by a quick path (factcheck.api.published.published_claim); it
must say exactly what ClaimSerializer's fields, which the schema documents, would say."""

import datetime

from django.utils import timezone
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from factcheck.api.serializers import ClaimSerializer
from factcheck.api.views import ClaimViewSet
from factcheck.models import CitedEvidence, Claim, ClaimVersion, Correction, Rating
from factcheck.states import Anchor

from ..factories import make_public_claim


def _served(claims):
    """Each claim loaded as the public claims list loads it, with the serializer it is given."""
    request = Request(APIRequestFactory().get("/api/v1/claims/"))
    view = ClaimViewSet(request=request, action="list", kwargs={}, format_kwarg=None)
    serializer = ClaimSerializer(context={"request": request, "view": view})
    loaded = view.get_queryset().filter(pk__in=[claim.pk for claim in claims]).order_by("id")
    return serializer, list(loaded)


def _claims_in_every_shape():
    plain = make_public_claim(text="A plain claim.")
    ClaimVersion.objects.filter(claim=plain).update(reply_status="")  # published before the checklist
    full = make_public_claim(
        text="A claim with everything.",
        short_text="Everything",
        claimant="A minister",
        check_worthiness=80,
        reply_status="contacted",
        contacted_on=datetime.date(2024, 6, 1),
        reply_note="The minister stood by the figure.",
    )
    # The working copy edited after publication: the public reads the version's.
    Claim.objects.filter(pk=full.pk).update(reply_status="not_applicable", reply_note="Changed since.")
    CitedEvidence.objects.filter(version=full.live_version).update(
        excerpt="",
        locator="p. 4",
        published_on=datetime.date(2024, 5, 1),
        accessed_on=datetime.date(2024, 6, 2),
    )
    Correction.objects.create(
        claim=full,
        version=full.live_version,
        from_rating=Rating.objects.get(slug="false"),
        to_rating=Rating.objects.get(slug="accurate"),
        from_label="False",
        to_label="Accurate",
        reason="New evidence.",
    )
    Correction.objects.create(  # a correction without a version: shown on every version
        claim=full,
        from_rating=Rating.objects.get(slug="false"),
        to_rating=Rating.objects.get(slug="accurate"),
        from_label="False",
        to_label="Accurate",
        reason="Old.",
    )
    cut = make_public_claim(
        text="A claim whose statement was cut.", reply_status="not_contacted", reply_note="No address."
    )
    changed = make_public_claim(
        text="A claim whose statement was reworded.", reply_status="not_applicable", reply_note="Desk note."
    )
    Claim.objects.filter(pk=cut.pk).update(anchor=Anchor.ORPHANED)
    Claim.objects.filter(pk=changed.pk).update(anchor=Anchor.CHANGED, public_changed_at=timezone.now())
    return [plain, full, cut, changed]


def test_the_quick_path_writes_what_the_serializer_describes(db):
    serializer, claims = _served(_claims_in_every_shape())

    assert len(claims) == 4
    for claim in claims:
        assert serializer.to_representation(claim) == serializer.described(claim)


def test_the_quick_path_keeps_the_order_of_the_fields(db):
    serializer, claims = _served([make_public_claim()])

    assert list(serializer.to_representation(claims[0])) == list(serializer.described(claims[0]))
