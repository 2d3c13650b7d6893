"""Cross-origin reads: the API is public and read-only, so a partner's web page may call it from
a browser (any origin, never with the reader's cookies); the site's own pages and the desk send no
such headers."""

from .callers import API

ELSEWHERE = {"HTTP_ORIGIN": "https://partner.example"}


def preflight(client, method="GET", headers="authorization"):
    return client.options(
        f"{API}claims/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD=method,
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS=headers,
    )


def test_an_api_answer_may_be_read_by_any_origin(desk, client):
    response = client.get(f"{API}claims/", **ELSEWHERE)
    assert response["Access-Control-Allow-Origin"] == "*"


def test_it_never_lets_another_origin_send_the_readers_cookies(desk, client):
    response = client.get(f"{API}claims/", **ELSEWHERE)
    assert "Access-Control-Allow-Credentials" not in response


def test_a_cached_answer_may_be_read_by_any_origin_too(desk, client):
    client.get(f"{API}claims/")
    response = client.get(f"{API}claims/", **ELSEWHERE)
    assert response["Access-Control-Allow-Origin"] == "*"


def test_it_shows_a_page_the_headers_a_sync_reads(desk, client):
    exposed = client.get(f"{API}claims/", **ELSEWHERE)["Access-Control-Expose-Headers"].lower()
    for header in ("etag", "date", "retry-after"):
        assert header in exposed


def test_a_preflight_allows_a_token_and_conditional_headers(desk, client):
    allowed = preflight(client, headers="authorization, if-none-match")["Access-Control-Allow-Headers"]
    assert {"authorization", "if-none-match"} <= {name.strip() for name in allowed.lower().split(",")}


def test_a_preflight_allows_reading_methods_only(desk, client):
    methods = {
        name.strip() for name in preflight(client, method="POST")["Access-Control-Allow-Methods"].split(",")
    }
    assert methods == {"GET", "HEAD", "OPTIONS"}


def test_an_error_answer_may_be_read_by_another_origin(desk, client):
    response = client.get(f"{API}claims/?min_check_worthiness=many", **ELSEWHERE)
    assert response.status_code == 400
    assert response["Access-Control-Allow-Origin"] == "*"


def test_a_public_page_sends_no_cross_origin_headers(desk, client):
    response = client.get("/", **ELSEWHERE)
    assert "Access-Control-Allow-Origin" not in response


def test_the_desk_sends_no_cross_origin_headers(desk, client):
    response = client.get("/admin/", **ELSEWHERE)
    assert "Access-Control-Allow-Origin" not in response
