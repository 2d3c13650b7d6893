"""Reads from a PostgreSQL read replica, when one is configured (DATABASE_REPLICA_URL).

Readers' pages are the load that grows; the desk is a few dozen people. So a request reads the
replica only when it is an anonymous reader's safe request (GET, HEAD, OPTIONS) and the same
browser did not write in the last REPLICA_LAG_TOLERANCE seconds. Everything else reads the
primary: any request that writes, any request carrying a session (the desk, previews, a signed-in
editor looking at the public article they just published), and, for the tolerance after a write, a
browser holding the pin cookie the write set. Lag beyond the tolerance shows a reader a page as it
was a moment ago, never the desk a stale version to save over (the desk always reads the primary).

Only the newsroom's content is read from the replica; sessions, sign-in attempts, the cache and
throttle tables and the admin's log are always the primary's, so a count or a lock never lags.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"
PIN_COOKIE = "factdesk_primary"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
REPLICATED_APPS = frozenset({"briefings", "factcheck", "auth", "contenttypes", "flatpages", "sites"})
# Tables of those apps that are counts, not content: read where they are written.
PRIMARY_TABLES = frozenset({"factdesk_window_count"})
_reads_from_replica = ContextVar("reads_from_replica", default=False)


def replica_configured():
    return settings.READ_REPLICA == REPLICA


@contextmanager
def replica_reads():
    """Inside the block, content reads go to the replica (when there is one)."""
    token = _reads_from_replica.set(True)
    try:
        yield
    finally:
        _reads_from_replica.reset(token)


def may_read_replica(request):
    """Whether `request` may see data up to REPLICA_LAG_TOLERANCE seconds old."""
    return (
        request.method in SAFE_METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and PIN_COOKIE not in request.COOKIES
    )


class ReplicaRouter:
    """Content reads to the replica inside `replica_reads()`; all writes, and every other read, to
    the primary. Migrations run on the primary only (the replica copies them)."""

    def db_for_read(self, model, **hints):
        if (
            _reads_from_replica.get()
            and model._meta.app_label in REPLICATED_APPS
            and model._meta.db_table not in PRIMARY_TABLES
            and replica_configured()
        ):
            return REPLICA
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, copied: an object from either side is the same row

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


class ReplicaReadsMiddleware:
    """Decide, per request, where reads go; after a request that wrote, pin the browser to the
    primary for the tolerated lag, so its next pages show what it just did."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_configured():
            return self.get_response(request)
        if may_read_replica(request):
            request.reads_replica = True  # the page cache stores no answer that may lag a change
            with replica_reads():
                return self.get_response(request)
        response = self.get_response(request)
        if request.method not in SAFE_METHODS and response.status_code < 400:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.REPLICA_LAG_TOLERANCE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
