"""The public front page (/): published briefings, newest first, with coverage and verdicts."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from briefings.importers import import_briefing
from briefings.models import Briefing
from factcheck import article

from ..factories import make_long_published_briefing


def test_it_lists_published_briefings_with_coverage(client, demo):
    page = client.get("/").content.decode()
    assert "Russia’s Proposals for Peace Negotiations with the U.S." in page
    assert "3 of 41 statements checked" in page


def test_each_card_counts_its_own_briefings_statements_and_verdicts(client, demo):
    make_long_published_briefing(10)
    page = client.get("/").content.decode()
    assert "3 of 41 statements checked" in page
    assert "2 of 10 statements checked" in page


def test_it_draws_the_verdict_distribution(client, demo):
    page = client.get("/").content.decode()
    assert 'role="img" aria-label="Verdicts: 2 Accurate, 1 Misleading"' in page


def test_it_hides_drafts(client, demo):
    import_briefing("A draft article\nIt is not ready. Nobody may read it yet.\n")
    assert "A draft article" not in client.get("/").content.decode()


def test_it_does_not_load_the_articles_documents(client, demo):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    sql = " ".join(query["sql"] for query in queries)
    assert '"briefings_briefing"."original"' not in sql
    assert '"briefings_briefing"."text"' not in sql


def test_it_refuses_post(client, demo):
    assert client.post("/").status_code == 405


@pytest.mark.parametrize("statement_count", [10, 500])
def test_it_runs_a_constant_number_of_queries(client, db, statement_count, django_assert_max_num_queries):
    make_long_published_briefing(statement_count)
    with django_assert_max_num_queries(12):
        assert client.get("/").status_code == 200


def test_it_shows_an_editor_no_drafts_either(client, demo_editor):
    import_briefing("A draft article\nIt is not ready. Nobody may read it yet.\n")
    client.force_login(demo_editor)
    assert "A draft article" not in client.get("/").content.decode()


def _published(count):
    """`count` published briefings, numbered in the order they were imported (so the last is newest)."""
    briefings = [import_briefing(f"Briefing number {i}\nIt says something.\n").briefing for i in range(count)]
    Briefing.objects.filter(pk__in=[b.pk for b in briefings]).update(status=Briefing.Status.PUBLISHED)
    return briefings


def _titles(page):
    return re.findall(r"Briefing number \d+", page)


def test_it_shows_the_newest_briefings_on_the_first_page(client, db, monkeypatch):
    monkeypatch.setattr(article, "FRONT_PAGE_SIZE", 2)
    _published(5)
    assert _titles(client.get("/").content.decode()) == ["Briefing number 4", "Briefing number 3"]


def test_it_shows_older_briefings_on_later_pages(client, db, monkeypatch):
    monkeypatch.setattr(article, "FRONT_PAGE_SIZE", 2)
    _published(5)
    assert _titles(client.get("/?page=3").content.decode()) == ["Briefing number 0"]


def test_it_links_each_page_to_the_next_and_the_previous(client, db, monkeypatch):
    monkeypatch.setattr(article, "FRONT_PAGE_SIZE", 2)
    _published(5)
    page = client.get("/?page=2").content.decode()
    assert '<a rel="prev" href="/">' in page
    assert '<a rel="next" href="/?page=3">' in page


def test_it_shows_no_page_links_when_one_page_holds_every_briefing(client, demo):
    assert 'rel="next"' not in client.get("/").content.decode()


@pytest.mark.parametrize("number", ["3", "0", "-1", "two", "", "1.5", "9" * 30])
def test_it_answers_404_for_a_page_that_does_not_exist(client, db, monkeypatch, number):
    monkeypatch.setattr(article, "FRONT_PAGE_SIZE", 2)
    _published(3)
    assert client.get("/", {"page": number}).status_code == 404


def test_it_runs_a_constant_number_of_queries_on_a_later_page(
    client, db, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(article, "FRONT_PAGE_SIZE", 2)
    _published(5)
    with django_assert_max_num_queries(12):
        assert client.get("/?page=2").status_code == 200
