"""The pages that list public work after an article was revised: a verdict on a removed statement
stays in the feeds, the sitemap and the search; the front page counts the current text."""

import pytest

from .public_world import SLUG, revise

pytestmark = pytest.mark.django_db


def read(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.mark.parametrize("feed", ["/feeds/fact-checks/", "/feeds/fact-checks/atom/"])
def test_the_feeds_keep_a_removed_statements_verdict(client, feed):
    revised = revise()
    assert f"/claims/{revised.claims['orphaned'].pk}/" in read(client, feed)


def test_the_sitemap_keeps_a_removed_statements_claim_page(client):
    revised = revise()
    assert f"/claims/{revised.claims['orphaned'].pk}/<" in read(client, "/sitemap.xml")


def test_the_sitemaps_claim_pages_all_answer(client):
    revised = revise()
    sitemap = read(client, "/sitemap.xml")
    for claim in revised.claims.values():
        assert f"{claim.get_absolute_url()}<" in sitemap
        assert client.get(claim.get_absolute_url()).status_code == 200


def test_the_search_finds_a_removed_statements_verdict(client):
    revised = revise()
    page = read(client, "/search/", q="Officials expect more ships")
    assert f'<a href="/claims/{revised.claims["orphaned"].pk}/">Officials expect more ships.</a>' in page


def test_the_search_finds_statements_as_the_article_reads_now(client):
    revise()
    page = read(client, "/search/", q="budget million")
    assert f'<a href="/briefings/{SLUG}/#s-4">The budget is 4 million euros.</a>' in page


def test_the_search_does_not_offer_an_earlier_texts_statements_as_the_articles(client):
    """An earlier revision's sentence would link to a place in the article that says otherwise;
    its revision page keeps it."""
    revise()
    page = read(client, "/search/", q="Officials expect")
    assert ">Officials expect more.</a>" not in page


def test_the_search_lists_a_kept_statement_once(client):
    revise()
    assert read(client, "/search/", q="mayor quay").count(">The mayor opened a new quay.</a>") == 1


def test_the_front_page_counts_the_current_texts_statements(client):
    revise()
    assert "3 of 5 statements checked" in read(client, "/")


def test_the_front_pages_verdicts_leave_out_a_removed_statements(client):
    revise()
    assert 'aria-label="Verdicts: 3 Accurate"' in read(client, "/")
