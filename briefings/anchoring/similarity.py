"""How alike two statements' wordings are, from 0 to 1.

The scorers all read lower-cased wording keys; the token scorers read `wording.tokens`, where a
number is one token ("3.25", "41,000"), punctuation is dropped. docs/revisions.md compares
them: the character measures (chars, difflib, token_set) link look-alikes; the token ones tie
on the labelled and synthetic revisions, and DEFAULT_SCORER (`figures`) is the one that also
keeps a short sentence's edited figure and refuses a frame with new figures *and* new words.
"""

import difflib
from collections import Counter

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

SAME_SHAPE = 0.9  # `figures`: this alike once numbers are masked, and the numbers count half
NUMBER = "#"  # every number's shape: "61%" and "63%" read the same in `Text.shapes`


class Text:
    """A wording as the scorers read it: the lower-cased wording key, its tokens (words and
    numbers, no punctuation), and their shapes (every number replaced by NUMBER)."""

    __slots__ = ("shapes", "text", "tokens")

    def __init__(self, text, tokens, shapes=None):
        self.text = text
        self.tokens = tokens
        self.shapes = (
            shapes if shapes is not None else [NUMBER if token[0].isdigit() else token for token in tokens]
        )

    def __add__(self, other):
        return Text(f"{self.text} {other.text}", self.tokens + other.tokens, self.shapes + other.shapes)


def chars(a, b):
    """Indel similarity of the characters (rapidfuzz's `ratio`)."""
    return fuzz.ratio(a.text, b.text) / 100


def difflib_ratio(a, b):
    """The standard library's SequenceMatcher ratio on characters (the slow baseline)."""
    return difflib.SequenceMatcher(None, a.text, b.text, autojunk=False).ratio()


def words(a, b):
    """Indel similarity of the token sequences: words shared in the same order."""
    return Indel.normalized_similarity(a.tokens, b.tokens)


def numbers_half(a, b):
    """`words`, with a changed number counting half: the mean of the token similarity and the
    similarity of the token shapes, where every number is the same shape. A sentence whose only
    edit is a figure stays close however short it is; a look-alike gains nothing."""
    return (words(a, b) + Indel.normalized_similarity(a.shapes, b.shapes)) / 2


def figures(a, b):
    """`words`, except that when the two differ (almost) only in their numbers, the numbers count
    half. "Turnout was 61%." → "Turnout was 63%." stays close however short the sentence; a
    sentence that changes its numbers *and* its words ("the city would borrow 12 million for
    schools" → "the region would lend 40 million for roads") gets no such help."""
    plain = words(a, b)
    shaped = Indel.normalized_similarity(a.shapes, b.shapes)
    return (plain + shaped) / 2 if shaped >= SAME_SHAPE else plain


def token_set(a, b):
    """rapidfuzz's token_set_ratio: order-free, and a sentence contained in the other scores 1."""
    return fuzz.token_set_ratio(a.text, b.text) / 100


def bag(a, b):
    """Dice coefficient of the token multisets: words shared, in any order."""
    shared = sum((Counter(a.tokens) & Counter(b.tokens)).values())
    return 2 * shared / (len(a.tokens) + len(b.tokens) or 1)


def containment(piece, whole):
    """The share of `piece`'s words (not punctuation) that `whole` also has: how much of a split
    or merged piece the other side accounts for."""
    words = Counter(token for token in piece.tokens if token[0].isalnum())
    if not words:
        return 0.0
    shared = words & Counter(whole.tokens)
    return sum(shared.values()) / sum(words.values())


SCORERS = {
    "chars": chars,
    "difflib": difflib_ratio,
    "words": words,
    "numbers_half": numbers_half,
    "figures": figures,
    "token_set": token_set,
    "bag": bag,
}
DEFAULT_SCORER = "figures"
