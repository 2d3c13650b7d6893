"""Open Graph and Twitter card tags: a public page shared on a social network or in a chat shows
its own title, description and address (the canonical one), not the site's generic line; pages
with no canonical address (previews, search) carry none."""

import re
from html import unescape

import pytest
from django.urls import reverse

from factcheck.models import Claim

pytestmark = pytest.mark.django_db
SITE = "https://news.example"


@pytest.fixture(autouse=True)
def newsroom(settings):
    settings.FACTDESK_NEWSROOM_URL = f"{SITE}/"


def social(response):
    """The page's Open Graph and Twitter tags, property or name → content (each at most once)."""
    assert response.status_code == 200
    found = re.findall(
        r'<meta (?:property|name)="((?:og|twitter):[a-z_]+)" content="([^"]*)">', response.content.decode()
    )
    assert len(found) == len(dict(found))
    return {key: unescape(value) for key, value in found}


def test_a_claim_page_is_shared_with_its_verdict_claim_and_rationale(client, demo):
    claim = Claim.objects.public().filter(live_version__number=2).get()
    tags = social(client.get(claim.get_absolute_url()))
    assert tags["og:type"] == "article"
    assert tags["og:title"] == f"Misleading: {claim.live_version.text}"
    assert tags["og:description"].startswith("Misleading. Trump was inaugurated for a second term")
    assert tags["og:url"] == SITE + claim.get_absolute_url()
    assert tags["twitter:card"] == "summary"


def test_an_earlier_version_is_shared_under_the_claim_page_address(client, demo):
    claim = Claim.objects.public().filter(live_version__number=2).get()
    tags = social(client.get(claim.versions.get(number=1).get_version_url()))
    assert tags["og:url"] == SITE + claim.get_absolute_url()
    assert tags["og:title"].startswith("False: ")


def test_the_article_is_shared_with_its_title_and_coverage(client, demo):
    tags = social(client.get(demo.get_absolute_url()))
    assert tags["og:title"] == demo.title
    assert tags["og:description"].startswith("3 of 41 statements checked")
    assert tags["og:url"] == SITE + demo.get_absolute_url()


def test_the_article_description_names_the_article_not_the_site(client, demo):
    page = client.get(demo.get_absolute_url()).content.decode()
    description = unescape(re.search(r'<meta name="description" content="([^"]*)">', page)[1])
    assert description == f"3 of 41 statements checked in “{demo.title}”, fact-checked by Factdesk."


def test_every_public_page_names_the_newsroom_as_the_site(client, demo):
    claim = Claim.objects.public().first()
    source = claim.evidence.first().source
    for url in (
        "/",
        demo.get_absolute_url(),
        claim.get_absolute_url(),
        source.get_absolute_url(),
        "/standards/rating-scale/",
    ):
        assert social(client.get(url))["og:site_name"] == "Factdesk", url


def test_a_source_page_is_shared_with_the_source_title(client, demo):
    source = Claim.objects.public().first().evidence.first().source
    assert social(client.get(source.get_absolute_url()))["og:title"] == source.title


def test_search_results_carry_no_social_tags(client, demo):
    assert social(client.get(reverse("search"), {"q": "Ukraine"})) == {}


def test_a_preview_carries_no_social_tags(client, demo, demo_editor):
    client.force_login(demo_editor)
    assert social(client.get(reverse("briefing-preview", args=[demo.slug]))) == {}


def test_markup_in_a_claim_cannot_leave_the_meta_tag(client, demo):
    claim = Claim.objects.public().first()
    version = claim.live_version
    version.rationale = 'Quoted "> <script>alert(1)</script>'
    version.save(update_fields=["rationale"])
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    assert social(client.get(claim.get_absolute_url()))["og:description"].endswith(
        '"> <script>alert(1)</script>'
    )
