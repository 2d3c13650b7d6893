"""Django's Redis cache, reusing one redis-py client per server instead of making one per command,
with reads on a connection of each thread's own.

Django's RedisCacheClient.get_client builds a new `redis.Redis` for every get, set and incr (about
85 µs of CPU each with redis-py 8, which copies its reply callbacks on every construction): a
public-cache hit reads the store twice, so Redis cost more than the file store. A client is
thread-safe and takes a connection from the same pool per command, so one per server is enough;
the commands, keys and values are Django's own.

Reads (`get`, `get_many`) go further: a public-cache hit is one MGET of its dependencies' tokens,
and through the client that round trip cost 60 µs of CPU, 17 µs of it the round trip itself; the
rest was redis-py taking a connection from the pool and giving it back, its retry wrapper and
reply callbacks (bench/redis_reads.py). So each thread keeps one connection of its own, outside
the pool, and sends its reads on it. Every read still goes to Redis, so a change made through
another worker or host is seen on the very next one. A read that fails drops that connection and
goes through the client, with its pool and retries, which raises as Django's would if Redis is
down.
"""

import os
import threading

import redis
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._readers = threading.local()

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client

    def get(self, key, default):
        value = self._read("GET", key)
        return default if value is None else self._serializer.loads(value)

    def get_many(self, keys):
        if not keys:
            return {}
        values = self._read("MGET", *keys)
        return {
            key: self._serializer.loads(value)
            for key, value in zip(keys, values, strict=True)
            if value is not None
        }

    def _read(self, *command):
        """`command`'s reply, read on this thread's own connection."""
        connection = self._reader()
        try:
            connection.send_command(*command)
            return connection.read_response()
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            self._drop_reader()
            return self.get_client(None).execute_command(*command)

    def _reader(self):
        """This thread's connection for reads, made on first use in this process (a connection
        made before a fork is never shared with the child), with the pool's own settings."""
        readers = self._readers
        if getattr(readers, "pid", None) != os.getpid():
            pool = self._get_connection_pool(False)
            readers.connection, readers.pid = pool.connection_class(**pool.connection_kwargs), os.getpid()
        return readers.connection

    def _drop_reader(self):
        readers = self._readers
        connection, readers.pid = getattr(readers, "connection", None), None
        if connection is not None:
            connection.disconnect()


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisCacheClient

    def validate_key(self, key):
        """Django's check warns of keys memcached could not store (a loop over every character of
        every key, about 2 µs a key, on every read); Redis stores any key, and these are the
        site's own (hashes, names), never a reader's text."""
