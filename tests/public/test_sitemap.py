"""The sitemap (/sitemap.xml): every public page, and nothing else."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.test import Client
from django.utils import timezone

from briefings.models import Briefing
from factcheck import services
from factcheck.models import Claim, ClaimVersion, Rating
from factcheck.standards import PLACEHOLDER_MARK

from ..factories import (
    make_claim,
    make_long_published_briefing,
    make_public_claim,
    make_published_briefing,
    make_user,
)

NOON = datetime.datetime(2024, 3, 9, 12, tzinfo=datetime.UTC)
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}

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


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_refuses_other_methods_with_405_even_where_csrf_is_checked(db, method):
    """It changes nothing, so a write is refused for its method, not as a CSRF failure (403)."""
    client = Client(enforce_csrf_checks=True)
    assert getattr(client, method)("/sitemap.xml").status_code == 405


def _entries(client):
    """The sitemap as crawlers read it: {location: (lastmod, changefreq)}."""
    urlset = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.findtext("s:loc", namespaces=NS): (
            url.findtext("s:lastmod", namespaces=NS),
            url.findtext("s:changefreq", namespaces=NS),
        )
        for url in urlset.iterfind("s:url", NS)
    }


def test_its_locations_follow_the_newsroom_url_not_the_site_row(client, db, settings):
    """Protocol and host come from FACTDESK_NEWSROOM_URL, as ClaimReview's do, not from the Site
    row written at migrate (which a server started on another address would still name)."""
    claim = make_public_claim()
    settings.FACTDESK_NEWSROOM_URL = "https://news.example/"
    locations = set(_entries(client))
    assert f"https://news.example/claims/{claim.pk}/" in locations
    assert all(location.startswith("https://news.example/") for location in locations), locations


def test_it_dates_a_claim_by_its_live_version(client, db):
    claim = make_public_claim()
    ClaimVersion.objects.filter(claim=claim).update(published_at=NOON)
    assert _entries(client)[f"http://{Site.objects.get_current().domain}/claims/{claim.pk}/"] == (
        "2024-03-09",
        "weekly",
    )


def test_it_dates_a_source_by_the_newest_verdict_citing_it(client, db):
    claim = make_public_claim()
    claim.live_version.evidence.update(cited_at=NOON)
    source_id = claim.live_version.evidence.get().cited_source_id
    assert _entries(client)[f"http://{Site.objects.get_current().domain}/sources/{source_id}/"] == (
        "2024-03-09",
        "monthly",
    )


def test_it_dates_an_article_by_the_newest_verdict_published_in_it(client, db):
    """The article shows its verdicts: one published after the briefing's last save changes it."""
    checker, editor = make_user("checker", "Checker"), make_user("editor", "Editor")
    briefing, published = make_published_briefing(checker, editor)
    Briefing.objects.filter(pk=briefing.pk).update(updated_at=NOON)
    statement = briefing.statements.exclude(pk=published.statement_id).first()
    claim = make_claim(
        Claim.Status.APPROVED, statement=statement, assignee=checker, submitted_by=checker, checked=True
    )
    services.take_action(claim=claim, action="publish", user=editor)
    lastmod = _entries(client)[f"http://{Site.objects.get_current().domain}{briefing.get_absolute_url()}"][0]
    assert lastmod == timezone.localdate().isoformat()


def test_it_dates_an_article_by_its_own_save_when_that_is_newer(client, db):
    claim = make_public_claim()
    ClaimVersion.objects.filter(claim=claim).update(published_at=NOON)
    briefing = claim.statement.briefing
    lastmod = _entries(client)[f"http://{Site.objects.get_current().domain}{briefing.get_absolute_url()}"][0]
    assert lastmod == timezone.localtime(briefing.updated_at).date().isoformat()


def _paths(client):
    return {location.removeprefix("http://127.0.0.1:8000") for location in _entries(client)}


def test_it_lists_the_front_page(client, db):
    assert "/" in _paths(client)


def test_it_dates_the_front_page_by_the_newest_verdict_it_shows(client, db):
    claim = make_public_claim()
    lastmod, _ = _entries(client)["http://127.0.0.1:8000/"]
    assert lastmod == timezone.localtime(claim.live_version.published_at).date().isoformat()


def test_it_lists_the_standards_pages_the_newsroom_has_written(client, db):
    FlatPage.objects.filter(url="/standards/methodology/").update(content="<p>How we check.</p>")
    paths = _paths(client)
    assert "/standards/methodology/" in paths
    assert "/standards/rating-scale/" in paths


def test_it_leaves_out_a_standards_page_still_awaiting_its_text(client, db):
    FlatPage.objects.filter(url="/standards/contact/").update(content=f"<p>{PLACEHOLDER_MARK}</p>")
    assert "/standards/contact/" not in _paths(client)


def test_it_dates_the_rating_scale_by_its_last_edit(client, db):
    rating = Rating.objects.order_by("pk").first()
    Rating.objects.filter(pk=rating.pk).update(updated_at=NOON)
    Rating.objects.exclude(pk=rating.pk).update(updated_at=NOON - datetime.timedelta(days=3))
    lastmod, _ = _entries(client)["http://127.0.0.1:8000/standards/rating-scale/"]
    assert lastmod == timezone.localtime(NOON).date().isoformat()
