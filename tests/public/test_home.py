"""The public front page (/): published briefings, newest first, with coverage and verdicts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from briefings.importers import import_briefing

from ..factories import make_long_published_briefing


def test_it_lists_published_briefings_with_coverage(client, demo):
    page = client.get("/").content.decode()
    assert "Russia’s Proposals for Peace Negotiations with the U.S." in page
    assert "3 of 41 statements checked" in page


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
