"""Has this been checked before? The public claims whose wording resembles a text, each with a
similarity between 0 and 1, best first, none below THRESHOLD.

Lexical, and measured (docs/claim-intelligence.md, "What has been checked before", bench/similarity_quality.py): a text
is reduced to its content words (stop words and question words dropped), each keyed by its first
four letters, so that derived forms meet ("invaded", "invasion" → "inva"; "Russia", "Russian" →
"russ") while numbers and dates stay whole. The database's index finds the claims sharing a key
(SQLite: an FTS5 prefix index, migration 0019; PostgreSQL: a GIN index over each version's keys,
stored by the database itself, migration 0022), asked only for the rarest keys such a claim must
hold (counted by the FTS5 vocabulary, 0025, or by the database's triggers, 0026), best first by
its own rank; each candidate is then scored by how much of the question it covers and how much
the two texts share. No embedding model: none ships inside a package that runs offline and was
shown to beat this on the paraphrase set."""

import re
from dataclasses import dataclass

from django.db import connection

from briefings.models import Briefing

from .models import Claim, ClaimVersion

#: Below this a match is not shown: chosen on the paraphrase set (bench/similarity_quality.py).
THRESHOLD = 0.35
#: How many claims the index hands over for scoring.
CANDIDATES = 300
#: How many candidates above the threshold are checked for being public at once (`_best_public`).
CHECKED_AT_ONCE = 50
#: The longest text one may ask about, in characters.
TEXT_MAX = 1000
KEY_LENGTH = 4
MAX_KEYS = 24
#: SQLite: the terms of the FTS5 index with the number of versions holding each (migration 0025).
VOCABULARY = "factcheck_claimversion_match_terms"
#: PostgreSQL: each stored key with the number of versions holding it (migration 0026).
KEY_COUNTS = "factcheck_claimversion_key_counts"

_STOP_WORDS = """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom whose why will with would you your yours yourself yourselves true false really actually
    said says say according claim claims claimed did does whether ever still yet since already
    many much one two three per cent percent year years time times"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
WORD = re.compile(r"[^\W_]+")


def keys(text):
    """The content words of `text` as matching keys: lower-cased, stop words dropped, words cut
    to their first four letters (numbers kept whole), in order of first appearance."""
    found = {}
    for word in WORD.findall(text.lower()):
        if word in STOP_WORDS or (len(word) < 3 and not word.isdigit()):
            continue
        found.setdefault(word if word.isdigit() else word[:KEY_LENGTH], None)
    return list(found)[:MAX_KEYS]


def score(asked, found):
    """How far a claim's keys `found` answer the keys `asked`, 0–1: mostly the share of the
    question the claim covers (a question rarely repeats the answer's date), partly the share of
    both (so a long claim that mentions everything does not win by bulk)."""
    asked, found = set(asked), set(found)
    if not asked or not found:
        return 0.0
    shared = len(asked & found)
    return round(0.6 * shared / len(asked) + 0.4 * 2 * shared / (len(asked) + len(found)), 4)


@dataclass(frozen=True)
class Match:
    claim_id: int
    similarity: float


def _least_shared(count, threshold):
    """The fewest of `count` asked keys a claim must share to reach `threshold` (`score` at its
    best: a claim of only the shared keys)."""
    least = threshold - 0.00005  # `score` rounds to four places
    for shared in range(1, count + 1):
        if 0.6 * shared / count + 0.8 * shared / (count + shared) >= least:
            return shared
    return count + 1


def _frequencies(asked):
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


def _rarest_groups(asked, frequencies, threshold):
    """The keys to ask the index for, each alone: the rarest of those in the archive, as many as
    make sure that every claim that can reach `threshold` holds one. A claim must share at least
    `_least_shared` of the `asked` keys, none of them absent from the archive, so it holds one of
    any (present − least + 1) present keys; the rarest such keys match the fewest claims, which
    is what the index's ranking costs (a sentence of common words matched 30,000 claims by pairs
    of its first keys, 250 ms). Empty when too few keys are in the archive at all."""
    present = sorted((key for key in asked if frequencies[key]), key=lambda key: frequencies[key])
    least = _least_shared(len(asked), threshold)
    if len(present) < least:
        return [], present
    return [(key,) for key in present[: len(present) - least + 1]], present


def _fts_query(groups):
    # Every key quoted (no FTS5 syntax can slip in); words as prefixes, numbers whole.
    def term(key):
        return f'"{key}"' if key.isdigit() else f'"{key}"*'

    return " OR ".join("(" + " AND ".join(term(key) for key in group) + ")" for group in groups)


def _most_keys(shared, asked, threshold):
    """The most keys a claim sharing `shared` of the `asked` keys may have and still reach
    `threshold` (`score`: the Dice part shrinks as the claim's keys grow); MAX_KEYS when any
    number will do."""
    least = threshold - 0.00005  # `score` rounds to four places
    covered = 0.6 * shared / len(asked)
    if covered >= least:
        return MAX_KEYS
    return min(MAX_KEYS, int(0.8 * shared / (least - covered) - len(asked)))


def _keys_tsquery(present, asked, threshold):
    """The PostgreSQL query for the claims that can reach `threshold`, over their stored keys
    (migration 0022: exact lexemes, and `~N` for a claim of N keys). `present`: the asked keys
    the archive holds, rarest first. A claim sharing `shared` keys holds one of any
    (present − shared + 1) of them, so the rarest such keys are asked for, together with the
    sizes a claim sharing that many may have (`_most_keys`), from the fewest keys that can reach
    the threshold up to the first count at which any size will do, which is asked alone. Each
    lexeme is quoted: keys are letters and digits, and `~N` must not be read as an operator."""
    parts, least = [], _least_shared(len(asked), threshold)
    for shared in range(least, len(present) + 1):
        most = _most_keys(shared, asked, threshold)
        if most < shared:  # no claim sharing only this many keys can reach the threshold
            continue
        rarest = " | ".join(f"'{key}'" for key in present[: len(present) - shared + 1])
        if most >= MAX_KEYS:
            parts.append(f"({rarest})")
            break
        sizes = " | ".join(f"'~{size}'" for size in range(shared, most + 1))
        parts.append(f"({rarest}) & ({sizes})")
    return " | ".join(parts)


def _postgresql_frequencies(asked):
    """{key: how many claim versions hold it}, from the counts the database keeps by trigger
    (migration 0026): one indexed read. A count may be too high (after a TRUNCATE), never too
    low, so a key counted 0 is truly absent."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key, versions FROM {KEY_COUNTS} WHERE key = ANY(%s)", [asked])
        found = dict(cursor.fetchall())
    return {key: found.get(key, 0) for key in asked}


