"""Gzip only for callers who accept it: `q=0` refuses a coding (RFC 9110 §12.5.3)."""

import gzip

from .callers import API

REFUSES_GZIP = {"Accept-Encoding": "gzip;q=0, identity"}


def test_a_caller_who_refuses_gzip_is_sent_json_as_rendered(desk, client):
    url = f"{API}claims/{desk.public_claims[0].pk}/"
    for _ in range(2):  # the miss that stores the answer, then the hit
        response = client.get(url, headers=REFUSES_GZIP)
        assert "Content-Encoding" not in response.headers
        assert response.json()["id"] == desk.public_claims[0].pk


def test_a_caller_who_weighs_gzip_above_zero_is_sent_it_gzipped(desk, client):
    url = f"{API}claims/{desk.public_claims[0].pk}/"
    plain = client.get(url)
    response = client.get(url, headers={"Accept-Encoding": "identity;q=1, GZIP;q=0.5"})
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == plain.content
