"""Caches that cannot be reached, as when Redis is down: every command refused at once."""

from contextlib import contextmanager

#: Nothing listens on port 1.
UNREACHABLE = {"BACKEND": "config.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}


@contextmanager
def stores_down(settings, *names):
    """The caches `names` unreachable within the block. Restored on leaving it, before the
    autouse fixtures empty every cache (a Redis nobody answers cannot be emptied)."""
    working = settings.CACHES
    settings.CACHES = {**working, **dict.fromkeys(names, UNREACHABLE)}
    try:
        yield
    finally:
        settings.CACHES = working
