# TEMPORARY placeholder until the helper's matcher lands (exact text only). Not committed.
from dataclasses import dataclass

EXACT, MOVED, CHANGED, ORPHANED = "exact", "moved", "changed", "orphaned"


@dataclass(frozen=True)
class Passage:
    text: str
    section: str = ""
    paragraph: int = 0
    kind: str = "sentence"


@dataclass(frozen=True)
class Link:
    old: int
    outcome: str
    new: tuple
    score: float


@dataclass
class Anchoring:
    links: list
    added: list

    def counts(self):
        c = {"kept": 0, "moved": 0, "changed": 0, "new": len(self.added), "removed": 0}
        key = {EXACT: "kept", MOVED: "moved", CHANGED: "changed", ORPHANED: "removed"}
        for link in self.links:
            c[key[link.outcome]] += 1
        return c

    def link_for(self, old):
        return self.links[old]

    def changed_pairs(self):
        return [(link.old, link.new[0]) for link in self.links if link.outcome == CHANGED]


def anchor(old, new, *, threshold=0.8):
    old = [p.text if isinstance(p, Passage) else p for p in old]
    new = [p.text if isinstance(p, Passage) else p for p in new]
    used, links = set(), []
    for i, text in enumerate(old):
        js = [j for j, t in enumerate(new) if t == text and j not in used]
        if js:
            used.add(js[0])
            links.append(Link(i, EXACT if js[0] == i else MOVED, (js[0],), 1.0))
        else:
            links.append(Link(i, ORPHANED, (), 0.0))
    return Anchoring(links, [j for j in range(len(new)) if j not in used])


def same_wording(a, b):
    return " ".join(a.split()) == " ".join(b.split())


def word_diff(old, new):
    return [("delete", old), ("insert", new)]
