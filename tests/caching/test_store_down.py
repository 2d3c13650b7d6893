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
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.forms.models import model_to_dict
from django.urls import reverse

from briefings.models import Briefing
from factcheck import services
from factcheck.caching import generations
from factcheck.caching.middleware import StoreUnavailableMiddleware, resendable
from factcheck.models import Rating

from ..factories import make_user
from ..stores import stores_down
from .conftest import stored

pytestmark = pytest.mark.django_db

CONFIRM = {"confirm": "yes"}


@pytest.fixture
def store_down(settings):
    with stores_down(settings, "pages"):
        yield


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
    with stores_down(settings, "pages"), pytest.raises(generations.StoreUnavailable):
        services.publish_briefing(briefing=claim.statement.briefing, user=desk.editor)
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


def publish_on_the_desk(client, desk, settings):
    """The desk's confirming POST of a new briefing's publication, with the store down."""
    briefing = desk.approved_claim("A third article\nThe third port handled 30 ships.\n").statement.briefing
    client.force_login(desk.editor)
    with stores_down(settings, "pages"):
        response = client.post(reverse("admin:briefings_briefing_publish", args=[briefing.pk]), CONFIRM)
    return briefing, response


def test_a_publication_on_the_desk_is_answered_503_with_what_happened(client, desk, settings):
    briefing, response = publish_on_the_desk(client, desk, settings)

    assert (response.status_code, response["Retry-After"]) == (503, "30")
    assert "Nothing was saved" in response.content.decode()
    briefing.refresh_from_db()
    assert briefing.status == Briefing.Status.DRAFT


def test_the_wait_a_refused_change_asks_for_follows_the_setting(client, desk, settings):
    settings.FACTDESK_RETRY_AFTER = 7

    assert publish_on_the_desk(client, desk, settings)[1]["Retry-After"] == "7"


def test_a_refused_change_is_never_kept_by_a_browser_or_a_cdn(client, desk, settings):
    _, response = publish_on_the_desk(client, desk, settings)

    assert "no-store" in response["Cache-Control"]


def test_a_rating_edited_in_the_admin_is_left_as_it_was(client, desk, settings):
    rating = Rating.objects.get(slug="accurate")
    client.force_login(make_user("admin", superuser=True))
    url = reverse("admin:factcheck_rating_change", args=[rating.pk])
    form = {**model_to_dict(rating), "opened_version": rating.version, "change_note": "Clearer."}

    with stores_down(settings, "pages"):
        response = client.post(url, {**form, "definition": "Changed while Redis was down."})

    assert response.status_code == 503
    rating.refresh_from_db()
    assert rating.definition != "Changed while Redis was down."


def test_a_refusal_under_the_api_is_json(rf):
    request = rf.post("/api/v1/claims/")
    response = StoreUnavailableMiddleware(lambda request: None).process_exception(
        request, generations.StoreUnavailable()
    )
    assert (response.status_code, response["Content-Type"]) == (503, "application/json")
    assert json.loads(response.content)["detail"].startswith("Nothing was saved")


def test_other_errors_are_left_to_django(rf):
    middleware = StoreUnavailableMiddleware(lambda request: None)
    assert middleware.process_exception(rf.get("/admin/"), ValueError("not ours")) is None


@pytest.mark.django_db(transaction=True)  # a real commit, so the callbacks run as in production
@pytest.mark.usefixtures("reference_data")  # roles and ratings, which a flushed database lacks
def test_a_move_that_fails_after_the_commit_is_logged_not_raised(desk, monkeypatch, caplog):
    claim = desk.approved_claim("A third article\nThe third port handled 30 ships.\n")
    store = generations.store()
    working = store.set_many

    def fails_after_the_commit(*args, **kwargs):
        if not connection.in_atomic_block:
            raise redis.ConnectionError("Redis went away")
        return working(*args, **kwargs)

    monkeypatch.setattr(store, "set_many", fails_after_the_commit)
    with caplog.at_level(logging.ERROR):
        services.publish_briefing(briefing=claim.statement.briefing, user=desk.editor)

    claim.statement.briefing.refresh_from_db()
    assert claim.statement.briefing.status == Briefing.Status.PUBLISHED
    assert "on_commit()" in caplog.text


def test_the_refusal_offers_to_send_the_same_form_again(client, desk, settings):
    briefing, response = publish_on_the_desk(client, desk, settings)

    html = response.content.decode()
    assert f'<form method="post" action="/admin/briefings/briefing/{briefing.pk}/publish/">' in html
    assert '<input type="hidden" name="confirm" value="yes">' in html


def test_a_form_sent_again_keeps_its_text_to_the_character(rf):
    request = rf.post("/admin/factcheck/rating/1/change/", {"definition": 'Line one\r\nline "two" <b>'})
    assert resendable(request) == [("definition", "Line one&#13;\nline &quot;two&quot; &lt;b&gt;")]


def test_a_form_with_a_file_is_not_offered_again(rf):
    upload = SimpleUploadedFile("article.txt", b"Title\nText.\n")
    assert resendable(rf.post("/admin/briefings/briefing/import/", {"document": upload})) is None
