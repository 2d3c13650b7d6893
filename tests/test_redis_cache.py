"""The Redis cache with one redis-py client per server (config/cache.py): the same answers as
Django's, without building a client for every command. Needs Redis on 127.0.0.1:6379."""

import threading
import uuid

import pytest
import redis

from config.cache import RedisCache

from .conftest import worker_redis_url

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


def test_it_reads_one_value_as_djangos_does(store):
    store.set("token", "abc")
    assert store.get("token") == "abc"
    assert store.get("gone", "default") == "default"


def test_reads_go_through_the_threads_own_connection_not_the_pool(store, monkeypatch):
    store.set("token", "abc")
    pool = store._cache._get_connection_pool(False)
    with monkeypatch.context() as patched:
        patched.setattr(pool, "get_connection", lambda *args, **kwargs: pytest.fail("took from the pool"))
        assert store.get_many(["token"]) == {"token": "abc"}
        assert store.get("token") == "abc"


def test_a_change_made_elsewhere_is_read_at_once(store):
    other = RedisCache(LOCATION, {"KEY_PREFIX": store.key_prefix})
    store.set("token", "before")
    assert store.get("token") == "before"
    other.set("token", "after")
    assert store.get_many(["token"]) == {"token": "after"}


def test_a_read_on_a_dropped_connection_is_answered_and_the_next_reconnects(store):
    store.set("token", "abc")
    store.get("token")
    store._cache._readers.connection._sock.close()  # as if Redis had closed it
    assert store.get("token") == "abc"
    assert store.get_many(["token"]) == {"token": "abc"}


def test_a_forked_process_makes_its_own_connection(store):
    store.get("token")
    first = store._cache._readers.connection
    store._cache._readers.pid = -1  # as os.getpid() differs in a child
    store.get("token")
    assert store._cache._readers.connection is not first


def test_each_thread_reads_on_its_own_connection(store):
    store.get("token")
    seen = []
    thread = threading.Thread(
        target=lambda: seen.append((store.get("token"), store._cache._readers.connection))
    )
    thread.start()
    thread.join()
    assert seen[0][1] is not store._cache._readers.connection


def test_reading_no_keys_asks_nothing(store, monkeypatch):
    monkeypatch.setattr(store._cache, "_read", lambda *command: pytest.fail(f"asked {command}"))
    assert store.get_many([]) == {}


def test_a_key_memcached_could_not_store_is_read_without_a_warning(store, recwarn):
    store.set("token with spaces", "abc")
    assert store.get_many(["token with spaces"]) == {"token with spaces": "abc"}
    store.delete("token with spaces")
    assert not [warning for warning in recwarn if "memcached" in str(warning.message)]


@pytest.mark.parametrize(
    ("url", "worker", "own"),
    [
        ("redis://127.0.0.1:6379/0", "gw0", "redis://127.0.0.1:6379/1"),
        ("redis://127.0.0.1:6379/0", "gw1", "redis://127.0.0.1:6379/2"),
        ("redis://127.0.0.1:6379", "gw0", "redis://127.0.0.1:6379/1"),
        ("redis://:secret@cache.internal:6380/4", "gw3", "redis://:secret@cache.internal:6380/8"),
    ],
)
def test_each_test_worker_has_a_redis_database_of_its_own(url, worker, own):
    assert worker_redis_url(url, worker) == own
