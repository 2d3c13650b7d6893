"""The claim page's transparency block (templates/includes/transparency.html): every source the
published version cites, linked, a "How we checked" link to the methodology, and the standards."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factcheck.models import Claim, Evidence, Rating, Source

from ..factories import make_claim, make_source, publish
from .json_ld import json_ld_blocks

pytestmark = pytest.mark.django_db


def block(client, claim):
    body = client.get(claim.get_absolute_url()).content.decode()
    start = body.index('<section class="transparency"')
    return body[start : body.index("</section>", start)]


def public_claim(source_count=1):
    """A published claim citing `source_count` sources, each once, in a published briefing."""
    claim = make_claim(Claim.Status.PUBLISHED)
    claim.rating, claim.rationale = Rating.objects.get(slug="accurate"), "The figures show it."
    claim.save()
    for number in range(source_count):
        source = make_source(f"https://example.org/report-{number}", f"Report {number}")
        Source.objects.filter(pk=source.pk).update(published_on=datetime.date(2024, 3, number + 1))
        Evidence.objects.create(
            claim=claim, source=source, stance=Evidence.Stance.SUPPORTS, locator=f"page {number + 1}"
        )
    publish(claim)
    briefing = claim.statement.briefing
    briefing.status = briefing.Status.PUBLISHED
    briefing.save()
    return claim


def test_it_links_how_we_checked_to_the_methodology(client):
    assert '<a href="/standards/methodology/">How we checked</a>' in block(client, public_claim())


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/standards/methodology/">Methodology</a>',
        '<a href="/standards/corrections/">Corrections policy</a>',
        '<a href="/standards/rating-scale/">Rating scale</a>',
        '<a href="/standards/ownership/">Ownership and funding</a>',
        '<a href="/standards/contact/">Contact</a>',
        '<a href="/submit/">Submit a claim</a>',
    ],
)
def test_it_links_every_standards_page(client, link):
    assert link in block(client, public_claim())


def test_it_links_every_source_the_version_cites_with_publisher_date_and_place(client):
    shown = block(client, public_claim(source_count=3))
    for number in range(3):
        assert (
            f'<a href="https://example.org/report-{number}" rel="nofollow noopener">Report {number}</a>'
            in shown
        )
        assert f"Report {number}</a>, Wikipedia, {number + 1} March 2024 (page {number + 1})" in shown


def test_it_names_a_source_cited_twice_once_with_both_places(client):
    claim = public_claim()
    Evidence.objects.create(claim=claim, source=claim.evidence.get().source, locator="page 9")
    publish(claim)
    shown = block(client, claim)
    assert shown.count("Report 0</a>") == 1
    assert "(page 1; page 9)" in shown


def test_it_shows_the_sources_as_published_not_as_edited_since(client):
    claim = public_claim()
    Source.objects.filter(url="https://example.org/report-0").update(title="Renamed on the desk")
    Evidence.objects.create(claim=claim, source=make_source("https://example.org/unpublished", "Unpublished"))
    shown = block(client, claim)
    assert "Report 0" in shown
    assert "Renamed on the desk" not in shown
    assert "Unpublished" not in shown


def test_it_adds_no_query_per_source(client):
    counts = []
    for source_count in (1, 12):
        claim = public_claim(source_count)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(claim.get_absolute_url()).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_the_claim_review_stays_valid_json_ld(client):
    claim = public_claim(source_count=2)
    blocks = json_ld_blocks(client.get(claim.get_absolute_url()).content.decode())
    assert [data["@type"] for data in blocks] == ["ClaimReview"]
