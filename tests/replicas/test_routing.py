"""config/replicas.py: with a read replica, anonymous readers' safe requests read it; writes, the
desk, and a browser that has just written read the primary (docs/scaling.md)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache.backends.db import DatabaseCache
from django.http import HttpResponse
from django.test import RequestFactory

from briefings.models import Statement
from config.replicas import PIN_COOKIE, ReplicaReadsMiddleware, ReplicaRouter, replica_reads
from factcheck.models import Claim
from factcheck.models.counters import WindowCount

ROOT = Path(__file__).resolve().parent.parent.parent
router = ReplicaRouter()


@pytest.fixture
def replica(settings):
    settings.READ_REPLICA = "replica"


def where_reads_go(request):
    """Run `request` through the middleware and say where a claim would have been read from."""
    seen = []

    def view(request):
        seen.append(router.db_for_read(Claim))
        return HttpResponse(status=403 if request.path == "/refused/" else 200)

    response = ReplicaReadsMiddleware(view)(request)
    return seen[0], response


def test_it_reads_content_from_the_replica_inside_replica_reads(replica):
    with replica_reads():
        assert (router.db_for_read(Claim), router.db_for_read(Statement)) == ("replica", "replica")


def test_it_reads_the_primary_outside_replica_reads(replica):
    assert router.db_for_read(Claim) == "default"


def test_it_never_reads_sessions_or_the_cache_table_from_the_replica(replica):
    with replica_reads():
        assert router.db_for_read(Session) == "default"
        assert router.db_for_read(DatabaseCache("t", {}).cache_model_class) == "default"


def test_it_never_reads_the_throttles_window_counts_from_the_replica(replica):
    with replica_reads():
        assert router.db_for_read(WindowCount) == "default"


def test_it_writes_to_the_primary_even_inside_replica_reads(replica):
    with replica_reads():
        assert router.db_for_write(Claim) == "default"


def test_it_migrates_the_primary_only():
    assert (router.allow_migrate("default", "factcheck"), router.allow_migrate("replica", "factcheck")) == (
        True,
        False,
    )


def test_it_reads_the_primary_when_no_replica_is_configured():
    with replica_reads():
        assert router.db_for_read(Claim) == "default"


def test_an_anonymous_readers_page_reads_the_replica(replica):
    assert where_reads_go(RequestFactory().get("/claims/1/"))[0] == "replica"


def test_a_signed_in_request_reads_the_primary(replica):
    request = RequestFactory().get("/claims/1/")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "any"
    assert where_reads_go(request)[0] == "default"


def test_a_write_reads_the_primary_and_pins_the_browser_for_the_tolerated_lag(replica):
    read_from, response = where_reads_go(RequestFactory().post("/accounts/login/"))
    assert (read_from, response.cookies[PIN_COOKIE]["max-age"]) == ("default", settings.REPLICA_LAG_TOLERANCE)


def test_a_refused_write_pins_nothing(replica):
    assert PIN_COOKIE not in where_reads_go(RequestFactory().post("/refused/"))[1].cookies


def test_a_pinned_browser_reads_the_primary(replica):
    request = RequestFactory().get("/claims/1/")
    request.COOKIES[PIN_COOKIE] = "1"
    assert where_reads_go(request)[0] == "default"


def replica_settings(replica_url=None):
    """What config.settings makes of DATABASE_REPLICA_URL, read in a process of its own."""
    code = (
        "from config import settings as s; print('replica' in s.DATABASES, getattr(s, 'DATABASE_ROUTERS', []),"
        " 'config.replicas.ReplicaReadsMiddleware' in s.MIDDLEWARE)"
    )
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_REPLICA_URL"}
    if replica_url:
        environment["DATABASE_REPLICA_URL"] = replica_url
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    return result.stdout


def test_the_settings_add_the_replica_router_and_middleware_only_when_asked():
    assert (replica_settings(), replica_settings("postgres://reader@replica.internal:5432/factdesk")) == (
        "False [] False\n",
        "True ['config.replicas.ReplicaRouter'] True\n",
    )


def test_a_server_with_a_replica_sends_each_request_where_it_belongs():
    """The whole stack with a second database alias (a mirror of the test database standing in
    for the replica): tests/replicas/replica_run.py, in its own process, on this run's engine."""
    environment = dict(os.environ)
    if os.environ.get("DATABASE_URL"):  # its own database: this run holds test_<name>
        environment["DATABASE_URL"] = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + "/factdesk_replica_run"
    environment["DATABASE_REPLICA_URL"] = environment.get("DATABASE_URL") or "sqlite:///unused-mirror.sqlite3"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-o",
            "addopts=",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/replicas/replica_run.py",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "6 passed" in result.stdout
