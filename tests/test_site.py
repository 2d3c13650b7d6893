"""The one Site (the sites framework, which the standards pages' flatpages need) follows
FACTDESK_NEWSROOM_URL after every migrate, so the links Django builds from it (password-reset
mail) name the newsroom's address, never a request's Host; sitemap and feed links read
FACTDESK_NEWSROOM_URL itself (tests/public)."""

import pytest
from django.contrib.sites.models import Site

from factcheck.standards import site_in_step

from .factories import make_public_claim

pytestmark = pytest.mark.django_db


def test_it_names_the_newsrooms_address_and_name(settings):
    settings.FACTDESK_NEWSROOM_URL = "https://checks.example.org/"
    settings.FACTDESK_NEWSROOM_NAME = "Example Checks"
    site_in_step()
    assert (Site.objects.get_current().domain, Site.objects.get_current().name) == (
        "checks.example.org",
        "Example Checks",
    )


def test_the_sitemap_links_the_newsrooms_address_whatever_host_is_asked(client, settings):
    settings.ALLOWED_HOSTS = ["other.example"]
    settings.FACTDESK_NEWSROOM_URL = "https://checks.example.org/"
    site_in_step()
    claim = make_public_claim()
    body = client.get("/sitemap.xml", HTTP_HOST="other.example").content.decode()
    assert "other.example" not in body
    assert f"://checks.example.org/claims/{claim.pk}/" in body


def test_the_feed_links_the_newsrooms_address(client, settings):
    settings.FACTDESK_NEWSROOM_URL = "https://checks.example.org/"
    site_in_step()
    assert "<link>https://checks.example.org/</link>" in client.get("/feeds/fact-checks/").content.decode()
