"""Withdrawing one verdict replaces exactly the cached answers that showed it: its claim page,
its article, the front page, feeds and sitemap, the API's detail and lists; another briefing's
pages stay cached."""

import pytest
from django.urls import reverse

from factcheck import services

from .conftest import is_hit

pytestmark = pytest.mark.django_db
API = "/api/v1/"


def warm(client, *urls):
    for url in urls:
        client.get(url)
    assert all(is_hit(client, url) for url in urls)


def withdraw(desk):
    services.withdraw_claim(claim=desk.claim, user=desk.editor, reason="Misread figures.")


def test_a_cached_claim_page_answers_410_after_withdrawal(client, desk):
    url = reverse("claim", args=[desk.claim_pk])
    warm(client, url)
    withdraw(desk)
    assert client.get(url).status_code == 410


def test_a_cached_article_loses_the_verdict_after_withdrawal(client, desk):
    url = desk.briefing.get_absolute_url()
    warm(client, url)
    withdraw(desk)
    assert reverse("claim", args=[desk.claim_pk]) not in client.get(url).text


def test_the_cached_front_page_feeds_and_sitemap_are_replaced(client, desk):
    lists = [reverse("home"), reverse("feed-rss"), reverse("django.contrib.sitemaps.views.sitemap")]
    warm(client, *lists)
    withdraw(desk)
    assert not any(is_hit(client, url) for url in lists)


def test_the_apis_cached_detail_and_list_are_replaced(client, desk):
    detail, listing = f"{API}claims/{desk.claim_pk}/", f"{API}claims/"
    warm(client, detail, listing)
    withdraw(desk)
    assert client.get(detail).status_code == 410
    assert desk.claim_pk not in [claim["id"] for claim in client.get(listing).json()["results"]]


def test_another_briefings_claim_page_stays_cached(client, desk):
    url = reverse("claim", args=[desk.other_claim_pk])
    warm(client, url)
    withdraw(desk)
    assert is_hit(client, url)
