"""The hand-labelled revision set: articles in `corpus/<article>/v1…`, labels in `v1-v2.json`.

A label file names the two versions and, for each old statement that is not simply kept, its
expected outcome and new statement(s), by the first words of their text (resolved to indices
here, so the labels stay readable):

    {"old": "v1.txt", "new": "v2.txt", "exercises": ["changed date", ...],
     "links": [{"old": "Despite diplomatic efforts", "outcome": "changed",
                "new": ["Despite diplomatic efforts"]},
               {"old": "“No.”", "nth": 2, "outcome": "orphaned"}],
     "added": ["Officials in Kyiv expect"]}

A prefix must name one statement; "nth" (from 1) picks among several, and a new reference may
be [prefix, nth]. Every old statement without a label must have its wording, unchanged, in the
new version (it is expected `exact`, the k-th copy to the k-th unlabelled copy); anything else
is refused, so a label file cannot silently leave an edit out. "added" must list exactly the new
statements no link reaches.

Two neighbours (or two blocks of the same size) that swapped places are one move either way
round; their outcome is written "exact|moved", and either answer agrees (counted under the one
given).
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from briefings.anchoring import CHANGED, EXACT, MOVED, ORPHANED, Passage, same_wording
from briefings.anchoring.wording import wording_key
from briefings.importers import PARSERS, detect_format
from briefings.importers.outline import build_outline

CORPUS = Path(__file__).resolve().parent / "corpus"


@dataclass
class Case:
    name: str
    old: list[Passage]
    new: list[Passage]
    expected: list[
        tuple[tuple[str, ...], tuple[int, ...]]
    ]  # per old statement: outcomes accepted, new indices
    added: list[int]
    exercises: list[str] = field(default_factory=list)


class LabelError(ValueError):
    pass


def passages(path):
    """The statements of a corpus file as the importer splits them."""
    text = path.read_text(encoding="utf-8")
    outline = build_outline(PARSERS[detect_format(text, path.name)](text))
    headings = {section.position: section.heading for section in outline.sections}
    return [
        Passage(span.text, headings[span.section], span.paragraph, span.kind) for span in outline.statements
    ]


def find(statements, prefix, nth=None, where=""):
    key = wording_key(prefix)
    hits = [index for index, passage in enumerate(statements) if wording_key(passage.text).startswith(key)]
    if nth is not None and 0 < nth <= len(hits):
        return hits[nth - 1]
    if nth is None and len(hits) == 1:
        return hits[0]
    raise LabelError(f"{where}: {prefix!r} (nth={nth}) matches {len(hits)} statements")


def _reference(statements, reference, where):
    prefix, nth = (reference, None) if isinstance(reference, str) else reference
    return find(statements, prefix, nth, where)


def _explicit(case, labels, where):
    expected = {}
    for label in labels:
        old = find(case.old, label["old"], label.get("nth"), f"{where} old")
        news = tuple(_reference(case.new, reference, f"{where} new") for reference in label.get("new", ()))
        outcomes = tuple(label["outcome"].split("|"))
        if old in expected:
            raise LabelError(f"{where}: {label['old']!r} is labelled twice")
        _check(case, old, outcomes, news, f"{where}: {label['old']!r}")
        expected[old] = (outcomes, news)
    return expected


def _check(case, old, outcomes, news, where):
    for outcome in outcomes:
        if (outcome == ORPHANED) != (not news) or outcome not in (EXACT, MOVED, CHANGED, ORPHANED):
            raise LabelError(f"{where} has outcome {outcome} with new {news}")
        same = len(news) == 1 and same_wording(case.old[old].text, case.new[news[0]].text)
        if outcome in (EXACT, MOVED) and not same or outcome == CHANGED and same:
            raise LabelError(f"{where} is {outcome} but the wordings say otherwise")


def _defaults(case, expected, where):
    """Unlabelled old statements: kept, the k-th copy of a wording to the k-th free new copy."""
    used = {index for _, news in expected.values() for index in news}
    free = defaultdict(list)
    for index, passage in enumerate(case.new):
        if index not in used:
            free[wording_key(passage.text)].append(index)
    for old, passage in enumerate(case.old):
        if old in expected:
            continue
        copies = free[wording_key(passage.text)]
        if not copies:
            raise LabelError(f"{where}: no label for changed or removed {passage.text!r}")
        expected[old] = ((EXACT,), (copies.pop(0),))


def load_case(directory, label_path):
    data = json.loads(label_path.read_text(encoding="utf-8"))
    where = f"{directory.name}/{label_path.name}"
    case = Case(
        name=f"{directory.name}/{label_path.stem}",
        old=passages(directory / data["old"]),
        new=passages(directory / data["new"]),
        expected=[],
        added=[],
        exercises=data.get("exercises", []),
    )
    expected = _explicit(case, data.get("links", []), where)
    _defaults(case, expected, where)
    case.expected = [expected[old] for old in range(len(case.old))]
    case.added = sorted(
        _reference(case.new, reference, f"{where} added") for reference in data.get("added", ())
    )
    used = {index for _, news in case.expected for index in news}
    unused = sorted(set(range(len(case.new))) - used)
    if unused != case.added:
        raise LabelError(f"{where}: added should be {[case.new[index].text for index in unused]}")
    return case


def load_cases(corpus=CORPUS):
    """Every labelled revision pair of the corpus, in name order."""
    return [
        load_case(directory, label_path)
        for directory in sorted(path for path in corpus.iterdir() if path.is_dir())
        for label_path in sorted(directory.glob("*.json"))
    ]