def _sqlite_candidates(asked, threshold):
    groups, ranked = _rarest_groups(asked, _frequencies(asked), threshold)
    if not groups:
        return []
    query = _fts_query(groups)
    if len(ranked) > len(groups):
        query = f"({query}) AND ({_fts_query([(key,) for key in ranked])})"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rowid FROM factcheck_claimversion_match WHERE factcheck_claimversion_match MATCH %s "
            "ORDER BY rank LIMIT %s",
            [query, CANDIDATES],
        )
        return [row[0] for row in cursor.fetchall()]


def _postgresql_candidates(asked, threshold):
    _, present = _rarest_groups(asked, _postgresql_frequencies(asked), threshold)
    query = _keys_tsquery(present, asked, threshold)
    if not query:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM factcheck_claimversion WHERE match_keys @@ %s::tsquery "
            "ORDER BY ts_rank(match_keys, %s::tsquery) DESC LIMIT %s",
            [query, " | ".join(f"'{key}'" for key in present), CANDIDATES],
        )
        return [row[0] for row in cursor.fetchall()]


def _candidate_versions(asked, threshold):
    """Ids of claim versions that may reach `threshold`, the index's best first (ranked by all
    the asked keys the archive holds), asked only for the rarest keys a matching claim must hold
    one of: SQLite, `_rarest_groups` over FTS5; PostgreSQL, `_keys_tsquery` over the stored keys.
    None where there is no index (score every public claim)."""
    if connection.vendor == "sqlite":
        return _sqlite_candidates(asked, threshold)
    if connection.vendor == "postgresql":
        return _postgresql_candidates(asked, threshold)
    return None


def _public_claims(version_ids):
    """(claim id, live version id) of the public claims whose live version is among
    `version_ids`: Claim.objects.public() in two steps, the claims by their live version, then
    their briefings by Briefing.objects.public(). As one query, SQLite's planner starts from the
    published briefings and reads every statement they hold (half a second at 100,000 claims)."""
    live = Claim.objects.filter(live_version_id__in=version_ids).order_by()
    rows = list(live.values_list("pk", "live_version_id", "statement__briefing_id"))
    briefings = {briefing for *_, briefing in rows}
    public = set(Briefing.objects.public().filter(pk__in=briefings).values_list("pk", flat=True))
    return [(claim_id, version_id) for claim_id, version_id, briefing in rows if briefing in public]


def similar_claims(text, *, limit=20, threshold=THRESHOLD):
    """The public claims most like `text`, as Matches (claim id, similarity), best first, at most
    `limit`, none below `threshold`. Compares each claim's live published version. The index's
    candidates are scored first and only those above the threshold checked for being public, the
    best first: joining every candidate to its briefing costs more than scoring it."""
    asked = keys(text)
    if not asked:
        return []
    candidates = _candidate_versions(asked, threshold)
    versions = (
        ClaimVersion.objects.live() if candidates is None else ClaimVersion.objects.filter(pk__in=candidates)
    )
    scored = {
        version_id: score(asked, keys(version_text))
        for version_id, version_text in versions.order_by().values_list("pk", "text")
    }
    scored = {version_id: similarity for version_id, similarity in scored.items() if similarity >= threshold}
    return _best_public(scored, limit)


def _best_public(scored, limit):
    """Matches for the best `limit` public claims among the `scored` versions ({version id:
    similarity}, best first: by similarity, then claim id). Checked for being public best first,
    a batch at a time, until no version left can reach the `limit`-th similarity: a statement of
    common words has hundreds of candidates above the threshold, and checking them all cost 15 ms."""
    ranked = sorted(scored, key=scored.get, reverse=True)
    batch, matches, start = max(CHECKED_AT_ONCE, 2 * limit), [], 0
    while start < len(ranked):
        checked = ranked[start : start + batch]
        matches += [Match(claim_id, scored[version_id]) for claim_id, version_id in _public_claims(checked)]
        start += len(checked)
        matches.sort(key=lambda match: (-match.similarity, match.claim_id))
        if (
            len(matches) >= limit
            and start < len(ranked)
            and scored[ranked[start]] < matches[limit - 1].similarity
        ):
            break
    return matches[:limit]
