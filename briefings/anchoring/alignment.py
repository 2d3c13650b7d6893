"""Aligning two sequences of wording ids: the pairs of equal wordings that stay in order.

Patience diff (as in Bazaar and git's --patience): the common start and end are matched first;
then the wordings found exactly once on each side are paired, and the longest run of those
pairs that keeps its order on both sides (a longest increasing subsequence, O(n log n)) becomes
the skeleton; between two skeleton pairs, the same again, and difflib for what has no unique
wording (a run of "Yes." and "No."). It finds what difflib finds on prose, where almost every
sentence is unique, without difflib's quadratic worst case when every other sentence changes.
"""

import bisect
from collections import Counter
from difflib import SequenceMatcher

MAX_DEPTH = 40  # nested skeletons deeper than this are left to difflib


def align(old, new):
    """[(old index, new index), ...] of equal ids kept in order, ascending on both sides."""
    pairs = []
    _align(old, new, 0, len(old), 0, len(new), pairs)
    return pairs


def _align(old, new, old_lo, old_hi, new_lo, new_hi, pairs, depth=0):
    while old_lo < old_hi and new_lo < new_hi and old[old_lo] == new[new_lo]:
        pairs.append((old_lo, new_lo))
        old_lo, new_lo = old_lo + 1, new_lo + 1
    tail = []
    while old_lo < old_hi and new_lo < new_hi and old[old_hi - 1] == new[new_hi - 1]:
        old_hi, new_hi = old_hi - 1, new_hi - 1
        tail.append((old_hi, new_hi))
    if old_lo < old_hi and new_lo < new_hi:
        skeleton = depth < MAX_DEPTH and _unique_skeleton(old, new, old_lo, old_hi, new_lo, new_hi)
        if skeleton:
            previous = (old_lo - 1, new_lo - 1)
            for pair in [*skeleton, (old_hi, new_hi)]:
                _align(old, new, previous[0] + 1, pair[0], previous[1] + 1, pair[1], pairs, depth + 1)
                if pair != (old_hi, new_hi):
                    pairs.append(pair)
                previous = pair
        else:
            matcher = SequenceMatcher(None, old[old_lo:old_hi], new[new_lo:new_hi], autojunk=False)
            for a, b, size in matcher.get_matching_blocks():
                pairs.extend((old_lo + a + step, new_lo + b + step) for step in range(size))
    pairs.extend(reversed(tail))


def _unique_skeleton(old, new, old_lo, old_hi, new_lo, new_hi):
    """The longest in-order run of pairs of ids that occur once in each range."""
    old_counts = Counter(old[old_lo:old_hi])
    new_counts = Counter(new[new_lo:new_hi])
    where_new = {new[j]: j for j in range(new_lo, new_hi) if new_counts[new[j]] == 1}
    candidates = [
        (i, where_new[old[i]])
        for i in range(old_lo, old_hi)
        if old_counts[old[i]] == 1 and old[i] in where_new
    ]
    return _longest_increasing(candidates)


def _longest_increasing(pairs):
    """The longest subsequence of `pairs` (ascending on the first item) ascending on the second."""
    tails, tail_index, previous = [], [], [None] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        at = bisect.bisect_left(tails, j)
        if at:
            previous[index] = tail_index[at - 1]
        if at == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[at], tail_index[at] = j, index
    run, index = [], tail_index[-1] if tail_index else None
    while index is not None:
        run.append(pairs[index])
        index = previous[index]
    return run[::-1]
