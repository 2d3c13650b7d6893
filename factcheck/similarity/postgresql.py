"""PostgreSQL's side of "has this been checked?": each version's keys stored by the database
(`match_keys`, migration 0022: exact lexemes, and `~N` for a claim of N keys), copied with the
version's id into a narrow table under a GIN index (0028),
with the number of versions holding each key kept by trigger (0026), asked two ways. `counted`:
the versions holding one of a text's rarest keys, with how many of its keys each holds, for the
exact search (factcheck.similarity.search); `ranked`: the best CANDIDATES by `ts_rank` among those
that can reach the threshold by their size (`keys_tsquery`), when that search cannot decide."""

from django.db import connection

from .scoring import MAX_KEYS, Look, least_shared, present_keys, rarest_within

#: Each stored key with the number of versions holding it (migration 0026).
KEY_COUNTS = "factcheck_claimversion_key_counts"
#: Each version's id and stored keys, under the GIN index (migration 0028): a narrow copy that
#: reads at a third of the cost of the versions' own rows.
VERSION_KEYS = "factcheck_claimversion_keys"
#: The looks of the exact search (factcheck.similarity.search): the versions `counted` may read
#: (about 0.5 µs each from the narrow table, 2 µs from the versions' own rows) and hand over. A
#: first look for the likely best, which says how many keys a version must share to beat them,
#: then one for the versions sharing that many (60,000: every bench sentence decided by the looks).
LOOKS = ((10_000, 300), (60_000, 2000))
#: The fewest keys in the archive a text must have for the exact search. A shorter text's
#: ranked search reads only the versions small enough to reach the threshold (`keys_tsquery`),
#: which the exact search cannot bound: a question of three keys took 12 ms ranked, 42 exact.
MOST_SHARED_FROM = 6


def frequencies(asked):
    """{key: how many claim versions hold it}, from the counts the database keeps by trigger
    (migration 0026): one indexed read. A count may be too high (after a TRUNCATE), never too
    low, so a key counted 0 is truly absent."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key, versions FROM {KEY_COUNTS} WHERE key = ANY(%s)", [asked])
        found = dict(cursor.fetchall())
    return {key: found.get(key, 0) for key in asked}


def most_keys(shared, asked, threshold):
    """The most keys a claim sharing `shared` of the `asked` keys may have and still reach
    `threshold` (`score`: the Dice part shrinks as the claim's keys grow); MAX_KEYS when any
    number will do."""
    least = threshold - 0.00005  # `score` rounds to four places
    covered = 0.6 * shared / len(asked)
    if covered >= least:
        return MAX_KEYS
    return min(MAX_KEYS, int(0.8 * shared / (least - covered) - len(asked)))


def keys_tsquery(present, asked, threshold):
    """The PostgreSQL query for the claims that can reach `threshold`, over their stored keys.
    `present`: the asked keys the archive holds, rarest first. A claim sharing `shared` keys holds
    one of any (present − shared + 1) of them, so the rarest such keys are asked for, together
    with the sizes a claim sharing that many may have (`most_keys`), from the fewest keys that
    can reach the threshold up to the first count at which any size will do, which is asked
    alone. Each lexeme is quoted: keys are letters and digits, and `~N` must not be read as an
    operator."""
    parts, least = [], least_shared(len(asked), threshold)
    for shared in range(least, len(present) + 1):
        most = most_keys(shared, asked, threshold)
        if most < shared:  # no claim sharing only this many keys can reach the threshold
            continue
        rarest = " | ".join(f"'{key}'" for key in present[: len(present) - shared + 1])
        if most >= MAX_KEYS:
            parts.append(f"({rarest})")
            break
        sizes = " | ".join(f"'~{size}'" for size in range(shared, most + 1))
        parts.append(f"({rarest}) & ({sizes})")
    return " | ".join(parts)


def ranked(asked, frequencies, threshold, at_most):
    """Ids of the `at_most` versions `ts_rank` ranks best, by all the asked keys the archive
    holds, among those `keys_tsquery` finds."""
    present = present_keys(asked, frequencies)
    query = keys_tsquery(present, asked, threshold)
    if not query:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id FROM {VERSION_KEYS} WHERE match_keys @@ %s::tsquery "
            "ORDER BY ts_rank(match_keys, %s::tsquery) DESC LIMIT %s",
            [query, " | ".join(f"'{key}'" for key in present), at_most],
        )
        return [row[0] for row in cursor.fetchall()]


def _holding_query(present, taken, skipped):
    """Versions holding one of the rarest `taken` keys but none of the rarest `skipped`."""
    query = "(" + " | ".join(f"'{key}'" for key in present[skipped:taken]) + ")"
    if skipped:
        query += " & !(" + " | ".join(f"'{key}'" for key in present[:skipped]) + ")"
    return query


def counted(present, frequencies, shared, budget, at_most, covering=False, previous=None):
    """A Look at the versions that may share `shared` or more of the `present` keys (rarest
    first), those sharing the most first, at most `at_most`. Such a version holds one of the
    (present − shared + 1) rarest keys; the index is asked for as many of those as hold at most
    `budget` versions together (reading each matching version is the cost, about 0.5 µs). The
    versions holding one of the keys a `previous` look asked for are not read again when it
    found all those sharing `shared`, so those keys cost no budget. Each version's shared keys
    are counted exactly from its stored keys (the keys of both, less those of the two together)
    and returned with how many keys it has (less the `~N` size lexeme), all that `score` needs:
    the rows are scored without reading the versions' text. None, asking nothing, when
    `covering` and the versions holding none of the keys asked for could share `shared`."""
    skipped = previous.asked if previous and previous.complete <= shared else 0
    within = rarest_within(present[skipped:], frequencies, budget) if skipped < len(present) else 0
    taken = min(len(present) - shared + 1, skipped + within)
    if taken < 1:
        return Look([], len(present))
    if covering and len(present) - taken >= shared:
        return None
    if skipped >= taken:
        return Look([], max(shared - 1, len(present) - taken), taken, shared)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, held, size FROM (SELECT id, length(match_keys) - 1 AS size, length(match_keys) + %s - "
            f"length(match_keys || array_to_tsvector(%s::text[])) AS held FROM {VERSION_KEYS} "
            "WHERE match_keys @@ %s::tsquery) AS holding WHERE held >= %s ORDER BY held DESC, id LIMIT %s",
            [len(present), present, _holding_query(present, taken, skipped), shared, at_most + 1],
        )
        rows = cursor.fetchall()
    most, complete = max(shared - 1, len(present) - taken), shared
    if len(rows) > at_most:  # the last count's versions may not all be here
        rows = rows[:at_most]
        most, complete = max(most, rows[-1][1]), rows[-1][1] + 1
    sizes = {version_id: size for version_id, _, size in rows}
    return Look([(version_id, held) for version_id, held, _ in rows], most, taken, complete, sizes)
