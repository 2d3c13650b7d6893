"""The shape every importer produces: a title, some metadata and a flat run of blocks.

Each format's parser only has to say what the blocks are; turning blocks into sections and
statements (and their offsets) happens once, in `outline`.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date


class ImportRefused(Exception):
    """The document cannot be imported; the message is one line meant for the editor."""


@dataclass
class Block:
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    QUOTE = "quote"
    TABLE = "table"  # one text per row, "Header: cell; Header: cell"

    kind: str
    texts: list[str]


@dataclass
class Document:
    title: str = ""
    outlet: str = ""
    byline: str = ""
    source_url: str = ""
    published_on: date | None = None
    language: str = ""  # declared by the document (BCP 47); detected on import when blank
    blocks: list[Block] = field(default_factory=list)

    def add(self, kind, *texts):
        texts = [clean_inline(text) for text in texts]
        texts = [text for text in texts if has_words(text)]
        if texts:
            self.blocks.append(Block(kind, texts))


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]")
_WORD = re.compile(r"\w")


def clean_inline(text):
    """One line of running text: NFC, no control characters, single spaces. (str.split() splits
    on exactly the characters that `\\s` matches, and is several times faster than a regex.)"""
    return " ".join(_CONTROL.sub("", unicodedata.normalize("NFC", text)).split())


def has_words(text):
    return bool(_WORD.search(text))


def table_row_text(header, cells):
    """A table row as one statement: "Header: cell; Header: cell" when the header fits the row,
    else its cells joined by "; "; empty cells are left out."""
    if header and len(header) == len(cells):
        return "; ".join(
            f"{name}: {cell}" if name else cell for name, cell in zip(header, cells, strict=True) if cell
        )
    return "; ".join(cell for cell in cells if cell)
