"""`Authorization: Bearer <key>` is the same API token as `Authorization: Token <key>`: the same
user, the same revocation, the same throttle, the same privacy of answers and the same 401. It
used to be ignored: the caller was read as anonymous, without a word."""

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token

from .callers import API, results


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def token(key):
    return {"HTTP_AUTHORIZATION": f"Token {key}"}


@pytest.fixture
def key(desk):
    return desk.token_key


def test_a_bearer_token_reads_unpublished_work_as_its_user(desk, client, key):
    response = client.get(f"{API}claims/{desk.draft_claim.pk}/", {"include": "unpublished"}, **bearer(key))
    assert (response.status_code, response.json()["id"]) == (200, desk.draft_claim.pk)


def test_the_scheme_is_read_in_any_case(desk, client, key):
    response = client.get(f"{API}claims/", {"include": "unpublished"}, HTTP_AUTHORIZATION=f"bearer {key}")
    assert response.status_code == 200


def test_a_bearer_token_lists_what_the_same_token_lists(desk, client, key):
    as_bearer = results(
        client.get(f"{API}claims/", {"include": "unpublished", "page_size": 200}, **bearer(key))
    )
    as_token = results(
        client.get(f"{API}claims/", {"include": "unpublished", "page_size": 200}, **token(key))
    )
    assert as_bearer == as_token


def test_an_invalid_bearer_token_gets_the_json_401_of_an_invalid_token(desk, client):
    as_bearer = client.get(f"{API}claims/", **bearer("not-a-real-token"))
    as_token = client.get(f"{API}claims/", **token("not-a-real-token"))
    assert (as_bearer.status_code, as_bearer.json()) == (as_token.status_code, as_token.json())


def test_an_invalid_bearer_token_is_refused_with_401(desk, client):
    response = client.get(f"{API}claims/", **bearer("not-a-real-token"))
    assert (response.status_code, response.json()) == (401, {"detail": "Invalid token."})


def test_a_401_to_a_bearer_caller_challenges_with_bearer(desk, client):
    """RFC 6750, section 3: the challenge names the scheme the caller used."""
    response = client.get(f"{API}claims/", **bearer("not-a-real-token"))
    assert response["WWW-Authenticate"] == "Bearer"


def test_a_bearer_header_without_a_key_is_refused_as_a_token_header_is(desk, client):
    as_bearer = client.get(f"{API}claims/", HTTP_AUTHORIZATION="Bearer")
    as_token = client.get(f"{API}claims/", HTTP_AUTHORIZATION="Token")
    assert (as_bearer.status_code, as_bearer.json()) == (401, as_token.json())


def test_a_revoked_token_sent_as_bearer_reads_nothing(desk, client, key):
    Token.objects.filter(user=desk.users["token"]).delete()
    assert client.get(f"{API}claims/", **bearer(key)).status_code == 401


def test_a_deactivated_users_bearer_token_reads_nothing(desk, client, key):
    desk.users["token"].is_active = False
    desk.users["token"].save()
    assert client.get(f"{API}claims/", **bearer(key)).status_code == 401


def test_bearer_and_token_requests_count_against_one_users_rate(
    desk, client, key, settings, no_throttling, steady_window
):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100/minute", "user": "2/minute"},
    }
    cache.clear()
    statuses = [client.get(f"{API}ratings/", **headers).status_code for headers in (token(key), bearer(key))]
    assert statuses + [client.get(f"{API}ratings/", **bearer(key)).status_code] == [200, 200, 429]


def test_a_bearer_holders_answer_is_as_private_as_a_token_holders(desk, client, key):
    url = f"{API}claims/{desk.draft_claim.pk}/?include=unpublished"
    as_bearer = client.get(url, **bearer(key))["Cache-Control"]
    assert "private" in as_bearer.split(", ")
    assert as_bearer == client.get(url, **token(key))["Cache-Control"]


def test_a_bearer_holders_page_in_the_browsable_api_is_not_stored(desk, client, key):
    url = f"{API}claims/{desk.draft_claim.pk}/?include=unpublished"
    response = client.get(url, HTTP_ACCEPT="text/html", **bearer(key))
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))


def test_a_bearer_token_still_gets_405_for_a_write(desk, client, key):
    assert client.post(f"{API}claims/", **bearer(key)).status_code == 405


def test_another_scheme_is_still_read_as_anonymous(desk, client):
    response = client.get(f"{API}claims/", {"include": "unpublished"}, HTTP_AUTHORIZATION="Basic eDp5")
    assert response.status_code == 401
