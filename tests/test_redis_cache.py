"""The Redis cache with one redis-py client per server (config/cache.py): the same answers as
Django's, without building a client for every command. Needs Redis on 127.0.0.1:6379."""

import uuid

import pytest
import redis

from config.cache import RedisCache

LOCATION = "redis://127.0.0.1:6379/7"


@pytest.fixture
def store():
    cache = RedisCache(LOCATION, {"KEY_PREFIX": f"factdesk-test-{uuid.uuid4().hex}"})
    try:
        cache.get("probe")
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    yield cache
    cache.delete_many(["answer", "token", "count"])


def test_every_command_goes_through_one_client(store):
    assert store._cache.get_client() is store._cache.get_client(write=True)


def test_it_stores_and_reads_as_djangos_does(store):
    store.set_many({"answer": {"body": b"<p>hi</p>"}, "token": "abc"}, timeout=None)
    assert store.get_many(["answer", "token", "gone"]) == {"answer": {"body": b"<p>hi</p>"}, "token": "abc"}
    assert store.add("token", "other") is False
    store.set("count", 1)
    assert store.incr("count") == 2
