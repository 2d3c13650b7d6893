"""A source's public page (/sources/<id>/): the published claims citing it."""

import pytest

from factcheck.models import Claim

from ..factories import make_long_published_briefing


def test_it_lists_the_published_claims_citing_the_source(client, demo):
    claim = Claim.objects.public().get(text__startswith="Russia invaded Ukraine")
    source = claim.evidence.get().source
    page = client.get(source.get_absolute_url()).content.decode()
    assert claim.text in page


def test_it_does_not_find_a_source_cited_only_by_unpublished_claims(client, demo):
    claim = Claim.objects.get(text__startswith="Steve Witkoff")
    assert client.get(claim.evidence.get().source.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("statement_count", [10, 500])
def test_it_runs_a_constant_number_of_queries(client, db, statement_count, django_assert_max_num_queries):
    make_long_published_briefing(statement_count)
    source = Claim.objects.public().first().evidence.first().source
    with django_assert_max_num_queries(12):
        assert client.get(source.get_absolute_url()).status_code == 200


def test_it_shows_an_editor_no_source_cited_only_by_unpublished_claims_either(client, demo_editor):
    claim = Claim.objects.get(text__startswith="Steve Witkoff")
    client.force_login(demo_editor)
    assert client.get(claim.evidence.get().source.get_absolute_url()).status_code == 404


def test_it_refuses_post(client, demo):
    source = Claim.objects.public().first().evidence.first().source
    assert client.post(source.get_absolute_url()).status_code == 405
