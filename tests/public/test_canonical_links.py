"""`<link rel="canonical">`: every public page names its one address, absolute on the newsroom's site,
so the other addresses that answer with the same page (a filter, `?page=1`, a version's number)
count as one; previews and search results name none."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from factcheck.models import Claim

pytestmark = pytest.mark.django_db
SITE = "https://news.example"


@pytest.fixture(autouse=True)
def newsroom(settings):
    settings.FACTDESK_NEWSROOM_URL = f"{SITE}/"


def canonical(response):
    assert response.status_code == 200
    found = re.findall(r'<link rel="canonical" href="([^"]*)">', response.content.decode())
    assert len(found) <= 1
    return found[0] if found else None


def test_the_article_names_itself_whatever_it_is_filtered_by(client, demo):
    url = demo.get_absolute_url()
    assert canonical(client.get(url)) == SITE + url
    assert canonical(client.get(url, {"rating": "false"})) == SITE + url


def test_a_revision_names_itself(client, demo):
    url = reverse("briefing-revision", args=[demo.slug, 1])
    assert canonical(client.get(url)) == SITE + url


def test_a_claim_page_names_itself(client, demo):
    claim = Claim.objects.public().first()
    assert canonical(client.get(claim.get_absolute_url())) == SITE + claim.get_absolute_url()


def test_the_live_versions_own_address_names_the_claim_page(client, demo):
    claim = Claim.objects.public().first()
    url = reverse("claim-version", args=[claim.pk, claim.live_version.number])
    assert canonical(client.get(url)) == SITE + claim.get_absolute_url()


def test_the_front_page_names_its_page(client, demo):
    assert canonical(client.get("/")) == f"{SITE}/"
    assert canonical(client.get("/", {"page": "1"})) == f"{SITE}/"


def test_a_source_page_names_itself(client, demo):
    version = Claim.objects.public().exclude(live_version__evidence=None).first().live_version
    url = reverse("source", args=[version.evidence.first().cited_source_id])
    assert canonical(client.get(url)) == SITE + url


@pytest.mark.parametrize("url", ["/standards/rating-scale/", "/standards/methodology/"])
def test_the_standards_pages_name_themselves(client, demo, url):
    assert canonical(client.get(url)) == SITE + url


def test_search_results_name_no_canonical_address(client, demo):
    assert canonical(client.get(reverse("search"), {"q": "peace"})) is None


def test_previews_name_no_canonical_address(client, demo):
    client.force_login(get_user_model().objects.get(username="editor"))
    assert canonical(client.get(reverse("briefing-preview", args=[demo.slug]))) is None
    claim = Claim.objects.public().first()
    assert canonical(client.get(reverse("claim-preview", args=[claim.pk]))) is None
