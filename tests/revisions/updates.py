"""Real-like article updates (`updates/tuned`, `updates/holdout`): wire stories updated through
the day, corrected figures and names, splits and merges, live-blog entries, correction notes,
typography-only edits, in six languages.

The label files read like the corpus's (`labelled.py`), with two differences that keep them
independent of the code they score:

- a label may say what kind of `change` it is: "number", "name", "negation" (a checker must look
  again), "typography" (the same wording to a reader: must stay `exact` or `moved`), "removed",
  "split", "moved", "wording", "quote lengthened";
- they are checked without `same_wording`: an unlabelled old statement must appear character
  for character in the new version, and a `changed` one must not (a typography label may read
  the same once imported: the importer already folds some spaces).

`holdout` was written before anchoring was tuned on `tuned`; it is scored, not tuned on.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from briefings.anchoring import CHANGED, EXACT, MOVED, ORPHANED

from .labelled import Case, LabelError, _reference, find, passages

UPDATES = Path(__file__).resolve().parent / "updates"
MUST_RECHECK = ("number", "name", "negation")


@dataclass
class Update(Case):
    changes: dict = field(default_factory=dict)  # old index -> kind of change
    language: str = ""


def _explicit(case, labels, where):
    expected = {}
    for label in labels:
        old = find(case.old, label["old"], label.get("nth"), f"{where} old")
        news = tuple(_reference(case.new, reference, f"{where} new") for reference in label.get("new", ()))
        outcomes = tuple(label["outcome"].split("|"))
        if old in expected:
            raise LabelError(f"{where}: {label['old']!r} is labelled twice")
        for outcome in outcomes:
            if outcome not in (EXACT, MOVED, CHANGED, ORPHANED) or (outcome == ORPHANED) != (not news):
                raise LabelError(f"{where}: {label['old']!r} has outcome {outcome} with new {news}")
        identical = len(news) == 1 and case.old[old].text == case.new[news[0]].text
        if CHANGED in outcomes and identical:
            raise LabelError(f"{where}: {label['old']!r} is labelled changed but reads the same")
        expected[old] = (outcomes, news)
        case.changes[old] = label.get("change", outcomes[0])
    return expected


def _defaults(case, expected, where):
    """Unlabelled old statements: kept character for character (k-th copy to k-th free copy)."""
    used = {index for _, news in expected.values() for index in news}
    free = defaultdict(list)
    for index, passage in enumerate(case.new):
        if index not in used:
            free[passage.text].append(index)
    for old, passage in enumerate(case.old):
        if old not in expected:
            if not free[passage.text]:
                raise LabelError(f"{where}: no label for edited or removed {passage.text!r}")
            expected[old] = ((EXACT,), (free[passage.text].pop(0),))


def load_update(directory, label_path):
    data = json.loads(label_path.read_text(encoding="utf-8"))
    where = f"{directory.name}/{label_path.name}"
    case = Update(
        name=f"{directory.name}/{label_path.stem}",
        old=passages(directory / data["old"]),
        new=passages(directory / data["new"]),
        expected=[],
        added=[],
        exercises=data.get("exercises", []),
        language=data.get("language", ""),
    )
    expected = _explicit(case, data.get("links", []), where)
    _defaults(case, expected, where)
    case.expected = [expected[old] for old in range(len(case.old))]
    case.added = sorted(_reference(case.new, ref, f"{where} added") for ref in data.get("added", ()))
    used = {index for _, news in case.expected for index in news}
    unused = sorted(set(range(len(case.new))) - used)
    if unused != case.added:
        raise LabelError(f"{where}: added should be {[case.new[index].text for index in unused]}")
    return case


def load_updates(part):
    """Every labelled pair of `updates/<part>` ("tuned" or "holdout"), in name order."""
    root = UPDATES / part
    return [
        load_update(directory, label_path)
        for directory in sorted(path for path in root.iterdir() if path.is_dir())
        for label_path in sorted(directory.glob("*.json"))
    ]


@dataclass
class Flags:
    """What the desk would be told wrongly: typography sent back for re-check (`false_flags`), and
    real edits passed as unchanged (`silent`, worst when a number, name or negation changed)."""

    typography: int = 0
    false_flags: list = field(default_factory=list)
    changes: int = 0
    silent: list = field(default_factory=list)
    must_recheck: int = 0
    must_recheck_silent: list = field(default_factory=list)

    def add(self, case, anchoring):
        for index, link in enumerate(anchoring.links):
            kind, (outcomes, _) = case.changes.get(index), case.expected[index]
            text = f"{case.name}: {case.old[index].text!r} -> {link.outcome}"
            if kind == "typography":
                self.typography += 1
                if link.outcome not in (EXACT, MOVED):
                    self.false_flags.append(text)
            if CHANGED in outcomes:
                self.changes += 1
                self.must_recheck += kind in MUST_RECHECK
                if link.outcome in (EXACT, MOVED):
                    self.silent.append(text)
                    if kind in MUST_RECHECK:
                        self.must_recheck_silent.append(text)
