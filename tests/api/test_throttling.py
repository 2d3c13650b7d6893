"""Throttles per anonymous caller and per user, at the rates in settings: 429 with Retry-After."""

import os

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from factcheck import windows
from factcheck.models import WindowCount, counters

from .callers import API, client_for


@pytest.fixture
def tiny_rates(settings, no_throttling, steady_window):
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


def test_an_anonymous_caller_is_held_to_the_anonymous_rate_alone(desk, client, settings, steady_window):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "5/minute", "user": "2/minute"},
    }
    cache.clear()
    assert [client.get(f"{API}ratings/").status_code for _ in range(6)] == [200] * 5 + [429]


def test_writes_are_refused_before_they_count(desk, client, tiny_rates):
    assert [client.post(f"{API}claims/").status_code for _ in range(5)] == [405] * 5
    assert client.get(f"{API}claims/").status_code == 200


def test_a_forged_forwarded_for_header_does_not_escape_the_throttle(desk, client, tiny_rates):
    statuses = [
        client.get(f"{API}claims/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(3)
    ]
    assert statuses == [200, 200, 429]


WITHOUT_REDIS = pytest.mark.skipif(
    bool(os.environ.get("REDIS_URL")), reason="with REDIS_URL the counts live in Redis"
)


def _counters():
    return dict(WindowCount.objects.values_list("caller", "hits"))


@WITHOUT_REDIS
def test_the_counts_live_in_a_store_every_worker_shares(desk, client, tiny_rates):
    """A worker's memory is its own; the database table is every worker's."""
    client.get(f"{API}claims/")
    assert isinstance(caches["throttle"], DatabaseCache)
    assert _counters() == {"throttle_anon_127.0.0.1": 1}


@WITHOUT_REDIS
def test_a_request_costs_one_counter_whatever_the_rate(desk, client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/day", "user": "100000/day"},
    }
    for _ in range(20):
        client.get(f"{API}ratings/")
    assert list(_counters().values()) == [20]  # one row per caller and window, not one per request


@WITHOUT_REDIS
def test_each_throttle_counts_in_one_statement(desk, client, tiny_rates, monkeypatch):
    monkeypatch.setattr(counters, "_next_prune", float("inf"))
    with CaptureQueriesContext(connection) as queries:
        client.get(f"{API}ratings/")
    counting = [query["sql"] for query in queries if "factdesk_" in query["sql"]]
    assert len(counting) == 1
    assert "ON CONFLICT" in counting[0]


def test_the_rate_holds_across_two_clients_from_one_address(desk, tiny_rates):
    first, second = Client(), Client()
    statuses = [first.get(f"{API}claims/").status_code, second.get(f"{API}claims/").status_code]
    assert statuses + [first.get(f"{API}claims/").status_code] == [200, 200, 429]


def test_a_new_window_counts_afresh(desk, client, tiny_rates, monkeypatch):
    now = [1_800_000_000.0]  # a minute's start
    monkeypatch.setattr(counters.time, "time", lambda: now[0])
    monkeypatch.setattr(windows.time, "time", lambda: now[0])
    assert [client.get(f"{API}claims/").status_code for _ in range(3)] == [200, 200, 429]
    now[0] += 60
    assert client.get(f"{API}claims/").status_code == 200


def test_the_wait_is_what_is_left_of_the_window(desk, client, tiny_rates, monkeypatch):
    now = [1_800_000_045.0]  # 15 seconds before a minute ends
    monkeypatch.setattr(counters.time, "time", lambda: now[0])
    monkeypatch.setattr(windows.time, "time", lambda: now[0])
    for _ in range(2):
        client.get(f"{API}claims/")
    assert client.get(f"{API}claims/")["Retry-After"] == "15"


@WITHOUT_REDIS
def test_rows_of_windows_long_ended_are_pruned(db, monkeypatch):
    monkeypatch.setattr(counters, "_next_prune", float("inf"))
    counters.count_hit("gone", 60, now=1_800_000_000)
    counters.count_hit("here", 60, now=1_800_000_100)
    monkeypatch.setattr(counters, "_next_prune", 0.0)
    counters.count_hit("here", 60, now=1_800_000_110)
    assert _counters() == {"here": 2}


@WITHOUT_REDIS
def test_a_caller_past_the_column_is_counted_by_its_digest(db):
    long = "203.0.113.1," * 40
    assert [counters.count_hit(long, 60, now=1_800_000_000)[0] for _ in range(2)] == [1, 2]


@pytest.fixture
def counts_unreachable(settings):
    working = settings.CACHES
    settings.CACHES = {
        **working,
        "throttle": {"BACKEND": "config.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"},
    }
    yield
    settings.CACHES = working


def test_a_caller_is_told_to_come_back_when_the_counts_cannot_be_read(
    desk, client, tiny_rates, counts_unreachable
):
    refused = client.get(f"{API}claims/")
    assert (refused.status_code, refused["Content-Type"], refused["Retry-After"]) == (
        503,
        "application/json",
        "30",
    )
    assert "try again" in refused.json()["detail"]


def test_the_wait_it_asks_for_follows_the_setting(desk, client, tiny_rates, counts_unreachable, settings):
    settings.FACTDESK_RETRY_AFTER = 5

    assert client.get(f"{API}claims/")["Retry-After"] == "5"


def test_counting_without_a_store_says_so(counts_unreachable):
    with pytest.raises(windows.CountsUnavailable):
        windows.count_in_window("anon:127.0.0.1", 60)
