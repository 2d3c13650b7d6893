"""Re-anchoring: where each statement of a briefing's previous revision went in the new one, so
that claims follow their sentence.

Precision first: a verdict on the wrong sentence is far worse than an orphaned one, so a link is
made only on the same wording (`exact`, `moved`) or on a confident fuzzy match inside the same
stretch of the article (`changed`); see docs/revisions.md for how it works and what it gets
wrong, and `matching` for the steps.
"""

from .matching import Matcher
from .result import CHANGED, EXACT, MOVED, ORPHANED, OUTCOMES, Anchoring, Link, Passage
from .wording import same_wording, word_diff

__all__ = [
    "CHANGED",
    "EXACT",
    "MOVED",
    "ORPHANED",
    "OUTCOMES",
    "THRESHOLD",
    "Anchoring",
    "Link",
    "Passage",
    "anchor",
    "same_wording",
    "word_diff",
]

THRESHOLD = 0.7  # the lowest with no wrong link on the labelled and synthetic revisions (docs/revisions.md)


def anchor(old, new, *, threshold=THRESHOLD):
    """Link every statement of `old` to `new` (sequences of Passage or str).

    `threshold` is the least similarity (0..1) at which an edited statement is still linked as
    `changed`; below it the old statement is orphaned and the new one counts as added.
    """
    return Matcher(old, new, threshold).run()
