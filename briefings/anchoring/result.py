"""What anchoring takes and gives: passages in, one link per old passage out."""

from dataclasses import dataclass

EXACT, MOVED, CHANGED, ORPHANED = "exact", "moved", "changed", "orphaned"
OUTCOMES = (EXACT, MOVED, CHANGED, ORPHANED)


@dataclass(frozen=True)
class Passage:
    """What the matcher knows of a statement: its text and where it stood."""

    text: str
    section: str = ""  # heading of its section ("" for the opening)
    paragraph: int = 0  # 1-based paragraph/list number
    kind: str = "sentence"  # or "list_item"


@dataclass(frozen=True)
class Link:
    """Where one old passage went.

    `new` holds one index for exact, moved and changed; two when the old sentence was split in
    two (the piece most like it first); none when it is orphaned.
    """

    old: int
    outcome: str
    new: tuple[int, ...]
    score: float


@dataclass
class Anchoring:
    """One link per old passage, in old order, and the new passages nothing links to."""

    links: list[Link]
    added: list[int]

    def counts(self):
        """How many statements were kept (exact), moved, changed, added (new) and removed."""
        tally = {"kept": 0, "moved": 0, "changed": 0, "new": len(self.added), "removed": 0}
        names = {EXACT: "kept", MOVED: "moved", CHANGED: "changed", ORPHANED: "removed"}
        for link in self.links:
            tally[names[link.outcome]] += 1
        return tally

    def link_for(self, old):
        return self.links[old]

    def changed_pairs(self):
        """(old, new) for every changed link, for showing the edit; a split gives one pair per piece."""
        return [(link.old, new) for link in self.links if link.outcome == CHANGED for new in link.new]
