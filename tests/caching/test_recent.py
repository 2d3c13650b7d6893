"""Answers a worker remembers for its next hits: served only while every token still stands in
the shared store, so another worker's change is seen on the very next request; bounded in bytes."""

import pytest

from factcheck.caching import generations
from factcheck.caching.answers import address
from factcheck.caching.recent import RecentAnswers

from .conftest import is_hit

pytestmark = pytest.mark.django_db


def entry(body):
    return {"tokens": {"site": "t"}, "answer": (200, {}, body)}


def test_a_remembered_answer_is_served_without_reading_it_from_the_store(client, desk, rf):
    url = desk.briefing.get_absolute_url()
    client.get(url)
    generations.store().delete(address(rf.get(url)))  # the stored copy gone; its tokens stand
    assert is_hit(client, url)


def test_a_token_moved_by_another_worker_is_seen_on_the_next_request(client, desk):
    url = desk.briefing.get_absolute_url()
    client.get(url)
    assert is_hit(client, url)
    # What another worker's bump leaves in the shared store; this worker's memory is not told.
    generations.store().set(generations.key(generations.briefing(desk.briefing.pk)), "moved", None)
    assert not is_hit(client, url)


def test_a_lost_token_is_never_matched_by_a_remembered_answer(client, desk):
    url = desk.briefing.get_absolute_url()
    client.get(url)
    generations.store().delete(generations.key(generations.SITE))
    assert not is_hit(client, url)


def test_the_least_recently_served_answer_goes_first_when_full():
    recent = RecentAnswers(limit_bytes=10, seconds=60)
    recent.remember("a", entry(b"12345"))
    recent.remember("b", entry(b"12345"))
    recent.get("a")
    recent.remember("c", entry(b"12345"))
    assert (recent.get("a"), recent.get("b")) == (entry(b"12345"), None)
    assert recent.size == 10


def test_an_answer_larger_than_the_limit_is_not_remembered():
    recent = RecentAnswers(limit_bytes=4, seconds=60)
    recent.remember("a", entry(b"12345"))
    assert recent.get("a") is None
    assert recent.size == 0


def test_an_answer_is_forgotten_after_the_cache_time():
    recent = RecentAnswers(limit_bytes=100, seconds=-1)
    recent.remember("a", entry(b"12345"))
    assert recent.get("a") is None
