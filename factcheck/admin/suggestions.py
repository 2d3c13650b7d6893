""" "Checked before" on the briefing's desk: beside each statement shown, the public claim most like
it (factcheck.similarity), with its published verdict and the similarity, before anyone makes a
claim of it. Shown, never copied.

Asked for, and bounded, since each statement is one look-up in the archive (on SQLite with
90,000 public claims, a few ms for a short question or a statement whose words the archive rarely
holds, about 0.1 s for a sentence of its commonest words; PostgreSQL up to 2 s; docs/benchmarks.md,
"Issue 18: suggestions for whole statements"). A plain view of the desk shows only answers already
kept, so it keeps a constant number of queries; its "look them up" link (?checked_before=look)
searches the archive for the first SUGGESTED_AT_MOST statements shown (with ?order=worthiness,
the most check-worthy), spending at most LOOKUP_BUDGET seconds (at least one look-up) and saying
how many are left. Each answer is kept in the default cache under the statement's text and the
public record's generation (factcheck.caching), so a page seen again costs no look-up, and any
change to what is public (a verdict published, corrected, withdrawn) starts afresh. An archive
with no public claim costs one query and no look-up."""

import hashlib
import logging
import time

from django.core.cache import cache

from ..caching.generations import PUBLIC, current
from ..models import Claim
from ..similarity import similar_claims

logger = logging.getLogger(__name__)
SUGGESTED_AT_MOST = 100
#: The desk's query parameter that asks for look-ups: ?checked_before=look.
LOOK_UP = "checked_before"
LOOKUP_BUDGET = 1.5  # seconds of look-ups per page view
KEPT_FOR = 3600  # seconds; the generation in the key is what keeps an answer right
#: A statement's own claims may be among the matches: a few more than one are asked for.
ASKED_FOR = 4


def _key(generation, text):
    return f"checked-before:{generation}:{hashlib.sha256(text.encode()).hexdigest()}"


def _from_store(read, otherwise):
    """`read()`, or `otherwise` when the store fails (Redis down): the desk works without it."""
    try:
        return read()
    except Exception as error:  # whatever the store raises
        logger.warning("Earlier checks went without the cache (%s).", type(error).__name__)
        return otherwise


def _matches(statements, look_up):
    """{statement pk: [(claim id, similarity), …]} for `statements`, from the cache and, when
    `look_up`, looked up within the budget; those left for a later view are missing. Without the
    public record's generation (the store cannot be read) nothing is read or kept: an answer kept
    under no generation could outlive a change to what is public."""
    generation = _from_store(lambda: current([PUBLIC])[PUBLIC], None)
    keys = {statement.pk: _key(generation, statement.text) for statement in statements}
    kept = _from_store(lambda: cache.get_many(list(keys.values())), {}) if generation else {}
    found, fresh, started = {}, {}, time.monotonic()
    for statement in statements:
        key = keys[statement.pk]
        if key not in kept:
            if not look_up or (fresh and time.monotonic() - started >= LOOKUP_BUDGET):
                continue
            matches = similar_claims(statement.text, limit=ASKED_FOR)
            kept[key] = fresh[key] = [(match.claim_id, match.similarity) for match in matches]
        found[statement.pk] = kept[key]
    if fresh and generation:
        _from_store(lambda: cache.set_many(fresh, KEPT_FOR), None)
    return found


def suggest_earlier_checks(statements, *, look_up=False):
    """Set `checked_before` on each of `statements` (their claims prefetched) to (the earlier
    claim's live version, similarity), or None: the best public claim like it that is not one
    of the statement's own claims. Returns how many statements are left to look up.

    Only answers already kept are shown unless `look_up` (the desk's "Look them up" link): each
    look-up is a few queries, so a plain view of the desk keeps its constant number of queries
    however many statements it shows, and the archive is searched when someone asks."""
    for statement in statements:
        statement.checked_before = None
    looked_up = [statement for statement in statements if not statement.hidden][:SUGGESTED_AT_MOST]
    if not looked_up or not Claim.objects.public().exists():
        return 0
    found, best = _matches(looked_up, look_up), {}
    for statement in looked_up:
        own = {claim.pk for claim in statement.claims.all()}
        others = [(pk, similarity) for pk, similarity in found.get(statement.pk, ()) if pk not in own]
        if others:
            best[statement.pk] = others[0]
    earlier = Claim.objects.select_related("live_version").in_bulk([pk for pk, _ in best.values()])
    for statement in looked_up:
        if statement.pk in best and best[statement.pk][0] in earlier:
            pk, similarity = best[statement.pk]
            statement.checked_before = (earlier[pk].live_version, similarity)
    return len(looked_up) - len(found)
