"""A takedown on the public site: the article, claim and version pages answer 410 Gone with a
notice (when, and the reason if given); the feeds, sitemap and search drop them; republishing
restores the same addresses. A draft that was never published stays 404."""

import pytest
from django.urls import reverse

from factcheck import services

from ..factories import make_published_briefing, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def withdrawn(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    services.withdraw_briefing(briefing=briefing, user=editor, reason="A court order pending appeal.")
    briefing.refresh_from_db()
    return briefing, claim


def pages(briefing, claim):
    return [
        briefing.get_absolute_url(),
        reverse("claim", args=[claim.pk]),
        reverse("claim-version", args=[claim.pk, 1]),
    ]


def test_its_pages_answer_410_gone(client, withdrawn):
    for url in pages(*withdrawn):
        assert client.get(url).status_code == 410, url


def test_the_notice_says_when_and_why(client, withdrawn):
    briefing, claim = withdrawn
    page = client.get(reverse("claim", args=[claim.pk])).content.decode()
    assert f"withdrew from publication on {briefing.withdrawn_at:%-d %B %Y}" in page
    assert "A court order pending appeal." in page
    assert briefing.title in page
    assert '<meta name="robots" content="noindex">' in page


def test_the_notice_leaves_out_a_reason_nobody_gave(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    services.withdraw_briefing(briefing=briefing, user=editor)
    assert "Reason:" not in client.get(briefing.get_absolute_url()).content.decode()


def test_feeds_sitemap_and_search_drop_it(client, withdrawn):
    briefing, claim = withdrawn
    for url in [reverse("feed-rss"), reverse("feed-atom"), "/sitemap.xml", reverse("search") + "?q=port"]:
        assert f"/claims/{claim.pk}/" not in client.get(url).content.decode(), url
    assert briefing.get_absolute_url() not in client.get("/sitemap.xml").content.decode()
    assert briefing.title not in client.get(reverse("home")).content.decode()


def test_republishing_restores_the_same_addresses(client, editor, withdrawn):
    briefing, claim = withdrawn
    services.publish_briefing(briefing=briefing, user=editor)
    for url in pages(briefing, claim):
        assert client.get(url).status_code == 200, url


def test_a_draft_never_published_stays_404(client):
    briefing = make_statement().briefing
    assert client.get(briefing.get_absolute_url()).status_code == 404


def test_the_gone_pages_refuse_post(client, withdrawn):
    for url in pages(*withdrawn):
        assert client.post(url).status_code == 405, url
