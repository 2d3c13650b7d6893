"""A text's matching keys and the similarity of two texts' keys, with the bounds the index's
searches rely on: how many keys a claim must share to reach a similarity, and the best a claim
sharing so many can reach."""

import re
from typing import NamedTuple

#: Below this a match is not shown: chosen on the paraphrase set (bench/similarity_quality.py).
THRESHOLD = 0.35
KEY_LENGTH = 4
MAX_KEYS = 24

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
    return score_of_counts(len(asked & found), len(asked), len(found))


def score_of_counts(shared, asked, found):
    """`score` from how many keys were `asked`, how many the claim has (`found`) and how many the
    two share: what a database that counts the shared keys itself needs (PostgreSQL's looks)."""
    return round(0.6 * shared / asked + 0.4 * 2 * shared / (asked + found), 4)


def best_possible(shared, count):
    """The highest `score` of a claim sharing at most `shared` of `count` asked keys: a claim of
    only those keys (the score grows with the keys shared, and shrinks with the claim's own)."""
    if shared <= 0:
        return 0.0
    return score_of_counts(shared, count, shared)


def least_shared(count, similarity):
    """The fewest of `count` asked keys a claim must share to reach `similarity` (count + 1 when
    none can). `best_possible` is rounded as `score` is, so a claim sharing one key fewer scores
    below `similarity`, never equal to it."""
    for shared in range(1, count + 1):
        if best_possible(shared, count) >= similarity:
            return shared
    return count + 1


def rarest_within(present, frequencies, budget):
    """How many of the `present` keys, rarest first, the index may be asked for together: their
    `frequencies` summed at most `budget` (at least one key)."""
    total, taken = 0, 0
    for key in present:
        total += frequencies[key]
        if taken and total > budget:
            break
        taken += 1
    return taken


def present_keys(asked, frequencies):
    """The `asked` keys the archive holds, rarest first."""
    return sorted((key for key in asked if frequencies[key]), key=lambda key: frequencies[key])


class Look(NamedTuple):
    """What one look of the exact search found: `rows` of (version id, the most keys it can
    share), most first; `most`: the most keys a version not among them can share; `complete`:
    the rows hold every version found that can share this many keys or more (fewer: the look
    stopped at `at_most` rows). `asked`: how many of the rarest keys the index was asked for
    (PostgreSQL's next look skips the versions holding them when this look found them all).
    `sizes`: {version id: how many keys it has} when the rows' counts are exact (PostgreSQL's),
    so that they are scored without reading the versions' text; None when they are bounds."""

    rows: list
    most: int
    asked: int = 0
    complete: int = 0
    sizes: dict | None = None
