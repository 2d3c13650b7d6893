"""The public search (/search/?q=…): published statements, claims and sources only."""

import pytest

from briefings.importers import import_briefing

from ..factories import make_long_published_briefing


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
