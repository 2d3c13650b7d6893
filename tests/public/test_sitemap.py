"""The sitemap (/sitemap.xml): every public page, and nothing else."""

import pytest

from factcheck.models import Claim

from ..factories import make_long_published_briefing

BRIEFING_URL = "/briefings/russia-peace-proposals/"


def test_it_lists_public_pages_only(client, demo):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert BRIEFING_URL in sitemap
    for claim in Claim.objects.all():
        assert (f"{claim.get_absolute_url()}<" in sitemap) is (claim.status == "published")


@pytest.mark.parametrize("statement_count", [10, 500])
def test_it_runs_a_constant_number_of_queries(client, db, statement_count, django_assert_max_num_queries):
    make_long_published_briefing(statement_count)
    with django_assert_max_num_queries(12):
        assert client.get("/sitemap.xml").status_code == 200


def test_it_lists_public_pages_only_for_an_editor_too(client, demo_editor):
    client.force_login(demo_editor)
    sitemap = client.get("/sitemap.xml").content.decode()
    for claim in Claim.objects.exclude(status="published"):
        assert f"{claim.get_absolute_url()}<" not in sitemap


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_refuses_other_methods(client, db, method):
    assert getattr(client, method)("/sitemap.xml").status_code == 405
