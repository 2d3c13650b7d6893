"""Turn a parsed document into the normalised text, its sections and its statements.

The normalised text is the title, then one line per heading, paragraph and list item (list
items keep a "- " marker that is not part of the statement; a table row is a line of its own).
Every statement's offsets point
into it, so `text[start:end] == statement.text` always holds.
"""

import re
from dataclasses import dataclass, field

from .document import Block, Document
from .language import document_language
from .sentences import sentence_spans

LIST_MARKER = "- "
# A sentence introduces a list when it ends in a colon ("The largest items are:", French "les
# points suivants :") or announces what follows ("…as follows.", "…folgende.", "…ci-dessous.").
# "Artikel-Nr.: 009345", a label and its value, ends in the value and introduces nothing.
INTRODUCING = re.compile(
    r"(?::|\b(?:as follows|the following|folgende[nrs]?|wie folgt|nachstehende[nrs]?"
    r"|suivante?s?|comme suit|ci-dessous)[.!]?)[\s\"”’»)]*$",
    re.I,
)


def introduces_a_list(sentence):
    """Whether `sentence` is a lead-in: it announces the list after it (see INTRODUCING)."""
    return bool(INTRODUCING.search(sentence))


@dataclass
class SectionSpan:
    position: int
    heading: str


@dataclass
class StatementSpan:
    position: int
    section: int
    paragraph: int
    kind: str
    text: str
    start: int
    end: int
    quoted: bool = False
    lead_in: int | None = None


@dataclass
class Outline:
    text: str = ""
    sections: list[SectionSpan] = field(default_factory=list)
    statements: list[StatementSpan] = field(default_factory=list)


class _Builder:
    def __init__(self, title, language="en"):
        self.language = language
        self.lines = []
        self.length = 0
        self.outline = Outline()
        self.paragraph = 0
        self.previous_block = None
        self._write(title)

    def _write(self, line):
        offset = self.length
        self.lines.append(line)
        self.length += len(line) + 1
        return offset

    def _section(self):
        if not self.outline.sections:
            self.outline.sections.append(SectionSpan(1, ""))
        return self.outline.sections[-1].position

    def _statement(self, kind, text, start, quoted=False, lead_in=None):
        position = len(self.outline.statements) + 1
        self.outline.statements.append(
            StatementSpan(
                position=position,
                section=self._section(),
                paragraph=self.paragraph,
                kind=kind,
                text=text,
                start=start,
                end=start + len(text),
                quoted=quoted,
                lead_in=lead_in,
            )
        )
        return position

    def heading(self, text):
        self._write(text)
        self.outline.sections.append(SectionSpan(len(self.outline.sections) + 1, text))

    def paragraph_block(self, text, quoted):
        self._section()
        self.paragraph += 1
        offset = self._write(text)
        for start, end in sentence_spans(text, self.language):
            self._statement("sentence", text[start:end], offset + start, quoted=quoted)

    def list_block(self, items, lead_in):
        self._section()
        self.paragraph += 1
        for item in items:
            offset = self._write(LIST_MARKER + item) + len(LIST_MARKER)
            for start, end in self._item_spans(item):
                self._statement("list_item", item[start:end], offset + start, lead_in=lead_in)

    def _item_spans(self, item):
        """A list item holding several sentences is a statement per sentence; a short item
        ("1. Christie Leigh Mueller", "Salt: 2 g") stays whole."""
        spans = sentence_spans(item, self.language)
        return spans if len(spans) > 1 else [(0, len(item))]

    def table_block(self, rows):
        """A table: one statement per row (its text already carries the header), one paragraph."""
        self._section()
        self.paragraph += 1
        for row in rows:
            self._statement("table_row", row, self._write(row))

    def lead_in_for_list(self):
        """The sentence just before a list, in the same section, if it introduces the list."""
        if self.previous_block is None or self.previous_block.kind not in (Block.PARAGRAPH, Block.QUOTE):
            return None
        statements = self.outline.statements
        if not statements or not introduces_a_list(statements[-1].text):
            return None
        return statements[-1].position

    def add(self, block):
        if block.kind == Block.HEADING:
            self.heading(block.texts[0])
        elif block.kind == Block.LIST:
            self.list_block(block.texts, self.lead_in_for_list())
        elif block.kind == Block.TABLE:
            self.table_block(block.texts)
        else:
            for text in block.texts:
                self.paragraph_block(text, quoted=block.kind == Block.QUOTE)
        self.previous_block = block

    def finish(self):
        self.outline.text = "\n".join(self.lines) + "\n"
        return self.outline


def build_outline(document: Document) -> Outline:
    builder = _Builder(document.title, document.language or document_language(document))
    for block in document.blocks:
        builder.add(block)
    return builder.finish()
