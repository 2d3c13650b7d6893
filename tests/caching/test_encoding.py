"""Gzip for readers who accept it: stored and sent gzipped, with its own length and ETag, while
readers who do not accept it are sent the page as it was rendered; both carry Vary."""

import gzip

import pytest
from django.urls import reverse

from .conftest import fetch, is_hit

pytestmark = pytest.mark.django_db

GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def article(desk):
    return desk.briefing.get_absolute_url()


def test_a_reader_who_accepts_gzip_is_sent_the_page_gzipped(client, desk):
    plain = client.get(article(desk))
    zipped = client.get(article(desk), headers=GZIP)
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert int(zipped["Content-Length"]) == len(zipped.content) < len(plain.content)


def test_a_reader_who_does_not_accept_gzip_is_sent_the_page_as_rendered(client, desk):
    client.get(article(desk), headers=GZIP)  # the gzipped copy is stored first
    plain = client.get(article(desk), headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    assert b"<html" in plain.content
    assert int(plain["Content-Length"]) == len(plain.content)


def test_the_gzipped_copy_is_a_hit_that_looks_like_the_miss_that_stored_it(client, desk):
    for url in (article(desk), reverse("claim", args=[desk.claim_pk]), reverse("feed-rss")):
        miss = client.get(url, headers=GZIP)
        assert is_hit(client, url, **GZIP), url
        hit = client.get(url, headers=GZIP)
        assert dict(hit.headers) == dict(miss.headers), url
        assert hit.content == miss.content, url


def test_both_encodings_say_they_vary_with_accept_encoding(client, desk):
    for headers in ({}, GZIP):
        miss, hit = client.get(article(desk), headers=headers), client.get(article(desk), headers=headers)
        for response in (miss, hit):
            assert "Accept-Encoding" in response["Vary"]
            assert "Cookie" in response["Vary"]


def test_each_encoding_has_its_own_etag_and_answers_304_to_it(client, desk):
    plain_etag = client.get(article(desk))["ETag"]
    zipped_etag = client.get(article(desk), headers=GZIP)["ETag"]
    assert zipped_etag != plain_etag
    response, queries = fetch(client, article(desk), **GZIP, **{"If-None-Match": zipped_etag})
    assert (response.status_code, queries) == (304, 0)
    assert client.get(article(desk), headers={**GZIP, "If-None-Match": plain_etag}).status_code == 200


def test_an_api_answer_is_gzipped_for_a_caller_who_accepts_it(client, desk):
    url = f"/api/v1/claims/{desk.claim_pk}/"
    plain = client.get(url)
    zipped = client.get(url, headers=GZIP)
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
