"""Generations: one token per thing a public answer can depend on, moved when that thing changes.

A cached answer records the tokens of its dependencies as they were when it was rendered; it is
served only while every one is unchanged, so moving a token invalidates exactly the answers that
depend on it, wherever they are stored, without listing them. The names:

- `briefing:<pk>`: one briefing's pages (article, revisions, its claims' pages, its 410 notice)
  and the API's details of its briefing, statements, claims and ClaimReviews;
- PUBLIC: whatever lists the public record (front page, feeds, sitemap, source pages, every API
  list); moved with every change that reaches the public, whichever briefing it is in;
- RATINGS: the rating scale as the API and the rating-scale page serve it (other pages show
  verdicts as their version froze them);
- STANDARDS: the newsroom's written standards pages (flatpages: methodology, corrections policy,
  ownership and funding, contact); moved by every FlatPage save or delete (triggers);
- SITE: every answer; moved by `migrate` (a deployment's templates and code) and bulk loads.

WRITES moves first with every change: an answer whose rendering overlapped a change is not stored
(answers.keep), which closes the race between reading the data and reading the tokens.

Tokens are random, never counters: a token the store evicted or lost is replaced by a new one,
which no stored answer can match, so losing one costs a re-render and never serves stale data.
"""

import time
import uuid

from django.core.cache import caches
from django.db import transaction

from briefings.signals import ChangeRefused

PUBLIC = "public"
RATINGS = "ratings"
STANDARDS = "standards"
SITE = "site"
WRITES = "writes"
WRITES_AT = "writes-at"

STORE = "pages"


def briefing(pk):
    return f"briefing:{pk}"


def store():
    return caches[STORE]


def key(name):
    return f"generation:{name}"


def _token():
    return uuid.uuid4().hex


def current(names):
    """{name: token} for `names` now, in one read where all are known; a missing one gets a
    fresh token (added, so two workers settle on one)."""
    cache = store()
    found = cache.get_many([key(name) for name in names])
    missing = [key(name) for name in names if key(name) not in found]
    if missing:
        for missing_key in missing:
            cache.add(missing_key, _token(), timeout=None)
        found.update(cache.get_many(missing))
    return {name: found.get(key(name)) for name in names}


class StoreUnavailable(ChangeRefused):
    """The store could not move a token. Raised inside the change's transaction, so the change
    is rolled back: saved without moving its tokens, it would leave readers a page from before it
    once the store answers again (a store that keeps its data over a restart)."""

    message = (
        "Nothing was saved: the cache that keeps readers' pages up to date is not answering, and a "
        "change it cannot record could leave readers an out-of-date page. Try again in a minute."
    )

    def __init__(self):
        super().__init__(self.message)


def bump(*names):
    """Move WRITES, then `names`: a reader who sees a moved name sees WRITES moved too. The time
    of the move is kept beside WRITES, for answers rendered from a read replica (`recently_written`)."""
    cache = store()
    try:
        cache.set_many({key(WRITES): _token(), key(WRITES_AT): time.time()}, timeout=None)
        cache.set_many({key(name): _token() for name in names}, timeout=None)
    except Exception as error:  # whatever the store raises: Redis refused, timed out, a full disk
        raise StoreUnavailable from error


def changed(*names):
    """`names` changed in the current transaction: move them now and again once it commits.

    Now, so that this process (and a test, whose transaction never commits) never reads an answer
    stored before the change; after the commit, because another worker may have rendered the old
    data and stored it under the tokens moved now, between this move and the commit. A rollback
    leaves only a needless re-render. Should the second move fail, the change has committed
    already: it is logged (`robust`), not answered as an error, since nothing can be undone."""
    bump(*names)
    transaction.on_commit(lambda: bump(*names), robust=True)


def recently_written(seconds):
    """Whether anything public changed in the last `seconds`: a read replica may not have it yet."""
    moved = store().get(key(WRITES_AT))
    if moved is None:  # lost with the store: count from now, as if a change had just been made
        store().add(key(WRITES_AT), time.time(), timeout=None)
        return True
    return time.time() - moved < seconds
