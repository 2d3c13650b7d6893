"""manage.py generate_bench_data: realistic volumes for bench/suite.py, made fast, in a database
of their own. Small sizes here; the bench articles (5,550 statements) always come along."""

import pytest
from django.core.management import CommandError, call_command

from briefings.models import Briefing
from factcheck.benchdata import ARTICLES

from ..factories import make_statement

SMALL = ["--briefings", "4", "--statements-per-briefing", "30", "--claims", "120", "--sources", "7"]
ARTICLE_STATEMENTS = sum(ARTICLES.values())
ARTICLE_VERDICTS = ARTICLE_STATEMENTS // 5


def generate(*arguments):
    call_command("generate_bench_data", *SMALL, *arguments, stdout=None)


def test_it_refuses_a_database_with_the_newsrooms_briefings(db):
    make_statement()
    with pytest.raises(CommandError, match="1 briefing.* not bench data.*--force"):
        generate()
    assert Briefing.objects.count() == 1


def test_it_adds_bench_data_beside_them_when_forced(db):
    make_statement()
    generate("--force")
    assert Briefing.objects.count() == 1 + 4 + len(ARTICLES)


def test_it_refuses_briefings_without_statements(db):
    with pytest.raises(CommandError, match="--statements-per-briefing must be at least 1"):
        call_command("generate_bench_data", "--statements-per-briefing", "0")


def test_it_drops_every_cached_public_answer(db, client):
    client.get("/")
    before = client.get("/")  # served from the cache
    call_command("generate_bench_data", *SMALL)
    after = client.get("/")
    assert (before.status_code, after.status_code) == (200, 200)
    assert b"/briefings/bench-article-" not in before.content
    assert b"/briefings/bench-article-" in after.content
