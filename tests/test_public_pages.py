"""The public pages: what they show, to whom, and in how many queries."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from briefings.importers import import_briefing
from factcheck import services
from factcheck.demo import load_demo
from factcheck.models import Claim, Rating

from .factories import add_verdict, make_claim, make_user, publish

BRIEFING_URL = "/briefings/russia-peace-proposals/"


@pytest.fixture
def demo(db):
    users, result = load_demo()
    return result.briefing


def published_claim_texts():
    return list(Claim.objects.public().values_list("text", flat=True))


def json_ld_blocks(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def published_claim(checked=True, **fields):
    claim = make_claim("published", checked=checked, **fields)
    claim.statement.briefing.status = "published"
    claim.statement.briefing.save()
    return claim


# Front page


def test_the_front_page_lists_published_briefings_with_coverage(client, demo):
    page = client.get("/").content.decode()
    assert "Russia’s Proposals for Peace Negotiations with the U.S." in page
    assert "3 of 41 statements checked" in page


def test_the_front_page_draws_the_verdict_distribution(client, demo):
    page = client.get("/").content.decode()
    assert 'role="img" aria-label="Verdicts: 2 Accurate, 1 Misleading"' in page


def test_the_front_page_hides_drafts(client, demo):
    import_briefing("A draft article\nIt is not ready. Nobody may read it yet.\n")
    assert "A draft article" not in client.get("/").content.decode()


def test_the_front_page_does_not_load_the_articles_documents(client, demo):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    sql = " ".join(query["sql"] for query in queries)
    assert '"briefings_briefing"."original"' not in sql
    assert '"briefings_briefing"."text"' not in sql


# The annotated article


def test_the_article_shows_its_sections_and_every_statement_with_an_anchor(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert "<h2>What Lies Ahead?</h2>" in page
    for position in range(1, 42):
        assert f'id="s-{position}"' in page


def test_checked_statements_open_to_show_verdict_rationale_and_evidence(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert page.count('<details class="statement checked"') == 3
    assert "The date matches the start of Russia&#x27;s full-scale invasion." in page
    assert 'class="stance stance-supports">Supports</span>' in page
    assert "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine" in page


def test_verdicts_carry_a_text_label_and_a_symbol_not_only_colour(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert '<span class="verdict-symbol" aria-hidden="true">✓</span> Accurate</span>' in page


def test_unchecked_statements_read_not_yet_checked(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert page.count("(not yet checked)") == 38


def test_the_scorecard_counts_verdicts_and_coverage(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert "3 of 41 statements checked" in page
    assert '<option value="accurate">Accurate (2)</option>' in page


def test_the_rating_filter_shows_only_one_rating(client, demo):
    page = client.get(BRIEFING_URL, {"rating": "misleading"}).content.decode()
    assert page.count('<details class="statement checked"') == 1
    assert "Donald Trump was a former U.S. president" in page


def test_an_unknown_rating_filter_shows_everything(client, demo):
    page = client.get(BRIEFING_URL, {"rating": "<script>"}).content.decode()
    assert page.count('<details class="statement checked"') == 3


def test_unpublished_claims_are_not_shown_on_the_article(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert "Steve Witkoff is the U.S. Middle East envoy." not in page
    assert "Kori Schake is a former Pentagon official." not in page


def test_the_demo_says_its_verdicts_are_examples(client, demo):
    assert "the verdicts on this page are examples" in client.get(BRIEFING_URL).content.decode()


def test_a_draft_briefing_is_not_found(client, db):
    briefing = import_briefing("A draft article\nIt is not ready.\n").briefing
    assert client.get(reverse("briefing", args=[briefing.slug])).status_code == 404


# Claim pages


def test_the_claim_page_shows_the_whole_fact_check(client, demo):
    claim = Claim.objects.public().get(text__startswith="Russia invaded Ukraine")
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "<mark>Despite diplomatic efforts, these negotiations ultimately failed" in page
    assert claim.rating.definition in page
    assert "Researched by Chris Checker" in page
    assert "Edited by Eda Editor" in page
    assert "Published " in page
    assert "The full-scale invasion began on 24 February 2022." in page


def test_the_claim_page_prints_the_correction_log(client, demo):
    claim = Claim.objects.public().get(text__startswith="Russia invaded Ukraine")
    editor = claim.reviewed_by
    claim.rating = Rating.objects.get(slug="mostly-accurate")
    claim = services.save_claim(
        claim=claim, user=editor, opened_version=claim.version, comment="Timing clarified."
    )
    other = make_user("editor2", "Editor")
    services.take_action(
        claim=services.take_action(claim=claim, action="approve", user=other), action="publish", user=other
    )
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Rating changed from Accurate to Mostly accurate on " in page
    assert ": Timing clarified." in page


@pytest.mark.parametrize(
    "status", ["new", "in_progress", "in_review", "changes_requested", "approved", "dismissed"]
)
def test_claims_that_are_not_published_are_not_found(client, db, status):
    claim = make_claim(status, checked=True)
    claim.statement.briefing.status = "published"
    claim.statement.briefing.save()
    assert client.get(claim.get_absolute_url()).status_code == 404


def test_a_published_claim_in_a_draft_briefing_is_not_found(client, db):
    claim = make_claim("published", checked=True)
    assert client.get(claim.get_absolute_url()).status_code == 404


def test_public_pages_reject_post(client, demo):
    claim = Claim.objects.public().first()
    for url in ["/", BRIEFING_URL, claim.get_absolute_url(), "/search/?q=x"]:
        assert client.post(url).status_code == 405


# ClaimReview


def test_the_claim_page_carries_exactly_one_claim_review(client, demo):
    claim = Claim.objects.public().get(text__startswith="Donald Trump")
    reviews = json_ld_blocks(client.get(claim.get_absolute_url()).content.decode())
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["url"].endswith(claim.get_absolute_url())
    assert (
        review["claimReviewed"] == "Donald Trump was a former U.S. president when the ceasefire was proposed."
    )
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Misleading",
    }
    assert review["author"]["@type"] == "Organization"
    assert review["author"]["name"] == "Factdesk"
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["appearance"][0]["url"].endswith(BRIEFING_URL)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["datePublished"])


def test_an_off_scale_verdict_is_named_in_claim_review_without_numbers(client, db):
    claim = published_claim(checked=False, rating=Rating.objects.get(slug="not-checkable"))
    review = json_ld_blocks(client.get(claim.get_absolute_url()).content.decode())[0]
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Not checkable"}


def test_the_briefing_page_carries_one_claim_review_per_published_claim(client, demo):
    reviews = json_ld_blocks(client.get(BRIEFING_URL).content.decode())
    urls = {review["url"] for review in reviews}
    assert len(reviews) == 3
    assert urls == {f"http://127.0.0.1:8000{claim.get_absolute_url()}" for claim in Claim.objects.public()}


LONG_CLAIM = (
    "The port handled 140 ships last week, more than in any other week since the records began in 1950."
)


def claim_reviewed(client, **fields):
    claim = make_claim("published", checked=True, text=LONG_CLAIM, **fields)
    claim.statement.briefing.status = "published"
    claim.statement.briefing.save()
    return json_ld_blocks(client.get(claim.get_absolute_url()).content.decode())[0]["claimReviewed"]


def test_claim_reviewed_is_the_claims_short_form_when_it_has_one(client, db):
    short = "The port handled a record 140 ships last week."
    assert claim_reviewed(client, short_text=short) == short


def test_claim_reviewed_is_the_whole_claim_when_it_has_no_short_form_never_a_cut_one(client, db):
    assert claim_reviewed(client) == LONG_CLAIM


def test_claim_review_json_cannot_break_out_of_its_script_tag(client, db):
    claim = make_claim("published", checked=True, text="</script><script>alert(1)</script> & more")
    claim.statement.briefing.status = "published"
    claim.statement.briefing.save()
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    review = json_ld_blocks(html)[0]
    assert review["claimReviewed"] == "</script><script>alert(1)</script> & more"


# Sources, search, feeds, sitemap, robots


def test_a_source_page_lists_the_published_claims_citing_it(client, demo):
    claim = Claim.objects.public().get(text__startswith="Russia invaded Ukraine")
    source = claim.evidence.get().source
    page = client.get(source.get_absolute_url()).content.decode()
    assert claim.text in page


def test_a_source_cited_only_by_unpublished_claims_is_not_found(client, demo):
    claim = Claim.objects.get(text__startswith="Steve Witkoff")
    assert client.get(claim.evidence.get().source.get_absolute_url()).status_code == 404


def test_search_finds_published_statements_claims_and_sources(client, demo):
    page = client.get("/search/", {"q": "invaded Ukraine"}).content.decode()
    assert "Russia invaded Ukraine on February 24, 2022." in page
    assert "Despite diplomatic efforts" in page


def test_search_never_finds_unpublished_work(client, demo):
    import_briefing("A secret draft\nThe zeppelin landed in Kyiv.\n")
    page = client.get("/search/", {"q": "zeppelin"}).content.decode()
    assert "The zeppelin landed in Kyiv." not in page
    assert "Nothing found for “zeppelin”." in page
    page = client.get("/search/", {"q": "Witkoff"}).content.decode()
    assert "Steve Witkoff is the U.S. Middle East envoy." not in page


def test_a_nul_byte_in_a_search_gives_a_page_not_a_server_error(client, demo):
    response = client.get("/search/?q=%00")
    assert response.status_code == 200
    assert response.context["results"] is None


def test_nul_bytes_are_dropped_from_the_words_searched_for(client, demo):
    page = client.get("/search/", {"q": "invaded\x00 Ukraine"}).content.decode()
    assert "Russia invaded Ukraine on February 24, 2022." in page


def test_the_feeds_list_published_verdicts_only(client, demo):
    for url in ["/feeds/fact-checks/", "/feeds/fact-checks/atom/"]:
        feed = client.get(url).content.decode()
        assert "Accurate: Russia invaded Ukraine on February 24, 2022." in feed
        assert "Witkoff" not in feed


FEEDS = ["/feeds/fact-checks/", "/feeds/fact-checks/atom/"]


@pytest.mark.parametrize("url", FEEDS)
def test_a_control_character_in_a_claim_is_left_out_of_the_feed(client, db, url):
    claim = published_claim(text="The port handled\x0b 140 ships last week.")
    claim.rationale = "The port authority\x0bs figures\x1f show 140 ships."
    publish(claim)
    response = client.get(url)
    assert response.status_code == 200
    feed = response.content.decode()
    assert "Accurate: The port handled 140 ships last week." in feed
    assert "The port authoritys figures show 140 ships." in feed


@pytest.mark.parametrize("url", FEEDS)
def test_a_control_character_in_the_newsroom_name_is_left_out_of_the_feed(client, db, settings, url):
    settings.FACTDESK_NEWSROOM_NAME = "Fact\x0cdesk"
    published_claim()
    response = client.get(url)
    assert response.status_code == 200
    assert "Factdesk: fact-checks" in response.content.decode()
    assert "\x0c" not in response.content.decode()


def test_the_sitemap_lists_public_pages_only(client, demo):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert BRIEFING_URL in sitemap
    for claim in Claim.objects.all():
        assert (f"{claim.get_absolute_url()}<" in sitemap) is (claim.status == "published")


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_desk(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_the_404_page_is_in_the_sites_style(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert 'class="skip-link"' in response.content.decode()


def test_the_500_page_renders_without_a_request_context():
    from django.template import loader

    html = loader.get_template("500.html").render()
    assert "Something went wrong" in html


# Constant queries


def briefing_with(statement_count):
    editor = make_user(f"ed{statement_count}", "Editor")
    checker = make_user(f"ch{statement_count}", "Checker")
    text = f"Long article {statement_count}\n" + "".join(
        f"Sentence number {i} says something.\n" for i in range(statement_count)
    )
    briefing = import_briefing(text).briefing
    for statement in briefing.statements.all()[: max(1, statement_count // 5)]:
        claim = make_claim("in_progress", statement=statement, assignee=checker)
        claim = services.take_action(claim=add_verdict(claim), action="submit", user=checker)
        services.take_action(claim=claim, action="approve", user=editor)
    services.publish_briefing(briefing=briefing, user=editor)
    return briefing


@pytest.mark.parametrize("statement_count", [10, 500])
def test_list_pages_run_a_constant_number_of_queries(
    client, db, statement_count, django_assert_max_num_queries
):
    briefing = briefing_with(statement_count)
    claim = Claim.objects.public().first()
    source = claim.evidence.first().source
    pages = [
        "/",
        briefing.get_absolute_url(),
        claim.get_absolute_url(),
        source.get_absolute_url(),
        "/search/?q=sentence",
        "/feeds/fact-checks/",
        "/feeds/fact-checks/atom/",
        "/sitemap.xml",
    ]
    for url in pages:
        with django_assert_max_num_queries(12):
            assert client.get(url).status_code == 200


def test_a_staff_member_without_a_full_name_is_not_credited_by_username(client, db):
    from django.contrib.auth import get_user_model

    claim = make_claim("published", checked=True)
    claim.submitted_by = get_user_model().objects.create_user("jdoe-desk", is_staff=True)
    claim.save()
    claim.statement.briefing.status = "published"
    claim.statement.briefing.save()
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "jdoe-desk" not in page
    assert "Researched by" not in page
