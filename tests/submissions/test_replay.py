"""A signed start is good for one accepted submission (factcheck.submit, factcheck.windows.first_use):
a robot that waited once cannot send the same start all day, in the store every worker shares,
the database cache by default or Redis."""

import time
import uuid

import pytest
import redis
from django.core import signing
from django.test import Client

from factcheck import submit
from factcheck.models import Submission
from factcheck.submit import FORM_VALID_SECONDS, SALT, UNCOUNTED

from ..stores import stores_down
from .conftest import shown_seconds_ago, valid

pytestmark = pytest.mark.django_db
URL = "/submit/"
REDIS = "redis://127.0.0.1:6379/7"


def sent_twice(first_client, second_client=None):
    """The second answer to the same form, start and all, sent twice."""
    form = valid()
    first_client.post(URL, form)
    return (second_client or first_client).post(URL, form)


def refusal(response):
    return response.context["form"].non_field_errors()[0]


def test_a_start_sent_again_is_refused_as_a_changed_form(client):
    assert "too old or was changed" in refusal(sent_twice(client))


def test_a_start_sent_again_stores_nothing_more(client):
    sent_twice(client)
    assert Submission.objects.count() == 1


def test_a_start_sent_again_from_another_address_is_refused(client):
    elsewhere = Client(REMOTE_ADDR="198.51.100.7")
    assert "too old or was changed" in refusal(sent_twice(client, elsewhere))


def test_two_forms_with_starts_of_their_own_are_both_accepted(client):
    client.post(URL, valid())
    client.post(URL, valid())
    assert Submission.objects.count() == 2


def test_a_form_refused_for_a_field_does_not_spend_its_start(client):
    form = valid()
    client.post(URL, {**form, "contact": "not an address"})
    client.post(URL, form)
    assert Submission.objects.count() == 1


def test_a_start_signed_before_starts_had_a_nonce_is_refused(client):
    bare_time = signing.dumps(time.time() - 60, salt=SALT)
    assert "too old or was changed" in refusal(client.post(URL, valid(started=bare_time)))


def test_a_spent_start_is_remembered_as_long_as_its_signature_holds(client, monkeypatch):
    spent = []
    monkeypatch.setattr(submit, "first_use", lambda key, duration: spent.append(duration) or True)
    client.post(URL, valid())
    assert spent == [FORM_VALID_SECONDS]


def test_a_start_cannot_be_spent_when_the_store_is_down(client, settings, monkeypatch):
    monkeypatch.setattr(submit, "over_the_limit", lambda request: False)
    with stores_down(settings, "throttle"):
        response = client.post(URL, valid())
    assert (response.status_code, refusal(response)) == (503, UNCOUNTED)


def test_the_form_answered_when_the_store_is_down_has_a_fresh_start(client, settings, monkeypatch):
    monkeypatch.setattr(submit, "over_the_limit", lambda request: False)
    sent = shown_seconds_ago()
    with stores_down(settings, "throttle"):
        response = client.post(URL, valid(started=sent))
    assert response.context["form"].data["started"] != sent


@pytest.fixture
def redis_store(settings):
    """The shared store in Redis, as with REDIS_URL (a prefix of this test's own)."""
    store = {"BACKEND": "config.cache.RedisCache", "LOCATION": REDIS, "KEY_PREFIX": uuid.uuid4().hex}
    try:
        redis.Redis.from_url(REDIS).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings.CACHES = {**settings.CACHES, "throttle": store}


def test_a_start_sent_again_is_refused_with_redis(client, redis_store):
    assert "too old or was changed" in refusal(sent_twice(client))


def test_the_default_store_is_the_database_every_worker_shares(settings):
    assert settings.CACHES["throttle"]["BACKEND"].endswith("DatabaseCache") or settings.REDIS_URL
