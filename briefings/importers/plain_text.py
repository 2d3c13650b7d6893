"""Plain text as newsrooms paste it: a title line, short heading lines, "- " list items.

Two layouts are common. Copied from a web page (like the sample), every line is a paragraph
and there are no blank lines. Typed or exported from an editor, paragraphs are separated by
blank lines and may be hard-wrapped; then the lines of a block are joined.
"""

import re

from .document import Block, Document, clean_inline, has_words
from .pasted import clean_lines, join_wrapped

TOC_MARKERS = {"contents", "table of contents", "in this article"}
LIST_ITEM = re.compile(r"^(?:[-*•–]|\d{1,3}[.)])\s+")
HEADING_MAX_CHARS = 120
HEADING_MAX_WORDS = 14
# "?" is missing on purpose ("What Lies Ahead?" is a heading). The CJK, Devanagari, Urdu and
# Arabic sentence ends are there, the question marks too: a line without spaces is always short
# enough in words to be a heading, so only its end tells.
NOT_HEADING_ENDINGS = tuple('.,;:!"”’»…。！？।۔؟\u037e')
# A line that ends a sentence (or a lead-in): what comes after it may start a list.
ENDS_A_SENTENCE = re.compile(r"[.!?:;…][\s\"”’»)\]]*$")


# A transcript's turn ("Q: Will it be in person?", "PESKOV: Yes.") is said, never a heading.
TURN = re.compile(r"^(?:[QA]|[A-Z][A-Z’'.-]+(?:\s[A-Z][A-Z’'.-]+){0,2}):\s")


def looks_like_heading(line):
    """Short, and without the punctuation that closes a sentence ("What Lies Ahead?" is one)."""
    return (
        not TURN.match(line)
        and len(line) <= HEADING_MAX_CHARS
        and len(line.split()) <= HEADING_MAX_WORDS
        and not line.endswith(NOT_HEADING_ENDINGS)
        and has_words(line)
    )


def _chunks(lines):
    """Blank-line separated blocks, or one line a block (a run of list items being one block)
    when the text has no blank lines."""
    if not any(not line.strip() for line in lines):
        chunks = []
        for line in lines:
            if chunks and LIST_ITEM.match(line.strip()) and LIST_ITEM.match(chunks[-1][-1].strip()):
                chunks[-1].append(line)
            else:
                chunks.append([line])
        return chunks
    chunks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _continues_the_sentence(chunk, index, paragraph):
    """Whether the marker line `chunk[index]` is a hard-wrapped line going on with the sentence
    before it ("the figures\\n - and the report - show") rather than a list item: it follows a
    paragraph line that ends no sentence and no other item follows it."""
    if not paragraph or ENDS_A_SENTENCE.search(paragraph[-1]):
        return False
    following = chunk[index + 1].strip() if index + 1 < len(chunk) else ""
    return not LIST_ITEM.match(following)


def _read_chunk(document, chunk):
    if len(chunk) == 1 and not LIST_ITEM.match(chunk[0].strip()) and looks_like_heading(chunk[0].strip()):
        document.add(Block.HEADING, chunk[0])
        return
    paragraph, items = [], []
    for index, raw in enumerate(chunk):
        line = raw.strip()
        marker = LIST_ITEM.match(line)
        if marker and not items and _continues_the_sentence(chunk, index, paragraph):
            paragraph.append(line)
        elif marker:
            if paragraph:
                document.add(Block.PARAGRAPH, join_wrapped(paragraph))
                paragraph = []
            items.append(line[marker.end() :])
        elif items and raw[:1].isspace():
            items[-1] += " " + line
        else:
            if items:
                document.add(Block.LIST, *items)
                items = []
            paragraph.append(line)
    if paragraph:
        document.add(Block.PARAGRAPH, join_wrapped(paragraph))
    if items:
        document.add(Block.LIST, *items)


def parse_text(text):
    lines = [line.rstrip() for line in clean_lines(text)]
    while lines and (not lines[0].strip() or lines[0].strip().lower().rstrip(":") in TOC_MARKERS):
        lines.pop(0)
    document = Document()
    if not lines:
        return document
    document.title = clean_inline(lines.pop(0))
    for chunk in _chunks(lines):
        _read_chunk(document, chunk)
    return document
