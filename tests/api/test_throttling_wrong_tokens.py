"""A request with a token the API refuses counts against its address's anonymous rate.

DRF settles who is asking before it counts, and a wrong token ended the request there with a 401:
no throttle ever saw it. So anyone could send `Authorization: Token <anything>` without limit,
each a query for the key, where the same address without a header was held to API_ANON_RATE,
and guess keys as fast as the server answered. Now such a request is counted as the anonymous
caller it is, and past the rate is told to wait (429), as a plain anonymous one is."""

import pytest
from django.core.cache import cache

from .callers import API

WRONG = "0" * 40


@pytest.fixture
def tiny_rates(settings, no_throttling, steady_window):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": "3/minute"},
    }
    cache.clear()


def wrong_token(client, scheme="Token", key=WRONG):
    return client.get(f"{API}claims/", HTTP_AUTHORIZATION=f"{scheme} {key}")


def test_wrong_tokens_past_the_anonymous_rate_are_told_to_wait(desk, client, tiny_rates):
    statuses = [wrong_token(client).status_code for _ in range(3)]
    assert statuses == [401, 401, 429]


def test_the_refusal_past_the_rate_says_when_to_come_back_in_json(desk, client, tiny_rates):
    for _ in range(2):
        wrong_token(client)
    refused = wrong_token(client)
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "throttled" in refused.json()["detail"]


def test_wrong_tokens_share_the_rate_of_their_address(desk, client, tiny_rates):
    for _ in range(2):
        wrong_token(client)
    assert client.get(f"{API}claims/").status_code == 429


def test_a_wrong_bearer_token_is_counted_as_a_wrong_token_is(desk, client, tiny_rates):
    statuses = [wrong_token(client, "Bearer").status_code for _ in range(3)]
    assert statuses == [401, 401, 429]


def test_a_malformed_authorization_header_is_counted_too(desk, client, tiny_rates):
    statuses = [wrong_token(client, key="two words").status_code for _ in range(3)]
    assert statuses == [401, 401, 429]


def test_a_deactivated_users_token_is_counted_too(desk, client, tiny_rates):
    user = desk.users["token"]
    user.is_active = False
    user.save()
    statuses = [wrong_token(client, key=desk.token_key).status_code for _ in range(3)]
    assert statuses == [401, 401, 429]


def test_below_the_rate_a_wrong_token_is_still_refused_as_invalid(desk, client, tiny_rates):
    response = wrong_token(client)
    assert (response.status_code, response.json()) == (401, {"detail": "Invalid token."})


def test_another_address_keeps_its_own_rate(desk, client, tiny_rates):
    for _ in range(3):
        wrong_token(client)
    assert client.get(f"{API}claims/", REMOTE_ADDR="198.51.100.7").status_code == 200


def test_a_write_with_a_wrong_token_is_still_405_and_uncounted(desk, client, tiny_rates):
    statuses = [
        client.post(f"{API}claims/", HTTP_AUTHORIZATION=f"Token {WRONG}").status_code for _ in range(3)
    ]
    assert statuses == [405] * 3
    assert client.get(f"{API}claims/").status_code == 200
