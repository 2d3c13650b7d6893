"""The labelled hard sentence cases in tests/importer/sentences/, shared by their test and by
bench/sentence_cases.py."""

from dataclasses import dataclass
from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent / "sentences"
LANGUAGES = ("en", "de", "fr", "es", "pl", "ru", "uk", "ar", "hi", "el", "bg", "ka", "hy", "it", "pt", "nl", "tr", "ro", "lt", "my", "km", "th")  # fmt: skip


@dataclass
class Case:
    language: str
    number: int
    about: str
    sentences: list[str]
    joiner: str = " "  # what stands between sentences: "" for unspaced Chinese or Japanese

    @property
    def paragraph(self):
        return self.joiner.join(self.sentences)

    @property
    def id(self):
        return f"{self.language}-{self.number:02d}-{self.about}"


def load_cases(languages=LANGUAGES):
    cases = []
    for language in languages:
        text = (DIRECTORY / f"{language}.txt").read_text(encoding="utf-8")
        for number, block in enumerate(text.strip().split("\n\n"), 1):
            lines = block.strip().split("\n")
            about = lines[0].removeprefix("# ").strip()
            cases.append(Case(language, number, about, [line.strip() for line in lines[1:]]))
    return cases


def boundaries(spans):
    """Where sentences end, but the paragraph's end: what a splitter decides."""
    return {end for _, end in spans[:-1]}


def expected_spans(case):
    spans, start = [], 0
    for sentence in case.sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + len(case.joiner)
    return spans
