"""When the public cache's store cannot be reached (Redis down, refusing or timing out), readers
get their pages from the database as if there were no cache, and nothing is kept; a change that
cannot move its tokens is refused, so that no page stored before it can be served after it."""

import json
import logging
import os
import subprocess
import sys

import pytest
import redis

from briefings.models import Briefing
from factcheck import services
from factcheck.caching import generations

from .conftest import stored

pytestmark = pytest.mark.django_db

#: Nothing listens on port 1: every command is refused at once.
UNREACHABLE = {"BACKEND": "config.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}


@pytest.fixture
def store_down(settings):
    working = settings.CACHES
    settings.CACHES = {**working, "pages": UNREACHABLE}
    yield
    settings.CACHES = working  # before the autouse fixture empties the store


def test_a_reader_gets_the_claim_page_from_the_database(client, desk, store_down):
    response = client.get(f"/claims/{desk.claim_pk}/")
    assert response.status_code == 200
    assert desk.claim.text in response.content.decode()


def test_a_reader_gets_the_front_page_and_the_feed(client, desk, store_down):
    statuses = [client.get(url).status_code for url in ("/", "/feeds/fact-checks/", "/sitemap.xml")]
    assert statuses == [200, 200, 200]


def test_an_api_caller_gets_the_answer_from_the_database(client, desk, store_down):
    response = client.get(f"/api/v1/claims/{desk.claim_pk}/")
    assert (response.status_code, response.json()["id"]) == (200, desk.claim_pk)


def test_a_conditional_request_is_still_answered_304(client, desk, store_down):
    url = f"/claims/{desk.claim_pk}/"
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304


def test_the_failure_is_logged(client, desk, store_down, caplog):
    with caplog.at_level(logging.WARNING, logger="factcheck.caching.answers"):
        client.get(f"/claims/{desk.claim_pk}/")
    assert "could not be read" in caplog.text


def test_a_publication_that_cannot_move_its_tokens_is_refused(desk, settings):
    claim = desk.approved_claim("A third article\nThe third port handled 30 ships.\n")
    working = settings.CACHES
    settings.CACHES = {**working, "pages": UNREACHABLE}
    try:
        with pytest.raises(redis.ConnectionError):
            services.publish_briefing(briefing=claim.statement.briefing, user=desk.editor)
    finally:
        settings.CACHES = working
    claim.statement.briefing.refresh_from_db()
    assert claim.statement.briefing.status == Briefing.Status.DRAFT


def test_redis_commands_time_out_rather_than_wait_for_ever():
    """Settings read with REDIS_URL set, in a process of their own (no Redis needed)."""
    shown = "import json; from config import settings as s; print(json.dumps([c['OPTIONS'] for c in s.CACHES.values()]))"
    environment = {**os.environ, "REDIS_URL": "redis://127.0.0.1:6379/0", "REDIS_TIMEOUT": "0.5"}
    printed = subprocess.run(
        [sys.executable, "-c", shown], env=environment, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(printed) == [{"socket_connect_timeout": 0.5, "socket_timeout": 0.5}] * 3


def test_an_answer_the_store_cannot_keep_is_still_sent(client, desk, monkeypatch):
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(generations.store()), "set", disk_full)
    url = f"/claims/{desk.claim_pk}/"
    assert client.get(url).status_code == 200
    assert not stored(url)
