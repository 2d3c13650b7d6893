"""Throttles per anonymous caller and per user, at the rates in settings: 429 with Retry-After."""

import pytest
from django.core.cache import cache

from .callers import API, client_for


@pytest.fixture
def tiny_rates(settings, no_throttling):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": "3/minute"},
    }
    cache.clear()


def test_the_default_rates_come_from_the_environment():
    from config import settings as config

    assert config.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] == {"anon": "60/minute", "user": "600/minute"}


def test_anonymous_callers_are_throttled(desk, client, tiny_rates):
    assert [client.get(f"{API}claims/").status_code for _ in range(2)] == [200, 200]
    refused = client.get(f"{API}ratings/")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "throttled" in refused.json()["detail"]


def test_signed_in_callers_have_their_own_rate(desk, client, tiny_rates):
    client = client_for("token", desk, client)
    assert [client.get(f"{API}claims/").status_code for _ in range(3)] == [200, 200, 200]
    refused = client.get(f"{API}claims/")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0


def test_each_user_is_counted_separately(desk, client, tiny_rates):
    for _ in range(3):
        client_for("token", desk, client).get(f"{API}claims/")
    client.defaults.pop("HTTP_AUTHORIZATION")
    editor = client_for("editor", desk, client)
    assert editor.get(f"{API}claims/").status_code == 200


def test_writes_are_refused_before_they_count(desk, client, tiny_rates):
    assert [client.post(f"{API}claims/").status_code for _ in range(5)] == [405] * 5
    assert client.get(f"{API}claims/").status_code == 200


def test_a_forged_forwarded_for_header_does_not_escape_the_throttle(desk, client, tiny_rates):
    statuses = [
        client.get(f"{API}claims/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(3)
    ]
    assert statuses == [200, 200, 429]
