"""No anonymous answer contains unpublished text, whatever mix of briefings and claims the desk
holds: pages, search, feeds, sitemap, JSON-LD, the API, HEAD, error pages and previews.

Hypothesis builds a newsroom (tests/security/newsroom.py, desk.py) in which every piece of text
carries its own marker, then an anonymous visitor reads every address the URLconf offers
(tests/security/crawl.py). Unpublished markers must appear nowhere; published ones must appear
somewhere, so the test cannot pass by showing nothing.
"""

import logging

import pytest
from django.core.cache import caches
from django.db import transaction
from hypothesis import HealthCheck, Phase, given, settings

from .crawl import Crawl, routes, unfillable
from .desk import build
from .newsroom import newsrooms


@pytest.fixture
def quiet_request_log():
    """The crawl asks for hundreds of missing pages, and Django logs each 404 as a warning."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


@pytest.fixture
def heads():
    """The (URL pattern, status) pairs asked with HEAD so far: once each in a run is enough."""
    return set()


def clear_caches():
    for cache in caches.all():
        cache.clear()


@pytest.mark.slow
@pytest.mark.django_db
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # Shrinking a newsroom takes many minutes; a failure already names the address and the text.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(plan=newsrooms())
def test_no_anonymous_answer_contains_unpublished_text(quiet_request_log, heads, plan):
    with transaction.atomic():
        clear_caches()
        newsroom = build(plan)
        problems = Crawl(newsroom, heads).run()
        transaction.set_rollback(True)
    assert problems.leaks == []
    missing = {marker: newsroom.describe(marker) for marker in newsroom.public - problems.seen}
    assert missing == {}


def test_the_crawl_can_fill_every_public_address():
    """A new URL pattern whose parameters the crawl does not know stops the leak test; this says
    so at once, without building a newsroom."""
    assert [problem for problem in map(unfillable, routes()) if problem] == []
