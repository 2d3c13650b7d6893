"""The API is read-only for everyone: every endpoint × every write method × every role → 405.

405 comes before authentication, permissions and throttles, so no caller sees a 401, 403 or
429 instead: not an anonymous one, not one with a broken token, not a signed-in one without a
CSRF token.
"""

import pytest
from django.test import Client

from .callers import API, ROLES, client_for, public_objects

WRITES = ["post", "put", "patch", "delete"]


def readable(desk):
    """The API root and every endpoint, a list and a public object's detail each."""
    return [API, *public_objects(desk), f"{API}ratings/", f"{API}ratings/accurate/"]


def endpoints(desk):
    """Every address under /api/ that answers GET, and a claim only staff may read."""
    return [*readable(desk), f"{API}claims/{desk.draft_claim.pk}/", "/api/schema/", "/api/docs/"]


def refused(client, desk, **extra):
    """Every (method, url) that did not answer 405 with Allow: GET, HEAD, OPTIONS."""
    wrong = []
    for url in endpoints(desk):
        for method in WRITES:
            response = getattr(client, method)(
                url, data={"text": "rewritten"}, content_type="application/json", **extra
            )
            if response.status_code != 405 or response.headers.get("Allow") != "GET, HEAD, OPTIONS":
                wrong.append((method.upper(), url, response.status_code))
    return wrong


@pytest.mark.parametrize("role", ROLES)
def test_every_write_answers_405_for_every_role(role, desk, client):
    assert refused(client_for(role, desk, client), desk) == []


def test_include_unpublished_changes_nothing_for_writes(desk, client):
    client = client_for("admin", desk, client)
    url = f"{API}claims/{desk.draft_claim.pk}/?include=unpublished"
    assert client.delete(url).status_code == 405
    assert client.put(url, data={}, content_type="application/json").status_code == 405


def test_a_signed_in_browser_without_a_csrf_token_still_gets_405(desk):
    client = Client(enforce_csrf_checks=True)
    client.force_login(desk.users["editor"])
    assert refused(client, desk) == []


def test_a_broken_token_still_gets_405_not_401(desk, client):
    assert refused(client, desk, HTTP_AUTHORIZATION="Token not-a-real-token") == []
    assert refused(client, desk, HTTP_AUTHORIZATION="Token not-a-real-token", HTTP_ACCEPT="text/html") == []


def test_nothing_changed(desk, client):
    before = [(claim.pk, claim.text, claim.version) for claim in desk.public_claims]
    refused(client_for("admin", desk, client), desk)
    desk.public_claims[0].refresh_from_db()
    assert (desk.public_claims[0].pk, desk.public_claims[0].text, desk.public_claims[0].version) == before[0]


@pytest.mark.parametrize("role", ROLES)
def test_reads_are_allowed(role, desk, client):
    client = client_for(role, desk, client)
    for url in readable(desk):
        assert client.get(url, HTTP_ACCEPT="application/json").status_code == 200, url
        assert client.head(url, HTTP_ACCEPT="application/json").status_code == 200, url
        options = client.options(url, HTTP_ACCEPT="application/json")
        assert options.status_code == 200, url
        assert options.headers["Allow"] == "GET, HEAD, OPTIONS"


def test_the_schema_and_docs_are_readable(client, db):
    assert client.get("/api/schema/").status_code == 200
    assert client.get("/api/docs/", HTTP_ACCEPT="text/html").status_code == 200


def test_it_refuses_a_write_to_the_schema_in_json(client, db):
    response = client.post("/api/schema/")
    assert (response.status_code, response["Content-Type"]) == (405, "application/json")
    assert response.json() == {"detail": 'Method "POST" not allowed.'}


def test_it_refuses_an_unsatisfiable_accept_on_the_schema_in_json(client, db):
    response = client.get("/api/schema/", HTTP_ACCEPT="text/html")
    assert (response.status_code, response["Content-Type"]) == (406, "application/json")
    assert response.json() == {"detail": "Could not satisfy the request Accept header."}


def test_unknown_api_addresses_answer_json_404(client, db):
    for url in [
        "/api/v1/nothing-here/",
        "/api/v1/claims/not-a-number/",
        "/api/v1/claims/1.5/",
        "/api/v1/claims/%0A/",
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json() == {"detail": "Not found."}


def test_a_missing_trailing_slash_redirects_like_the_rest_of_the_site(client, db):
    response = client.get("/api/v1/claims", {"status": "published"})
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/claims/?status=published"
    assert client.get("/api/v1/nothing-here").status_code == 404
