"""A reader's contact address is never public: not on a page, a feed, the sitemap, the API or in
search, even once the claim made from their submission is published."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim

from ..factories import add_verdict, make_user
from .conftest import make_submission

pytestmark = pytest.mark.django_db
ADDRESS = "secret-reader@example.org"


@pytest.fixture
def published_from_a_submission(editor):
    submission = make_submission(link="https://example.org/speech", contact=ADDRESS)
    claim = services.make_claim_from_submission(submission=submission, user=editor)
    checker = make_user("checker", "Checker")
    Claim.objects.filter(pk=claim.pk).update(
        status=Claim.Status.APPROVED, assignee=checker, submitted_by=checker
    )
    add_verdict(Claim.objects.get(pk=claim.pk))
    services.publish_briefing(briefing=claim.statement.briefing, user=make_user("editor2", "Editor"))
    claim.refresh_from_db()
    assert claim.live_version_id is not None
    return claim


def public_urls(claim):
    briefing = claim.statement.briefing
    return [
        reverse("home"),
        briefing.get_absolute_url(),
        reverse("claim", args=[claim.pk]),
        reverse("claim-version", args=[claim.pk, 1]),
        reverse("feed-rss"),
        reverse("feed-atom"),
        reverse("django.contrib.sitemaps.views.sitemap"),
        reverse("search") + "?q=secret-reader",
        reverse("submit-claim"),
        reverse("submit-claim-thanks"),
        "/api/v1/claims/",
        f"/api/v1/claims/{claim.pk}/",
        "/api/v1/briefings/",
        f"/api/v1/briefings/{briefing.slug}/",
        "/api/v1/claimreviews/",
        "/api/v1/submissions/",
    ]


def test_the_address_is_on_no_public_page_feed_or_api_answer(client, published_from_a_submission):
    for url in public_urls(published_from_a_submission):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert ADDRESS not in response.content.decode(), url


def test_the_claims_page_is_public(client, published_from_a_submission):
    response = client.get(reverse("claim", args=[published_from_a_submission.pk]))
    assert response.status_code == 200


def test_the_api_has_no_submissions(client, published_from_a_submission):
    assert client.get("/api/v1/submissions/").status_code == 404


def test_search_does_not_find_a_submission_by_its_address(client, published_from_a_submission):
    response = client.get(reverse("search"), {"q": "secret-reader"})
    assert published_from_a_submission.text not in response.content.decode()
