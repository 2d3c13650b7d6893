"""Answers the public cache does not keep are gzipped too, for callers who accept gzip and hold
no session: a token caller's, the schema's, and an address padded with a parameter the list does
not read (`_=…`). A session's answers stay as rendered (a cookie a cross-site page can make the
browser send: compression would leak what they hold, BREACH)."""

import gzip

from .callers import API, client_for

GZIP = {"Accept-Encoding": "gzip"}


def test_a_token_callers_list_is_gzipped(desk, client):
    url = f"{API}claims/?include=unpublished&page_size=200"
    caller = client_for("token", desk, client)
    plain = caller.get(url)
    zipped = caller.get(url, headers=GZIP)
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content


def test_an_address_the_cache_does_not_keep_is_gzipped(desk, client):
    url = f"{API}claims/?_=1"
    plain = client.get(url)
    zipped = client.get(url, headers=GZIP)
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content


def test_the_schema_is_gzipped(client):
    zipped = client.get("/api/schema/", headers=GZIP)
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content).startswith(b"openapi:")


def test_a_gzipped_answer_has_its_own_etag_and_revalidates_with_it(desk, client):
    url = f"{API}claims/?_=1"
    plain_etag = client.get(url)["ETag"]
    zipped_etag = client.get(url, headers=GZIP)["ETag"]
    assert zipped_etag != plain_etag
    assert client.get(url, headers={**GZIP, "If-None-Match": zipped_etag}).status_code == 304
    assert client.get(url, headers={**GZIP, "If-None-Match": plain_etag}).status_code == 200


def test_a_gzipped_answer_varies_by_accept_encoding(desk, client):
    assert "Accept-Encoding" in client.get(f"{API}claims/?_=1", headers=GZIP)["Vary"]


def test_a_session_callers_answer_is_sent_as_rendered(desk, client):
    caller = client_for("checker", desk, client)
    response = caller.get(f"{API}claims/?include=unpublished", headers=GZIP)
    assert "Content-Encoding" not in response.headers
