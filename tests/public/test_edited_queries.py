"""An article an editor corrected costs its pages no more queries than one never edited, however
long: anchors, aliases and hidden statements come with the statements."""

import pytest

from briefings.models import Statement
from factcheck.models import Claim

from ..api.callers import API
from ..api.test_queries import BUDGET
from .edited_world import long_edited_briefing

pytestmark = pytest.mark.django_db
COUNTS = [20, 200]


@pytest.mark.parametrize("statement_count", COUNTS)
def test_the_edited_article_runs_a_constant_number_of_queries(
    client, statement_count, django_assert_max_num_queries
):
    briefing = long_edited_briefing(statement_count)
    edited = Statement.objects.filter(revision=briefing.current_revision_id)
    assert edited.exclude(aliases=[]).exists()
    assert edited.filter(hidden=True).exists()
    assert edited.filter(label__contains="-").exists()
    with django_assert_max_num_queries(12):
        assert client.get(briefing.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("statement_count", COUNTS)
def test_the_edited_revision_page_runs_a_constant_number_of_queries(
    client, statement_count, django_assert_max_num_queries
):
    briefing = long_edited_briefing(statement_count)
    with django_assert_max_num_queries(6):
        assert client.get(f"{briefing.get_absolute_url()}revisions/1/").status_code == 200


@pytest.mark.parametrize("statement_count", COUNTS)
def test_a_claim_page_in_an_edited_article_runs_a_constant_number_of_queries(
    client, statement_count, django_assert_max_num_queries
):
    briefing = long_edited_briefing(statement_count)
    claim = Claim.objects.filter(statement__briefing=briefing).last()
    with django_assert_max_num_queries(12):
        assert client.get(claim.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("statement_count", COUNTS)
def test_the_edited_articles_statements_list_runs_a_constant_number_of_queries(
    client, statement_count, django_assert_max_num_queries
):
    briefing = long_edited_briefing(statement_count)
    with django_assert_max_num_queries(BUDGET["anonymous"]):
        response = client.get(f"{API}statements/", {"briefing": briefing.slug, "page_size": 200})
    assert response.status_code == 200


@pytest.mark.parametrize("statement_count", COUNTS)
def test_the_edited_articles_api_detail_runs_a_constant_number_of_queries(
    client, statement_count, django_assert_max_num_queries
):
    briefing = long_edited_briefing(statement_count)
    with django_assert_max_num_queries(BUDGET["anonymous"]):
        assert client.get(f"{API}briefings/{briefing.slug}/").status_code == 200
