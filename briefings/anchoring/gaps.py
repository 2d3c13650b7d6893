"""Pairing the unmatched statements of one gap between two aligned anchors.

First, statements that differ only in their numbers ("61%" → "63%") are aligned like exact ones
(difflib on their token shapes): a figure corrected throughout an article costs no fuzzy search.
Then each stretch between those is aligned by dynamic programming: the order-keeping set of
pairs that maximises their summed similarity, with splits and merges as 1:2 and 2:1 steps.

Order is the position hint: inside a gap, edited sentences keep their order, so an old sentence
never pairs with a new one past another pair. Each link's gain is its similarity, so of two
candidates the more alike wins, and a merge (two links) must beat pairing either half alone.
A stretch of more than GAP_CELLS pairs is cut into proportional pieces: the cap that keeps a
rewritten article from costing old × new comparisons.
"""

import math
from difflib import SequenceMatcher

from .similarity import bag

GAP_CELLS = 3_600  # old × new pairs one alignment may weigh; larger stretches are cut in pieces
PIECE_LENGTH = 60  # statements per piece of a cut stretch
PIECE_FLOOR = 0.4  # a split or merge is tried only when one piece is at least this alike
JOIN_MARGIN = 0.02  # the joined pieces must beat the best single piece by this much
PIECE_CONTAINED = 0.4  # and each piece must share this much of its words with the other side
PIECE_REORDERED = 0.8  # when every piece shares this much, clause order is forgiven (`bag`)

SKIP, PAIR, SPLIT, MERGE = range(4)


def align_gap(matcher, olds, news):
    """[(olds, news), ...] to link in this gap: one old and one new for a pair, one old and two
    new for a split (the piece most like the old first), two old and one new for a merge."""
    groups = []
    for old_part, new_part, shape_pair in _stretches(matcher, olds, news):
        if shape_pair:
            groups.append((old_part, new_part))
        elif len(old_part) * len(new_part) <= GAP_CELLS:
            groups.extend(_align(matcher, old_part, new_part))
        else:
            groups.extend(_align_in_pieces(matcher, old_part, new_part))
    return groups


def _stretches(matcher, olds, news):
    """The gap cut at pairs whose tokens differ only in numbers (and are similar enough):
    (olds, news, True) for such a pair, (olds, news, False) for the stretches between."""
    ids = {}
    old_shapes = [ids.setdefault(tuple(matcher.text("old", old).shapes), len(ids)) for old in olds]
    new_shapes = [ids.setdefault(tuple(matcher.text("new", new).shapes), len(ids)) for new in news]
    old_from = new_from = 0
    blocks = SequenceMatcher(None, old_shapes, new_shapes, autojunk=False).get_matching_blocks()
    for old_start, new_start, size in blocks:
        for step in range(size):
            old, new = olds[old_start + step], news[new_start + step]
            if matcher.similarity([old], [new]) < matcher.threshold:
                continue
            if olds[old_from : old_start + step] and news[new_from : new_start + step]:
                yield olds[old_from : old_start + step], news[new_from : new_start + step], False
            yield [old], [new], True
            old_from, new_from = old_start + step + 1, new_start + step + 1
    if olds[old_from:] and news[new_from:]:
        yield olds[old_from:], news[new_from:], False


def _align_in_pieces(matcher, olds, news):
    pieces = math.ceil(max(len(olds), len(news)) / PIECE_LENGTH)
    groups = []
    for piece in range(pieces):
        old_part = olds[piece * len(olds) // pieces : (piece + 1) * len(olds) // pieces]
        new_part = news[piece * len(news) // pieces : (piece + 1) * len(news) // pieces]
        if old_part and new_part:
            groups.extend(_align(matcher, old_part, new_part))
    return groups


class _Scores:
    """Similarities inside one stretch: every single pair up front, joined pieces on demand."""

    def __init__(self, matcher, olds, news):
        self.matcher, self.olds, self.news = matcher, olds, news
        self.single = [[matcher.similarity([old], [new]) for new in news] for old in olds]

    def split(self, i, j):
        """Old i split into new j and j+1, or None."""
        alone = max(self.single[i][j], self.single[i][j + 1])
        if alone < PIECE_FLOOR:
            return None
        return self._joined([self.olds[i]], [self.news[j], self.news[j + 1]], alone)

    def merge(self, i, j):
        """Old i and i+1 merged into new j, or None."""
        alone = max(self.single[i][j], self.single[i + 1][j])
        if alone < PIECE_FLOOR:
            return None
        return self._joined([self.olds[i], self.olds[i + 1]], [self.news[j]], alone)

    def _joined(self, olds, news, alone):
        """The similarity of the joined pieces, if it beats either piece alone and every piece is
        largely found on the other side (so an inserted sentence is not glued on). When every
        piece is almost whole on the other side, the order-free score counts too: a merge often
        moves a clause ("won the prize on Thursday. The prize is worth…" → "won the prize, worth
        …, on Thursday")."""
        matcher = self.matcher
        pieces = [("old", old, "new", news) for old in olds] if len(olds) > 1 else []
        pieces += [("new", new, "old", olds) for new in news] if len(news) > 1 else []
        contained = min(matcher.contained(*piece) for piece in pieces)
        score = matcher.similarity(olds, news)
        if contained >= PIECE_REORDERED:
            score = max(score, matcher.similarity(olds, news, bag))
        if score < matcher.threshold or score < alone + JOIN_MARGIN or contained < PIECE_CONTAINED:
            return None
        return score


def _options(scores, best, i, j, threshold):
    """(total, step) for each way to reach cell (i, j) of the alignment."""
    options = []
    if i:
        options.append((best[i - 1][j][0], SKIP))
    if j:
        options.append((best[i][j - 1][0], SKIP))
    if i and j and scores.single[i - 1][j - 1] >= threshold:
        options.append((best[i - 1][j - 1][0] + scores.single[i - 1][j - 1], PAIR))
    if i and j >= 2 and (score := scores.split(i - 1, j - 2)) is not None:
        options.append((best[i - 1][j - 2][0] + score, SPLIT))
    if i >= 2 and j and (score := scores.merge(i - 2, j - 1)) is not None:
        options.append((best[i - 2][j - 1][0] + 2 * score, MERGE))
    return options


def _align(matcher, olds, news):
    scores = _Scores(matcher, olds, news)
    threshold = matcher.threshold
    best = [[(0.0, None)] * (len(news) + 1) for _ in range(len(olds) + 1)]
    for i in range(len(olds) + 1):
        for j in range(len(news) + 1):
            if i or j:
                options = _options(scores, best, i, j, threshold)
                total, step = options[0]
                for option in options[1:]:
                    if option[0] > total:
                        total, step = option
                best[i][j] = (total, step)
    return _walk_back(scores, best, len(olds), len(news))


def _walk_back(scores, best, i, j):
    groups = []
    while i or j:
        step = best[i][j][1]
        if step == PAIR:
            i, j = i - 1, j - 1
            groups.append(([scores.olds[i]], [scores.news[j]]))
        elif step == SPLIT:
            i, j = i - 1, j - 2
            first, second = j, j + 1
            if scores.single[i][second] > scores.single[i][first]:
                first, second = second, first
            groups.append(([scores.olds[i]], [scores.news[first], scores.news[second]]))
        elif step == MERGE:
            i, j = i - 2, j - 1
            groups.append(([scores.olds[i], scores.olds[i + 1]], [scores.news[j]]))
        elif i and best[i - 1][j][0] == best[i][j][0]:
            i -= 1
        else:
            j -= 1
    return groups[::-1]
