"""Markdown articles: `#` headings, paragraphs, lists (nested lists are flattened), block
quotes, and an optional front-matter block for the metadata."""

import contextlib
import re
from datetime import date

from markdown_it import MarkdownIt

from .document import Block, Document, clean_inline

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
FRONT_MATTER_FIELDS = {
    "title": "title",
    "author": "byline",
    "byline": "byline",
    "outlet": "outlet",
    "site": "outlet",
    "publisher": "outlet",
    "url": "source_url",
    "source": "source_url",
    "lang": "language",
    "language": "language",
}
_parser = MarkdownIt("commonmark")


def _inline_text(token):
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def _read_front_matter(document, text):
    match = FRONT_MATTER.match(text)
    if not match:
        return text
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip().strip("\"'")
        if key in FRONT_MATTER_FIELDS and value:
            setattr(document, FRONT_MATTER_FIELDS[key], clean_inline(value))
        elif key == "date" and value:
            with contextlib.suppress(ValueError):
                document.published_on = date.fromisoformat(value[:10])
    return text[match.end() :]


def parse_markdown(text):
    document = Document()
    body = _read_front_matter(document, text)
    tokens = _parser.parse(body)
    quote_depth = list_depth = 0
    items = []
    for index, token in enumerate(tokens):
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            if list_depth == 0 and items:
                document.add(Block.LIST, *items)
                items = []
        elif token.type == "list_item_open":
            items.append("")
        elif token.type == "heading_open":
            heading = clean_inline(_inline_text(tokens[index + 1]))
            if not document.blocks and document.title in ("", heading):
                document.title = heading
            else:
                document.add(Block.HEADING, heading)
        elif token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            content = _inline_text(token)
            if list_depth:
                items[-1] = f"{items[-1]} {content}".strip()
            else:
                document.add(Block.QUOTE if quote_depth else Block.PARAGRAPH, content)
    return document
