"""No anonymous answer contains unpublished text, whatever mix of briefings and claims the desk
holds: pages, search, feeds, sitemap, JSON-LD, the API, HEAD, error pages and previews.

Hypothesis builds a newsroom (tests/security/newsroom.py, desk.py) in which every piece of text
carries its own marker, then an anonymous visitor reads every address the URLconf offers
(tests/security/crawl.py). Unpublished markers must appear nowhere; published ones must appear
somewhere, so the test cannot pass by showing nothing. A verdict an editor withdrew is no longer
public: every marker its versions froze must vanish (unless a live verdict also carries it, a shared
source), while the reason for the withdrawal is public and must be found (its 410 page, the API).
"""

import logging

import pytest
from django.core.cache import caches
from django.db import transaction
from hypothesis import HealthCheck, Phase, example, given, settings

from .crawl import Crawl, routes, unfillable
from .desk import build
from .newsroom import PUBLISHED, STATUSES, WITHDRAWALS, newsrooms


def _claim(plan, briefing=PUBLISHED, statement=0):
    spec = {"briefing": briefing, "statement": statement, "plan": plan, "sources": [0]}
    return {**spec, "rating": "accurate", "checker": "checker", "short": False}


# Every way a verdict is withdrawn, once each (one in a briefing taken down afterwards), beside a
# published one sharing its source: the random plans draw them too, but rarely all together.
EVERY_WITHDRAWAL = {
    "briefings": list(STATUSES),
    "statements": 3,
    "claims": [
        _claim("published"),
        *(_claim(plan, statement=index + 1) for index, plan in enumerate(WITHDRAWALS)),
        _claim("withdrawn", briefing=STATUSES.index("withdrawn")),
    ],
    "sources": 1,
    "source_edits": [],
    "rating_edit": False,
    "republish_after_edits": False,
    "revised": [PUBLISHED],
    "seed": 7,
}


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
@example(plan=EVERY_WITHDRAWAL)
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
