"""Counts per caller and fixed window, shared by every worker, for the API's throttles and the
reader submissions' hourly limit when there is no Redis.

Django's DatabaseCache spent about ten statements and a write transaction per `add` or `incr`
(a cull COUNT, BEGIN IMMEDIATE, a SELECT, an INSERT or UPDATE), two of each per throttle: on
SQLite every anonymous API request held the write lock four times. Here a count is one statement,
an upsert that answers the new count, and one row per caller, reused from window to window."""

import hashlib
import time

from django.db import connections, models, router

# Rows of callers not seen since their window ended are deleted at most this often, per process.
PRUNE_EVERY = 60
_next_prune = 0.0


CALLER_LENGTH = 255


class WindowCount(models.Model):
    caller = models.CharField(max_length=CALLER_LENGTH, primary_key=True)
    period = models.BigIntegerField(help_text="The window counted: seconds since the epoch // its duration.")
    hits = models.PositiveIntegerField()
    ends_at = models.BigIntegerField(
        db_index=True, help_text="When the window ends, in seconds since the epoch."
    )

    class Meta:
        db_table = "factdesk_window_count"

    def __str__(self):
        return f"{self.caller}: {self.hits} in window {self.period}"


def atomic_counts_supported(connection):
    """An upsert that answers its row: SQLite 3.35 or later, PostgreSQL."""
    return connection.features.supports_update_conflicts_with_target and (
        connection.features.can_return_rows_from_bulk_insert
    )


def counter_connection():
    return connections[router.db_for_write(WindowCount)]


def count_hit(caller, duration, now=None):
    """Count one request of `caller` in the current window of `duration` seconds, in one statement
    (its own transaction when none is open); returns (the count in this window, when it ends)."""
    now = time.time() if now is None else now
    if len(caller) > CALLER_LENGTH:  # a long forwarded-for chain: its digest, a caller all the same
        caller = "sha256:" + hashlib.sha256(caller.encode()).hexdigest()
    period = int(now) // duration
    ends_at = (period + 1) * duration
    connection = counter_connection()
    table = connection.ops.quote_name(WindowCount._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (caller, period, hits, ends_at) VALUES (%s, %s, 1, %s) "
            f"ON CONFLICT (caller) DO UPDATE SET "
            f"hits = CASE WHEN {table}.period = excluded.period THEN {table}.hits + 1 ELSE 1 END, "
            f"period = excluded.period, ends_at = excluded.ends_at RETURNING hits",
            [caller, period, ends_at],
        )
        count = cursor.fetchone()[0]
    _prune(connection, table, now)
    return count, ends_at


def _prune(connection, table, now):
    """Delete the rows whose window ended, at most once every PRUNE_EVERY seconds per process."""
    global _next_prune
    if now < _next_prune:
        return
    _next_prune = now + PRUNE_EVERY
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE ends_at < %s", [int(now)])
