"""One page, one stored copy: an address spelled otherwise than the site writes it is answered but
never kept, so nobody can fill the store (and push real pages out of it) by spelling one page in
endless ways: zero-padded numbers, repeated or re-encoded parameters, parameters the view does not
read, a rating the article does not show, an Accept header the API reads the same way."""

import pytest

from factcheck.caching import generations

from .conftest import is_hit, stored

pytestmark = pytest.mark.django_db

API = "/api/v1/"


def article(desk, query=""):
    return f"/briefings/{desk.briefing.slug}/{query}"


def rating_of(desk):
    return desk.claim.live_version.rating_slug


def test_an_article_filtered_by_a_rating_it_shows_is_kept(client, desk):
    url = article(desk, f"?rating={rating_of(desk)}")
    client.get(url)
    assert is_hit(client, url)


#: Spellings of a page the site never writes, each answered and never kept: (why, address).
NOT_KEPT = {
    "a rating the article does not show": lambda desk: article(desk, "?rating=no-such-rating-1"),
    "a zero-padded page number": lambda desk: "/?page=01",
    "a parameter given twice": lambda desk: article(
        desk, f"?rating={rating_of(desk)}&rating={rating_of(desk)}"
    ),
    "a parameter in percent escapes": lambda desk: article(desk, f"?%72ating={rating_of(desk)}"),  # %72: "r"
    "a stray separator": lambda desk: article(desk, "?&"),
    "an api list padded with a parameter it does not read": lambda desk: f"{API}claims/?utm_source=x",
    "an api detail padded with a list's parameter": lambda desk: f"{API}claims/{desk.claim_pk}/?page_size=5",
}


@pytest.mark.parametrize("spelling", NOT_KEPT)
def test_a_spelling_the_site_never_writes_is_answered_but_not_kept(client, desk, spelling):
    url = NOT_KEPT[spelling](desk)
    assert client.get(url).status_code == 200
    assert not stored(url)


def test_an_api_list_filtered_by_a_parameter_it_reads_is_kept(client, desk):
    url = f"{API}claims/?rating={rating_of(desk)}&page_size=5"
    client.get(url)
    assert is_hit(client, url)


def test_callers_spelling_accept_otherwise_share_one_copy(client, desk):
    url = f"{API}claims/{desk.claim_pk}/"
    client.get(url, headers={"Accept": "application/json, text/plain, */*"})
    assert is_hit(client, url, Accept="*/*")


def test_an_accept_header_with_parameters_of_its_own_shares_the_copy(client, desk):
    url = f"{API}claims/{desk.claim_pk}/"
    client.get(url)
    assert is_hit(client, url, Accept="application/json; charset=utf-8; q=0.9; x=1")


def test_indented_json_is_kept_apart_from_plain_json(client, desk):
    url = f"{API}claims/{desk.claim_pk}/"
    plain = client.get(url).content
    indented = client.get(url, headers={"Accept": "application/json; indent=4"}).content
    assert indented != plain
    assert client.get(url).content == plain


def test_the_same_bytes_carry_one_etag_however_accept_is_spelled(client, desk):
    url = f"{API}claims/{desk.claim_pk}/"
    first = client.get(url, headers={"Accept": "application/json; x=1"})["ETag"]
    generations.store().clear()  # the next answer is rendered afresh
    assert client.get(url)["ETag"] == first


def test_a_host_on_another_port_is_answered_but_not_kept(client, desk):
    url = article(desk)
    assert client.get(url, headers={"Host": "testserver:1"}).status_code == 200
    assert not stored(url, Host="testserver:1")


def test_a_host_in_capitals_is_not_kept(client, desk):
    url = article(desk)
    assert client.get(url, headers={"Host": "TestServer"}).status_code == 200
    assert not stored(url, Host="TestServer")


def test_a_host_with_the_servers_own_port_is_kept(client, desk):
    url = article(desk)
    client.get(url, headers={"Host": "testserver:80"})
    assert stored(url, Host="testserver:80")


@pytest.mark.parametrize("path", ["/", "/claims/1/", "/feeds/fact-checks/"])
def test_a_host_not_allowed_is_refused_with_the_security_headers(client, desk, path):
    """The public cache, outermost, asks for the host first: the refusal must still pass through
    the security, CSP and Permissions-Policy middleware, as it does under /api/ and /admin/."""
    response = client.get(path, HTTP_HOST="evil.example")

    assert response.status_code == 400
    assert {"Content-Security-Policy", "Permissions-Policy", "X-Content-Type-Options"} <= set(
        response.headers
    )
