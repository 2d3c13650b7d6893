"""The public search (/search/?q=…): published statements, claims and sources only."""

import pytest
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection

from briefings.importers import import_briefing
from briefings.models import Briefing, Statement
from factcheck import services
from factcheck.models import CitedEvidence, ClaimVersion
from factcheck.search import text_search_config

from ..factories import make_long_published_briefing, make_user


def test_it_finds_published_statements_claims_and_sources(client, demo):
    page = client.get("/search/", {"q": "invaded Ukraine"}).content.decode()
    assert "Russia invaded Ukraine on February 24, 2022." in page
    assert "Despite diplomatic efforts" in page


def test_it_never_finds_unpublished_work(client, demo):
    import_briefing("A secret draft\nThe zeppelin landed in Kyiv.\n")
    page = client.get("/search/", {"q": "zeppelin"}).content.decode()
    assert "The zeppelin landed in Kyiv." not in page
    assert "Nothing found for “zeppelin”." in page
    page = client.get("/search/", {"q": "Witkoff"}).content.decode()
    assert "Steve Witkoff is the U.S. Middle East envoy." not in page


def test_it_quotes_a_question_searched_for_with_no_second_stop(client, demo):
    page = client.get("/search/", {"q": "zeppelin?"}).content.decode()
    assert "Nothing found for “zeppelin?”</p>" in page


def test_it_answers_a_nul_byte_with_a_page_not_a_server_error(client, demo):
    response = client.get("/search/?q=%00")
    assert response.status_code == 200
    assert response.context["results"] is None


def test_it_drops_nul_bytes_from_the_words_searched_for(client, demo):
    page = client.get("/search/", {"q": "invaded\x00 Ukraine"}).content.decode()
    assert "Russia invaded Ukraine on February 24, 2022." in page


def test_it_refuses_post(client, demo):
    assert client.post("/search/?q=x").status_code == 405


@pytest.mark.parametrize("statement_count", [10, 500])
def test_it_runs_a_constant_number_of_queries(client, db, statement_count, django_assert_max_num_queries):
    make_long_published_briefing(statement_count)
    with django_assert_max_num_queries(12):
        assert client.get("/search/?q=sentence").status_code == 200


def test_it_shows_an_editor_no_unpublished_work_either(client, demo_editor):
    client.force_login(demo_editor)
    page = client.get("/search/", {"q": "Witkoff"}).content.decode()
    assert "Steve Witkoff is the U.S. Middle East envoy." not in page


@pytest.mark.parametrize(
    ("language", "config"), [("de", "german"), ("fr", "french"), ("", "english"), ("xh", "simple")]
)
def test_each_briefing_is_searched_with_its_languages_configuration(db, language, config):
    briefing = import_briefing("A short article\nThe port handled 140 ships last week.\n").briefing
    Briefing.objects.filter(pk=briefing.pk).update(language=language)
    configs = Briefing.objects.filter(pk=briefing.pk).annotate(config=text_search_config("language"))
    assert configs.get().config == config


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's full-text search")
def test_a_german_word_finds_its_other_forms_in_a_german_article(client, db):
    editor = make_user("editor-de", "Editor")
    text = "Neue Wohnungen\nDie Stadt baut in diesem Jahr dreihundert neue Häusern am Fluss.\n"
    briefing = import_briefing(text).briefing
    services.publish_briefing(briefing=briefing, user=editor)
    page = client.get("/search/", {"q": "Haus"}).content.decode()
    assert "dreihundert neue Häusern" in page


POSTGRESQL_ONLY = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's full-text search"
)


def _published(text):
    briefing = import_briefing(text).briefing
    services.publish_briefing(briefing=briefing, user=make_user("editor-search", "Editor"))
    return briefing


@POSTGRESQL_ONLY
def test_a_statement_holding_no_word_of_the_query_is_not_found(client, db):
    _published("Harbour news\nThe port handled 140 ships last week.\n")
    page = client.get("/search/", {"q": "unemployment rose"}).content.decode()
    assert "The port handled 140 ships" not in page


@POSTGRESQL_ONLY
def test_a_statement_holding_every_word_of_the_query_is_found(client, db):
    _published("Jobs news\nUnemployment rose to five percent in March.\n")
    page = client.get("/search/", {"q": "unemployment rose"}).content.decode()
    assert "Unemployment rose to five percent" in page


@POSTGRESQL_ONLY
@pytest.mark.parametrize(
    ("model", "fields", "index"),
    [
        (Statement, ["text"], "statement_search_english"),
        (ClaimVersion, ["text", "rationale", "claimant"], "claimversion_search_english"),
        (CitedEvidence, ["title", "publisher", "url"], "citedevidence_search_english"),
    ],
)
def test_an_english_search_can_read_its_gin_index(db, model, fields, index):
    """The index holds the very expression the search filters on, or PostgreSQL could not use it."""
    # No ordering: a model's default ordering (statements by their briefing) would let the planner
    # start from the join instead, which says nothing about whether the index matches.
    matching = (
        model.objects.order_by()
        .alias(document=SearchVector(*fields, config="english"))
        .filter(document=SearchQuery("unemployment", search_type="websearch", config="english"))
    )
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        assert index in matching.explain()


def test_a_results_page_asks_search_engines_not_to_index_it(client, db):
    page = client.get("/search/", {"q": "cheap pills"}).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in page


def test_the_empty_search_page_may_be_indexed(client, db):
    assert 'name="robots"' not in client.get("/search/").content.decode()


def _first_words(text):
    """Whole words of `text` to search for (a word cut short finds nothing on PostgreSQL)."""
    return " ".join(text.split()[:6])


def _statement_items(page):
    """The list items of the Statements section."""
    section = page.split("<h2>Statements</h2>", 1)[1].split("</ul>", 1)[0]
    return section.split("<li>")[1:]


def test_a_found_statement_carries_the_verdict_published_on_it(client, demo):
    claim = ClaimVersion.objects.public().order_by("claim_id").first()
    statement = claim.claim.statement
    page = client.get("/search/", {"q": _first_words(statement.text)}).content.decode()
    item = next(item for item in _statement_items(page) if statement.get_absolute_url() in item)
    assert f"{claim.rating_name}</span>" in item
    assert claim.get_absolute_url() in item


def test_a_found_statement_nobody_checked_carries_no_verdict(client, demo):
    statement = Statement.objects.public().filter(claims__isnull=True, briefing=demo).order_by("pk").first()
    page = client.get("/search/", {"q": _first_words(statement.text)}).content.decode()
    item = next(item for item in _statement_items(page) if statement.get_absolute_url() in item)
    assert 'class="verdict"' not in item


def test_it_says_when_more_statements_match_than_it_shows(client, db):
    make_long_published_briefing(60)
    page = client.get("/search/", {"q": "sentence"}).content.decode()
    assert len(_statement_items(page)) == 50
    assert "The first 50 statements are shown" in page


def test_it_says_nothing_of_more_when_every_match_is_shown(client, db):
    make_long_published_briefing(10)
    page = client.get("/search/", {"q": "sentence"}).content.decode()
    assert "are shown" not in page
