"""The importer corpus (tests/importer/corpus/): documents written by hand in the shapes real
pages take, each with the passages a reader must and must not see once it is imported.

Shared by the corpus test and bench/importer_quality.py, so both judge the same way: the
"published text" is what the public article shows (title, section headings, statements, in
order), and a passage is present when its whitespace-collapsed text is a substring of it. A
document may also have a hand-written gold clean text (`<name>.gold.txt`), against which a text
is scored by shingle overlap (`shingle_overlap`).
"""

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import trafilatura

CORPUS = Path(__file__).resolve().parent / "corpus"
SUFFIXES = (".html", ".md", ".txt")
GOLD_SUFFIX = ".gold.txt"
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
SHINGLE_SIZE = 4


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
    def gold_path(self):
        """The hand-written clean text beside the document: `<name>.gold.txt`."""
        return self.path.with_name(self.path.name + GOLD_SUFFIX)

    @property
    def gold(self):
        """The clean text a careful reader takes for the article, or None when none is written."""
        return self.gold_path.read_text(encoding="utf-8") if self.gold_path.exists() else None

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
        if path.suffix not in SUFFIXES or path.name.endswith(GOLD_SUFFIX):
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


def extractor_text(expect):
    """What the extractor alone gives a reader of this document: trafilatura's text output with
    the importer's options (tables in, comments and images out), its metadata title in front, for
    HTML; the raw file for Markdown and plain text."""
    raw = expect.path.read_text(encoding="utf-8")
    if expect.path.suffix != ".html":
        return raw
    options = {"include_comments": False, "include_tables": True, "include_images": False}
    text = trafilatura.extract(raw, output_format="txt", include_links=False, **options) or ""
    metadata = trafilatura.extract_metadata(raw)
    title = metadata.title if metadata and metadata.title else ""
    return f"{title}\n{text}"


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


@dataclass(frozen=True)
class Overlap:
    """Shingle counts of a candidate text against a gold text; they add up over documents
    (micro average), and each document has its own precision, recall and F1 (macro average)."""

    matched: int = 0
    candidate: int = 0
    gold: int = 0

    def __add__(self, other):
        return Overlap(self.matched + other.matched, self.candidate + other.candidate, self.gold + other.gold)

    @property
    def precision(self):
        return self.matched / self.candidate if self.candidate else float(not self.gold)

    @property
    def recall(self):
        return self.matched / self.gold if self.gold else float(not self.candidate)

    @property
    def f1(self):
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def shingles(text, size=SHINGLE_SIZE):
    """The multiset of word `size`-grams of `text`: lower-cased `\\w+` runs, so punctuation,
    markup characters such as `|` and line breaks do not count. A text shorter than `size`
    words is one shingle of all its words, as in the ScrapingHub benchmark."""
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)) if words)


def shingle_overlap(candidate, gold, size=SHINGLE_SIZE):
    """How well `candidate` text matches the hand-written `gold` clean text, as `Overlap`.

    The article-body measure of the ScrapingHub article-extraction benchmark
    (github.com/scrapinghub/article-extraction-benchmark, evaluate.py), where trafilatura's
    quoted F1 comes from (its own evaluation counts wanted and unwanted snippets, as
    `score_text` does): word 4-gram shingles, counted as multisets, a shingle matching as often as it
    occurs in both texts. Precision is the share of the candidate's shingles found in the gold
    (boilerplate kept lowers it), recall the share of the gold's found in the candidate (text
    lost lowers it). Unlike CleanEval's own scorer (a word-level edit distance) it ignores
    block order and markup, so it judges what text is kept, not how it is laid out. We
    lower-case the words; that benchmark matches case as it is, and averages the documents'
    precision and recall where bench/importer_quality.py gives micro and macro figures.
    """
    candidate_shingles, gold_shingles = shingles(candidate, size), shingles(gold, size)
    return Overlap(
        matched=sum((candidate_shingles & gold_shingles).values()),
        candidate=sum(candidate_shingles.values()),
        gold=sum(gold_shingles.values()),
    )
