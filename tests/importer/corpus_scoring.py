"""The importer corpus (tests/importer/corpus/): documents written by hand in the shapes real
pages take, each with the passages a reader must and must not see once it is imported.

Shared by the corpus test and bench/importer_quality.py, so both judge the same way: the
"published text" is what the public article shows (title, section headings, statements, in
order), and a passage is present when its whitespace-collapsed text is a substring of it.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
SUFFIXES = (".html", ".md", ".txt")
_SPACE = re.compile(r"\s+")


@dataclass
class Expected:
    """One corpus document and its labels (see the corpus README in docs/importer.md)."""

    path: Path
    language: str
    title: str
    must: list
    must_not: list
    statements: list | None = None

    @property
    def name(self):
        return self.path.name

    @property
    def shape(self):
        """The shape in `<lang>-<shape>-<nn>.<ext>`: "wrapped-body" in de-wrapped-body-01.html."""
        return self.path.stem.split("-", 1)[1].rsplit("-", 1)[0]


def load_corpus(directory=CORPUS):
    """Every document in the corpus with its labels, in name order."""
    documents = []
    for path in sorted(directory.iterdir()):
        if path.suffix not in SUFFIXES:
            continue
        labels = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
        documents.append(
            Expected(
                path=path,
                language=labels.get("language", ""),
                title=labels.get("title", ""),
                must=labels.get("must", []),
                must_not=labels.get("must_not", []),
                statements=labels.get("statements"),
            )
        )
    return documents


def collapse(text):
    return _SPACE.sub(" ", text).strip()


def published_text(briefing):
    """The briefing as the public article shows it: its title, then each section's heading and
    statements in order, one per line."""
    lines = [briefing.title]
    section = None
    for statement in briefing.statements.select_related("section").order_by("position"):
        if statement.section_id != section:
            section = statement.section_id
            if statement.section.heading:
                lines.append(statement.section.heading)
        lines.append(statement.text)
    return "\n".join(lines)


def score_text(text, expect):
    """(must found, must total, must-not found, must-not total) of `expect` in `text`."""
    text = collapse(text)
    must_found = sum(collapse(passage) in text for passage in expect.must)
    must_not_found = sum(collapse(passage) in text for passage in expect.must_not)
    return must_found, len(expect.must), must_not_found, len(expect.must_not)


def score(briefing, expect):
    """(must found, must total, must-not found, must-not total) for an imported briefing."""
    return score_text(published_text(briefing), expect)


def missing(text, expect):
    """The must passages absent from `text` and the must-not passages present in it."""
    text = collapse(text)
    return (
        [passage for passage in expect.must if collapse(passage) not in text],
        [passage for passage in expect.must_not if collapse(passage) in text],
    )
