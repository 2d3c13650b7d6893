"""Throttles per anonymous caller and per user, at the rates in settings: 429 with Retry-After."""

import os

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection

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


@pytest.mark.skipif(bool(os.environ.get("REDIS_URL")), reason="with REDIS_URL the counts live in Redis")
def test_the_counts_live_in_a_store_every_worker_shares(desk, client, tiny_rates):
    """A worker's memory is its own; the database table is every worker's."""
    client.get(f"{API}claims/")
    assert isinstance(caches["throttle"], DatabaseCache)
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM factdesk_throttle")
        assert cursor.fetchone()[0] >= 1


@pytest.mark.skipif(bool(os.environ.get("REDIS_URL")), reason="with REDIS_URL the counts live in Redis")
def test_a_request_costs_one_counter_whatever_the_rate(desk, client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/day", "user": "100000/day"},
    }
    for _ in range(20):
        client.get(f"{API}ratings/")
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM factdesk_throttle")
        assert (
            cursor.fetchone()[0] == 2
        )  # one counter per throttle (anonymous, user) and window, not 20 times
