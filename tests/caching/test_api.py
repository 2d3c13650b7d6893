"""The API's answers from the public cache: after the throttles, for anonymous callers only, a
detail kept while its briefing stands, errors never kept."""

import datetime as dt
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import timezone
from django.utils.http import http_date
from rest_framework.authtoken.models import Token

from factcheck import services

from .conftest import fetch, is_hit, stored

pytestmark = pytest.mark.django_db

API = "/api/v1/"


def test_an_anonymous_callers_answer_is_a_hit_the_second_time(client, desk):
    url = f"{API}claims/{desk.claim_pk}/"
    first = client.get(url)
    again, queries = fetch(client, url)
    assert queries == 0
    assert again.json() == first.json()


def test_a_hit_carries_the_headers_of_the_miss(client, desk):
    url = f"{API}claims/"
    miss, hit = client.get(url), client.get(url)
    assert dict(hit.headers) == dict(miss.headers)


def test_the_throttle_counts_every_cached_answer(client, desk, settings, steady_window):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": "3/minute"},
    }
    cache.clear()
    statuses = [client.get(f"{API}claims/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_a_throttled_caller_is_told_in_json(client, desk, settings, steady_window):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1/minute", "user": None},
    }
    cache.clear()
    client.get(f"{API}claims/")
    refused = client.get(f"{API}claims/")
    assert refused["Content-Type"] == "application/json"
    assert "throttled" in refused.json()["detail"]


def test_a_cached_answer_answers_if_none_match_with_304(client, desk):
    url = f"{API}claims/{desk.claim_pk}/"
    etag = client.get(url)["ETag"]
    response, queries = fetch(client, url, **{"If-None-Match": etag})
    assert (response.status_code, queries) == (304, 0)


def test_a_cached_answer_ignores_an_if_modified_since_from_the_future(client, desk):
    url = f"{API}claims/{desk.claim_pk}/"
    later = timezone.now() + dt.timedelta(minutes=1)  # the desk's changes a full second behind
    tomorrow = http_date((later + dt.timedelta(days=1)).timestamp())
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert "Last-Modified" in client.get(url)
        response, queries = fetch(client, url, **{"If-Modified-Since": tomorrow})
    assert (response.status_code, queries) == (200, 0)


def test_a_token_caller_is_never_served_the_public_copy(client, desk):
    url = f"{API}claims/"
    client.get(url)
    token = Token.objects.create(user=desk.editor)
    assert not is_hit(client, url, Authorization=f"Token {token.issued_key}")


def test_a_claim_detail_stays_cached_when_another_briefing_changes(client, desk):
    url = f"{API}claims/{desk.other_claim_pk}/"
    client.get(url)
    services.withdraw_briefing(briefing=desk.briefing, user=desk.editor)
    assert is_hit(client, url)


def test_a_claim_detail_is_replaced_when_its_briefing_is_withdrawn(client, desk):
    url = f"{API}claims/{desk.claim_pk}/"
    client.get(url)
    services.withdraw_briefing(briefing=desk.briefing, user=desk.editor)
    assert client.get(url).status_code == 410


def test_a_list_is_replaced_when_any_briefing_changes(client, desk):
    url = f"{API}claims/"
    client.get(url)
    services.withdraw_briefing(briefing=desk.briefing, user=desk.editor)
    assert desk.claim_pk not in [claim["id"] for claim in client.get(url).json()["results"]]


def test_an_error_is_not_cached(client, desk):
    url = f"{API}claims/?ordering=nonsense"
    first = client.get(url)
    assert first.status_code == 400
    assert not stored(url)


def test_the_browsable_api_is_not_cached(client, desk):
    url = f"{API}claims/"
    client.get(url, headers={"Accept": "text/html"})
    assert not is_hit(client, url, Accept="text/html")


def test_a_bearer_caller_is_never_served_the_public_copy(client, desk):
    url = f"{API}claims/"
    client.get(url)
    token = Token.objects.create(user=desk.editor)
    assert not is_hit(client, url, Authorization=f"Bearer {token.issued_key}")
