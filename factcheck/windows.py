"""Requests counted per caller in fixed windows, in the store every worker shares: the API's
throttles and the reader submissions' hourly limit; and values spent once (first_use: the readers'
form's signed start).

With Redis (REDIS_URL) the counts are the "throttle" cache's (SET NX, INCR: a round trip each).
Without it they are rows of factcheck.models.WindowCount, one upsert per count, rather than the
database cache's `add` and `incr`, which cost a write transaction each (see that module)."""

import logging
import time

from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache

from .models.counters import atomic_counts_supported, count_hit, counter_connection

logger = logging.getLogger(__name__)


class CountsUnavailable(Exception):
    """The store of counts did not answer (Redis down or timing out): nobody can tell how often a
    caller has asked. Each door refuses in its own way (the API with a 503, the readers' form with
    a message), rather than let everyone past its limit or answer with a server error."""


def count_in_window(caller, duration):
    """Count one request of `caller` in the current window of `duration` seconds; returns (its
    count in this window, when the window ends in seconds since the epoch). CountsUnavailable if
    the store cannot count."""
    try:
        return _count(caller, duration)
    except Exception as error:  # whatever the store raises
        logger.warning("Requests could not be counted (%s: %s).", type(error).__name__, error)
        raise CountsUnavailable(str(error)) from error


def first_use(key, duration):
    """Record `key` as used for `duration` seconds in the shared store (an atomic add: SET NX in
    Redis, an insert under the key's primary key in the database cache); True the first time,
    False while it is recorded. CountsUnavailable if the store cannot answer."""
    try:
        return caches["throttle"].add(f"used:{key}", 1, timeout=duration)
    except Exception as error:  # whatever the store raises
        logger.warning("A use could not be recorded (%s: %s).", type(error).__name__, error)
        raise CountsUnavailable(str(error)) from error


def _count(caller, duration):
    store = caches["throttle"]
    if isinstance(store, DatabaseCache) and atomic_counts_supported(counter_connection()):
        return count_hit(caller, duration)
    window = int(time.time()) // duration
    counter = f"{caller}:{window}"
    store.add(counter, 0, timeout=duration + 1)
    try:
        count = store.incr(counter)
    except ValueError:  # expired between add and incr
        store.set(counter, 1, timeout=duration + 1)
        count = 1
    return count, (window + 1) * duration
