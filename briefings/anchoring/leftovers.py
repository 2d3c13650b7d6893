"""The last two chances for an old statement the gaps left unmatched.

Beside its neighbours: if the statement before a run of unmatched old statements went to new
position p, the run is aligned (as a gap: pairs, splits, merges) with the free new statements
from p + 1 on, and likewise backwards from the statement after the run. That is the
prefix/suffix context of Hypothesis' fuzzy anchoring, and it finds an edited sentence inside a
moved paragraph. Last, the free statements on the neighbour's other side are tried: an edited
sentence that swapped places with its neighbour (a wire update reordering two paragraphs). When both neighbours point at the same single free new statement, the old one
sits alone in its slot; there word order may change too (a heavy reword), so the order-free
`bag` score is also accepted at the same threshold. A look-alike in the slot still fails: it
shares words, not enough of them.

Far away: an edited one-sentence paragraph that also moved has no context at all. It is linked
only when it is confidently the same sentence: at least FAR_THRESHOLD alike by plain `words`
(a changed number counts in full here, so about one token in ten may differ), and each the
other's best candidate by FAR_MARGIN. In a report that repeats one sentence frame with other
figures, two numbers apart is already too far. Candidates share a rare word (one in at most
COMMON_WORD leftover statements), so this stays linear.
"""

from collections import Counter, defaultdict

from .gaps import align_gap
from .result import CHANGED
from .similarity import bag, words

NEIGHBOUR_PASSES = 3
FAR_THRESHOLD = 0.9
FAR_MARGIN = 0.1
FAR_CANDIDATES = 5
COMMON_WORD = 50


def pair_beside_neighbours(matcher):
    for _ in range(NEIGHBOUR_PASSES):
        linked = sum(_beside(matcher, olds) for olds in _unmatched_runs(matcher))
        linked += sum(
            _alone_in_slot(matcher, old) for old in range(len(matcher.old)) if matcher.links[old] is None
        )
        if not linked:
            return


def _unmatched_runs(matcher):
    """Maximal runs of consecutive unmatched old statements."""
    run = []
    for old, link in enumerate(matcher.links):
        if link is None:
            run.append(old)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _free_run(matcher, new, step, length):
    """Up to `length` untaken new statements from `new` on, going `step` (1 or -1), in order."""
    run = []
    while 0 <= new < len(matcher.new) and not matcher.taken[new] and len(run) < length:
        run.append(new)
        new += step
    return run if step == 1 else run[::-1]


def _beside(matcher, olds):
    """Align a run of unmatched olds with the free new statements just after the new place of
    the statement before the run, or just before that of the statement after it; then, for an
    edited sentence that swapped places with its neighbour, on the neighbour's other side."""
    before = matcher.links[olds[0] - 1] if olds[0] > 0 else None
    after = matcher.links[olds[-1] + 1] if olds[-1] + 1 < len(matcher.old) else None
    linked = 0
    for link, step in ((before, 1), (after, -1), (before, -1), (after, 1)):
        if link and link.new:
            start = max(link.new) + 1 if step == 1 else min(link.new) - 1
            olds_left = [old for old in olds if matcher.links[old] is None]
            news = _free_run(matcher, start, step, len(olds) + 2)
            if olds_left and news:
                for olds_part, news_part in align_gap(matcher, olds_left, news):
                    matcher.link_parts(olds_part, news_part)
                    linked += 1
    return linked


def _slot(matcher, old):
    """(new position after the previous statement's link, new position before the next one's);
    the document's start and end count as linked."""
    after_previous = before_next = None
    if old == 0:
        after_previous = 0
    elif matcher.links[old - 1] and matcher.links[old - 1].new:
        after_previous = max(matcher.links[old - 1].new) + 1
    if old == len(matcher.old) - 1:
        before_next = len(matcher.new) - 1
    elif matcher.links[old + 1] and matcher.links[old + 1].new:
        before_next = min(matcher.links[old + 1].new) - 1
    return after_previous, before_next


def _alone_in_slot(matcher, old):
    """An old statement whose two neighbours' links leave exactly one free new statement
    between them is compared order-free too: a heavy reword keeps the words, not their order."""
    after_previous, before_next = _slot(matcher, old)
    if after_previous is None or after_previous != before_next:
        return 0
    new = after_previous
    if not 0 <= new < len(matcher.new) or matcher.taken[new]:
        return 0
    score = max(matcher.similarity([old], [new]), matcher.similarity([old], [new], bag))
    if score < matcher.threshold:
        return 0
    matcher.link(old, CHANGED, [new], score)
    return 1


def _candidates(matcher, olds, news):
    """{old: [(score, new), ...]} for the few leftover news sharing the most rare words with it."""
    by_word = defaultdict(list)
    for new in news:
        for word in set(matcher.text("new", new).tokens):
            by_word[word].append(new)
    scored = {}
    for old in olds:
        shared = Counter()
        for word in set(matcher.text("old", old).tokens):
            hits = by_word.get(word, ())
            if len(hits) <= COMMON_WORD:
                shared.update(hits)
        scored[old] = sorted(
            ((matcher.similarity([old], [new], words), new) for new, _ in shared.most_common(FAR_CANDIDATES)),
            reverse=True,
        )
    return scored


def _clear_best(options):
    """The best of [(score, item), ...] if it leads the runner-up by FAR_MARGIN, else None."""
    options = sorted(options, reverse=True)
    if not options or (len(options) > 1 and options[0][0] - options[1][0] < FAR_MARGIN):
        return None
    return options[0]


def pair_far(matcher):
    olds = [old for old in range(len(matcher.old)) if matcher.links[old] is None]
    news = [new for new in range(len(matcher.new)) if not matcher.taken[new]]
    if not olds or not news:
        return 0
    scored = _candidates(matcher, olds, news)
    by_new = defaultdict(list)
    for old, options in scored.items():
        for score, new in options:
            by_new[new].append((score, old))
    linked = 0
    for old, options in scored.items():
        best = _clear_best(options)
        if best and best[0] >= max(FAR_THRESHOLD, matcher.threshold):
            new = best[1]
            if (_clear_best(by_new[new]) or (None, None))[1] == old:
                matcher.link(old, CHANGED, [new], matcher.similarity([old], [new]))
                linked += 1
    return linked
