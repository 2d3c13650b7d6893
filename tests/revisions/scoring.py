"""Precision and recall of an anchoring against labels (hand-made or synthetic).

A predicted link (any outcome but orphaned) is right when every new statement it names is one the
label names for that old statement: a split found as one piece is right, a claim on another
sentence is wrong. Link precision is right links / predicted links, recall right links / labelled
links. Per outcome, a prediction counts only when the outcome and the new statements both agree.
"""

from collections import Counter
from dataclasses import dataclass, field

from briefings.anchoring import CHANGED, EXACT, MOVED, ORPHANED, OUTCOMES


@dataclass
class Tally:
    predicted: Counter = field(default_factory=Counter)
    expected: Counter = field(default_factory=Counter)
    agreed: Counter = field(default_factory=Counter)
    links_predicted: int = 0
    links_expected: int = 0
    links_right: int = 0
    added_predicted: int = 0
    added_expected: int = 0
    added_agreed: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    disagreed: list[str] = field(default_factory=list)

    def add(self, name, old, new, expected, expected_added, anchoring):
        for index, link in enumerate(anchoring.links):
            outcomes, news = expected[index]
            outcome = link.outcome if link.outcome in outcomes else outcomes[0]
            self.predicted[link.outcome] += 1
            self.expected[outcome] += 1
            if link.outcome == outcome and _same_news(outcome, link.new, news):
                self.agreed[outcome] += 1
            else:
                self.disagreed.append(
                    f"{name}: {old[index].text!r}: {link.outcome} {link.new}, labelled {outcome} {news}"
                )
            self._count_link(name, old, new, index, link, outcome, news)
        copies = {
            index
            for outcomes, news in expected
            if len(news) > 1 and CHANGED not in outcomes
            for index in news
        }
        predicted_added, wanted = set(anchoring.added) - copies, set(expected_added) - copies
        self.added_predicted += len(predicted_added)
        self.added_expected += len(wanted)
        self.added_agreed += len(predicted_added & wanted)

    def _count_link(self, name, old, new, index, link, outcome, news):
        predicted_link, expected_link = link.outcome != ORPHANED, outcome != ORPHANED
        right = predicted_link and expected_link and set(link.new) <= set(news)
        self.links_predicted += predicted_link
        self.links_expected += expected_link
        self.links_right += right
        if predicted_link and not right:
            got = " | ".join(new[at].text for at in link.new)
            self.wrong.append(f"{name}: {old[index].text!r} -> {got!r} ({link.outcome} {link.score:.2f})")
        elif expected_link and not right:
            want = " | ".join(new[at].text for at in news)
            self.missed.append(f"{name}: {old[index].text!r} -> {want!r} ({outcome})")

    def precision(self):
        return self.links_right / self.links_predicted if self.links_predicted else 1.0

    def recall(self):
        return self.links_right / self.links_expected if self.links_expected else 1.0

    def rows(self):
        """(name, precision, recall, labelled count) per outcome, for added, and for all links."""
        rows = []
        for outcome in OUTCOMES:
            agreed = self.agreed[outcome]
            rows.append(
                (
                    outcome,
                    _ratio(agreed, self.predicted[outcome]),
                    _ratio(agreed, self.expected[outcome]),
                    self.expected[outcome],
                )
            )
        rows.append(
            (
                "added",
                _ratio(self.added_agreed, self.added_predicted),
                _ratio(self.added_agreed, self.added_expected),
                self.added_expected,
            )
        )
        rows.append(("all links", self.precision(), self.recall(), self.links_expected))
        return rows


def _same_news(outcome, got, wanted):
    """Exact and moved labels naming several new statements (identical copies) mean any one."""
    if outcome in (EXACT, MOVED) and len(wanted) > 1:
        return len(got) == 1 and got[0] in wanted
    return set(got) == set(wanted)


def _ratio(part, whole):
    return part / whole if whole else 1.0


def tally(cases, anchor_function):
    """Run `anchor_function(old, new)` on every case and add them up."""
    total = Tally()
    for case in cases:
        result = anchor_function(case.old, case.new)
        total.add(case.name, case.old, case.new, case.expected, case.added, result)
    return total
