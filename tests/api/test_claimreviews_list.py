"""The ClaimReview list finds its page of versions through an index of claims, newest published
first (ClaimReviewViewSet.list); it must hold the public live versions, in that order, as
ClaimReview says each."""

import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from factcheck import services
from factcheck.claimreview import claim_review
from factcheck.models import Claim, ClaimVersion

from ..factories import make_claim, make_public_claim, make_statement, make_user

API = "/api/v1/claimreviews/"


def _newsroom():
    """Five public claims published a day apart (two at the same time), one in a briefing taken
    down, one never published."""
    claims = [make_public_claim(text=f"Public claim {number}.") for number in range(5)]
    now = timezone.now()
    for number, claim in enumerate(claims):
        Claim.objects.filter(pk=claim.pk).update(published_at=now - datetime.timedelta(days=min(number, 3)))
    taken_down = make_public_claim(
        text="Taken down.", statement=make_statement("Another\n\nThe mayor spoke.")
    )
    services.withdraw_briefing(briefing=taken_down.statement.briefing, user=make_user("ed", "Editor"))
    make_claim(text="Never published.")


@pytest.mark.django_db
def test_the_list_is_the_public_versions_newest_first(django_assert_max_num_queries):
    _newsroom()
    public = ClaimVersion.objects.public().order_by("-claim__published_at", "-claim_id")

    with django_assert_max_num_queries(20):
        first = APIClient().get(API, {"page_size": 3}).json()
    second = APIClient().get(API, {"page_size": 3, "page": 2}).json()

    assert first["count"] == 5
    assert first["results"] + second["results"] == [claim_review(version) for version in public]
