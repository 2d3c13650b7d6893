"""One verdict withdrawn (a retraction) on the public site: its claim and version pages answer
410 Gone with when and why, the article keeps its statement without the verdict, the feeds,
sitemap and search drop it, and nothing of the working copy leaks."""

import pytest
from django.urls import reverse

from factcheck import services

from ..factories import make_public_claim

pytestmark = pytest.mark.django_db
REASON = "The port figures were misread."


@pytest.fixture
def withdrawn(editor):
    claim = make_public_claim()
    return services.withdraw_claim(claim=claim, user=editor, reason=REASON)


def test_its_claim_and_version_pages_answer_410_gone(client, withdrawn):
    for url in (reverse("claim", args=[withdrawn.pk]), reverse("claim-version", args=[withdrawn.pk, 1])):
        assert client.get(url).status_code == 410, url


def test_the_notice_says_when_and_why(client, withdrawn):
    page = client.get(reverse("claim", args=[withdrawn.pk])).text
    assert f"withdrew its verdict on this claim\n    on {withdrawn.withdrawn_at:%-d %B %Y}" in page
    assert REASON in page


def test_the_notice_shows_nothing_of_the_working_copy(client, withdrawn):
    withdrawn.rationale = "UNPUBLISHED RATIONALE"
    withdrawn.save()
    page = client.get(reverse("claim", args=[withdrawn.pk])).text
    assert "UNPUBLISHED RATIONALE" not in page
    assert "Accurate" not in page


def test_the_article_still_answers_without_the_verdict(client, withdrawn):
    response = client.get(withdrawn.statement.briefing.get_absolute_url())
    assert response.status_code == 200
    assert "Accurate" not in response.text
    assert reverse("claim", args=[withdrawn.pk]) not in response.text


def test_the_feeds_and_sitemap_drop_it(client, withdrawn):
    address = reverse("claim", args=[withdrawn.pk])
    for url in (reverse("feed-rss"), reverse("django.contrib.sitemaps.views.sitemap")):
        assert address not in client.get(url).text, url


def test_a_claim_never_published_stays_404(client, editor):
    claim = make_public_claim()
    claim.live_version = None
    claim.save()
    assert client.get(reverse("claim", args=[claim.pk])).status_code == 404


def test_its_address_answers_again_once_a_new_version_is_published(client, editor, checker, withdrawn):
    withdrawn.assignee = checker
    withdrawn.save()
    claim = services.take_action(claim=withdrawn, action="reconsider", user=editor, comment="Recount.")
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(claim=claim, action="approve", user=editor)
    services.take_action(claim=claim, action="publish", user=editor)
    assert client.get(reverse("claim", args=[claim.pk])).status_code == 200
