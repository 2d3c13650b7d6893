"""The matcher, in the spirit of Hypothesis' anchoring: exact quote first, then fuzzy quote with
context, with a threshold below which there is no link.

1. Align the two sequences of wording keys (patience diff, `alignment`). Aligned identical
   statements are `exact`.
2. Identical wordings outside the alignment are `moved`. Among copies, the one whose neighbours
   read the same as the old one's (prefix/suffix context) wins, then the one nearest where the
   old statement would land (position). A short wording (under four words, "Yes.") moves only
   with such a neighbour: alone it says nothing about which sentence it was.
3. Between two aligned anchors (a gap), the unmatched old and new statements are paired by an
   order-keeping alignment that maximises similarity. The anchors on both sides are the
   prefix/suffix context, the order inside the gap the position hint. A pair below the
   threshold is never linked; one old statement may take two consecutive new ones (a split)
   and two consecutive old ones may take one new (a merge), when the pieces together are
   clearly more alike than either alone.
4. What is left is tried beside linked neighbours, then far away with a higher bar (see
   `leftovers`): an edited sentence in a moved paragraph, a reworded one alone in its slot, an
   edited one-sentence paragraph that moved.

Everything old left over is orphaned; everything new left over was added. Fuzzy comparisons
only happen inside gaps, beside neighbours and between leftovers sharing rare words, and a gap
larger than GAP_CELLS pairs is first cut at statements that differ only in their numbers, then
into proportional pieces, so the work stays near linear in the document's length.

The passages' sections, paragraphs and kinds are not used: headings get renamed and paragraphs
renumbered by ordinary edits, and the neighbouring statements carry the same evidence more
reliably (preferring a copy under the same heading changed no measured result).
"""

import bisect
from collections import defaultdict

from .alignment import align
from .gaps import align_gap
from .leftovers import pair_beside_neighbours, pair_far
from .result import CHANGED, EXACT, MOVED, ORPHANED, Anchoring, Link, Passage
from .similarity import DEFAULT_SCORER, SCORERS, Text, containment
from .wording import tokens, wording_key

SHORT_WORDS = 4  # a wording with fewer words moves only beside a moved neighbour


def as_passage(item):
    return item if isinstance(item, Passage) else Passage(str(item))


class Matcher:
    """The state of one anchoring: which old statement went where, which new ones are taken."""

    def __init__(self, old, new, threshold, scorer=DEFAULT_SCORER):
        self.old = [as_passage(item) for item in old]
        self.new = [as_passage(item) for item in new]
        self.old_keys = [wording_key(passage.text) for passage in self.old]
        self.new_keys = [wording_key(passage.text) for passage in self.new]
        self.old_key_set, self.new_key_set = set(self.old_keys), set(self.new_keys)
        self.threshold = threshold
        self.score_pair = SCORERS[scorer]
        self.links = [None] * len(self.old)
        self.taken = [False] * len(self.new)
        self.anchors = []  # (old, new) of exact links, ascending on both sides
        self._texts = {}

    def text(self, side, index):
        """The scorers' view of a statement, computed once and only for statements that need it."""
        key = (side, index)
        if key not in self._texts:
            wording = (self.old_keys if side == "old" else self.new_keys)[index].lower()
            self._texts[key] = Text(wording, tokens(wording))
        return self._texts[key]

    def similarity(self, olds, news, scorer=None):
        """How alike old statements `olds` (joined) are to new statements `news` (joined).

        A statement whose wording the other revision holds word for word scores 0 here: a new
        sentence that reads exactly like some old one is that one (or a copy of it), never an
        edit of another, and only steps 1 and 2 link same wordings, so a short "Yes." refused a
        move is not linked as changed instead."""
        if len(olds) == len(news) == 1 and (
            self.old_keys[olds[0]] in self.new_key_set or self.new_keys[news[0]] in self.old_key_set
        ):
            return 0.0
        return (scorer or self.score_pair)(self.joined("old", olds), self.joined("new", news))

    def joined(self, side, indices):
        return sum((self.text(side, index) for index in indices[1:]), self.text(side, indices[0]))

    def contained(self, side, index, other_side, others):
        """How much of statement `index` the joined statements `others` of the other side hold."""
        return containment(self.text(side, index), self.joined(other_side, others))

    def link(self, old, outcome, news, score):
        self.links[old] = Link(old, outcome, tuple(news), score)
        for index in news:
            self.taken[index] = True

    def run(self):
        self.align_exact()
        self.pair_moved()
        for olds, news in self.gaps():
            for olds_part, news_part in align_gap(self, olds, news):
                self.link_parts(olds_part, news_part)
        pair_beside_neighbours(self)
        if pair_far(self):
            pair_beside_neighbours(self)
        return self.result()

    def align_exact(self):
        ids = {}
        old_ids = [ids.setdefault(key, len(ids)) for key in self.old_keys]
        new_ids = [ids.setdefault(key, len(ids)) for key in self.new_keys]
        self.anchors = align(old_ids, new_ids)
        for old, new in self.anchors:
            self.link(old, EXACT, [new], 1.0)

    def expected_position(self, old):
        """Where old statement `old` would sit in the new revision, judging by the nearest exact
        anchor before it (or after it, at the start)."""
        if not self.anchors:
            return old * len(self.new) / max(len(self.old), 1)
        at = bisect.bisect_left(self.anchors, (old, -1))
        anchor_old, anchor_new = self.anchors[at - 1] if at else self.anchors[0]
        return anchor_new + (old - anchor_old)

    def pair_moved(self):
        unmatched = defaultdict(list)
        for index, key in enumerate(self.new_keys):
            if not self.taken[index]:
                unmatched[key].append(index)
        candidates = []
        for old, key in enumerate(self.old_keys):
            if self.links[old] is None and unmatched.get(key):
                expected = self.expected_position(old)
                candidates.extend(
                    (-self.same_neighbours(old, new), abs(new - expected), old, new) for new in unmatched[key]
                )
        for neighbours, _, old, new in sorted(candidates):
            if self.links[old] is None and not self.taken[new] and (neighbours or not self.is_short(old)):
                self.link(old, MOVED, [new], 1.0)

    def same_neighbours(self, old, new):
        """How many of the statements just before and after have the same wording on both sides:
        the prefix and suffix context that tells two copies of a sentence apart."""
        same = 0
        for step in (-1, 1):
            old_side, new_side = old + step, new + step
            if 0 <= old_side < len(self.old) and 0 <= new_side < len(self.new):
                same += self.old_keys[old_side] == self.new_keys[new_side]
        return same

    def is_short(self, old):
        return sum(token[0].isalnum() for token in self.text("old", old).tokens) < SHORT_WORDS

    def gaps(self):
        """(unmatched olds, untaken news) between each pair of consecutive exact anchors."""
        previous = (-1, -1)
        for anchor in [*self.anchors, (len(self.old), len(self.new))]:
            olds = [index for index in range(previous[0] + 1, anchor[0]) if self.links[index] is None]
            news = [index for index in range(previous[1] + 1, anchor[1]) if not self.taken[index]]
            if olds and news:
                yield olds, news
            previous = anchor

    def link_parts(self, olds, news):
        score = self.similarity(olds, news)
        for old in olds:
            self.link(old, CHANGED, news, score)

    def result(self):
        links = [link or Link(old, ORPHANED, (), 0.0) for old, link in enumerate(self.links)]
        return Anchoring(links=links, added=[index for index, taken in enumerate(self.taken) if not taken])
