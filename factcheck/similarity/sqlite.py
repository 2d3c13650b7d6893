"""SQLite's side of "has this been checked?": the FTS5 index over the claim versions' text with
a 4-letter prefix index (migration 0019) and its vocabulary (0025), asked two ways. `counted`:
the versions holding many of a text's rarest keys, with how many, for the exact search
(factcheck.similarity.search); `ranked`: the index's best CANDIDATES by its own rank among those
holding one of the rarest keys a match must hold, when that search cannot decide."""

from django.db import connection

from .scoring import Look, least_shared, rarest_within

TABLE = "factcheck_claimversion_match"
#: The terms of the FTS5 index with the number of versions holding each (migration 0025).
VOCABULARY = "factcheck_claimversion_match_terms"
#: The looks of the exact search (factcheck.similarity.search): the postings `counted` may sum
#: (15–30 ms for 120,000 on the shared machine) and the versions it may hand over. One look: the
#: postings summed cost the same whatever the versions must hold.
LOOKS = ((120_000, 2000),)
#: The fewest keys in the archive a text must have for the exact search (one key: one count).
MOST_SHARED_FROM = 2


def frequencies(asked):
    """{key: how many claim versions hold a word it begins (a number: that number)}, read from
    the FTS5 index's vocabulary (migration 0025) in a fraction of a millisecond a key; an upper
    bound, a version with two such words counts twice. A key with letters beyond ASCII (spelled
    otherwise by the index's tokenizer, which drops diacritics) counts as everywhere, so that it
    is never left out for want of a lookup."""
    looked_up = [key for key in asked if key.isascii()]
    if not looked_up:
        return dict.fromkeys(asked, float("inf"))
    parts, params = [], []
    for key in looked_up:
        if key.isdigit():
            parts.append(f"SELECT %s, (SELECT coalesce(sum(doc), 0) FROM {VOCABULARY} WHERE term = %s)")
            params += [key, key]
        else:
            parts.append(
                f"SELECT %s, (SELECT coalesce(sum(doc), 0) FROM {VOCABULARY} WHERE term >= %s AND term < %s)"
            )
            params += [key, key, key + "\U0010ffff"]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        found = dict(cursor.fetchall())
    return {key: found.get(key, float("inf")) for key in asked}


def rarest_groups(asked, frequencies, threshold):
    """The keys to ask the index for, each alone: the rarest of those in the archive, as many as
    make sure that every claim that can reach `threshold` holds one. A claim must share at least
    `least_shared` of the `asked` keys, none of them absent from the archive, so it holds one of
    any (present − least + 1) present keys; the rarest such keys match the fewest claims, which
    is what the index's ranking costs (a sentence of common words matched 30,000 claims by pairs
    of its first keys, 250 ms). Empty when too few keys are in the archive at all."""
    present = sorted((key for key in asked if frequencies[key]), key=lambda key: frequencies[key])
    least = least_shared(len(asked), threshold)
    if len(present) < least:
        return [], present
    return [(key,) for key in present[: len(present) - least + 1]], present


def _term(key):
    # Every key quoted (no FTS5 syntax can slip in); words as prefixes, numbers whole.
    return f'"{key}"' if key.isdigit() else f'"{key}"*'


def fts_query(groups):
    return " OR ".join("(" + " AND ".join(_term(key) for key in group) + ")" for group in groups)


def ranked(asked, frequencies, threshold, at_most):
    """Ids of the `at_most` versions the index ranks best among those holding one of the rarest
    keys a claim reaching `threshold` must hold one of (`rarest_groups`), by all the asked keys
    the archive holds."""
    groups, present = rarest_groups(asked, frequencies, threshold)
    if not groups:
        return []
    query = fts_query(groups)
    if len(present) > len(groups):
        query = f"({query}) AND ({fts_query([(key,) for key in present])})"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s ORDER BY rank LIMIT %s", [query, at_most]
        )
        return [row[0] for row in cursor.fetchall()]


def counted(present, frequencies, shared, budget, at_most, covering=False, previous=None):
    """A Look at the versions that may share `shared` or more of the `present` keys (rarest
    first), those that can share the most first, at most `at_most`. The index counts each
    version's postings among the rarest keys whose postings fit `budget` (summing postings is the
    cost), so a version holding `held` of those shares at most `held` plus the keys left out; an
    upper bound (a prefix also finds longer words). None, asking nothing, when
    `covering` and the keys left out could make up `shared` by themselves."""
    taken = rarest_within(present, frequencies, budget)
    left_out = len(present) - taken
    if covering and left_out >= shared:
        return None
    fewest = max(1, shared - left_out)
    union = " UNION ALL ".join(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s" for _ in range(taken))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid, count(*) AS held FROM ({union}) GROUP BY rowid HAVING held >= %s "
            "ORDER BY held DESC, rowid LIMIT %s",
            [*map(_term, present[:taken]), fewest, at_most + 1],
        )
        rows = cursor.fetchall()
    most, complete = fewest - 1 + left_out, 0
    if len(rows) > at_most:  # the last count's versions may not all be here
        rows = rows[:at_most]
        most = max(most, rows[-1][1] + left_out)
        complete = rows[-1][1] + left_out + 1
    return Look([(version_id, held + left_out) for version_id, held in rows], most, taken, complete)
