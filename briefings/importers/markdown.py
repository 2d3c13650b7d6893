"""Markdown articles: `#` headings, paragraphs, lists (nested lists are flattened), block
quotes, tables (a statement per row), raw HTML blocks (their text), footnotes, and an optional
front-matter block for the metadata."""

import contextlib
import re
import tomllib
from datetime import date, datetime

from lxml import etree
from markdown_it import MarkdownIt

from .document import Block, Document, ImportRefused, clean_inline, table_row_text
from .pasted import is_notion_properties, join_wrapped, tidy, unvault

FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
TOML_FRONT_MATTER = re.compile(r"\A\s*\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.S)  # Hugo, Zola
# YAML's double-quoted escapes (YAML 1.2, 5.7); \x, \u and \U take 2, 4 and 8 hex digits.
YAML_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
                "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0",
                "L": "\u2028", "P": "\u2029"}  # fmt: skip
YAML_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")
FOOTNOTE_MARKER = re.compile(r"\s?\[\^[^\]\s]+\]")
FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$")
BLOCK_START = re.compile(r" {0,3}(?:[#>|<]|[-*+] |\d{1,9}[.)] |```|~~~)")
# The block-level tags of CommonMark's HTML blocks (spec 0.31, 4.6, kinds 1 and 6) that hold text: each
# is a paragraph of its own, so "<summary>Methodology</summary>We used…" is not "MethodologyWe used…".
HTML_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "dl",
                   "figcaption", "figure", "section", "article", "aside", "td", "th", "tr", "caption", "pre",
                   "details", "summary", "dialog", "address", "header", "footer", "main", "nav", "search",
                   "fieldset", "legend", "form", "center", "ul", "ol", "menu", "dir", "option", "optgroup",
                   "table", "thead", "tbody", "tfoot"}  # fmt: skip
HTML_HIDDEN_TAGS = ("script", "style", "template", "noscript", "head", "title")
HTML_BREAK = re.compile(r"<br\s*/?>", re.I)
FRONT_MATTER_FIELDS = {
    "title": "title",
    "author": "byline",
    "byline": "byline",
    "outlet": "outlet",
    "site": "outlet",
    "sitename": "outlet",
    "site_name": "outlet",
    "publisher": "outlet",
    "url": "source_url",
    "source": "source_url",
    "lang": "language",
    "language": "language",
}
_parser = MarkdownIt("commonmark").enable("table")
# markdown-it's parsing time grows with the characters where its inline parser stops (its
# "terminators"), not with the text's length: a paragraph of words costs next to nothing, but
# each `[` costs about 20 µs (it looks for the label's end), `![` about 45, each line about 20,
# each `*` or `_` about 15, each table cell about 15 and any other terminator 2–4 µs: 1.5 MB of
# `[` took over 30 s. A document is weighed by these costs (µs as measured here, docs/importer.md
# "Hostile Markdown") before it is parsed, and refused over MARKDOWN_WORK_LIMIT: about a second
# and a half of parsing at worst, no more than reading a 2 MB web page. Real Markdown is far
# below: docs/benchmarks.md (195 KB of tables) weighs 188,000, README.md 32,000, 2 MB of prose
# wrapped at 72 columns about 600,000.
TERMINATOR_WEIGHTS = {
    **dict.fromkeys("#$%&+-:<=>@\\]^`{}~", 4),
    **{"[": 24, "!": 24, "\n": 20, "*": 16, "_": 16, "|": 15},
}
MARKDOWN_WORK_LIMIT = 1_500_000


def _inline_text(token):
    """The text of an inline token: markup dropped, link text kept, a footnote marker ("[^1]")
    removed so it does not stick to the sentence, a hard line break a space; soft-wrapped lines
    are joined as plain text's are (`pasted.join_wrapped`: a broken word rejoined, Chinese lines
    without a space)."""
    parts = []
    for child in token.children or []:
        if child.type == "text":
            parts.append(FOOTNOTE_MARKER.sub("", child.content))
        elif child.type == "code_inline":
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append("\n")
        elif child.type == "hardbreak" or (child.type == "html_inline" and HTML_BREAK.match(child.content)):
            parts.append(" ")
    text = "".join(parts)
    return join_wrapped(text.split("\n")) if "\n" in text else text


def looks_like_front_matter(text):
    """Whether `text` opens with a front-matter block holding at least one "key: value" line (YAML,
    between `---`) or "key = value" line (TOML, between `+++`): Markdown pasted with its metadata,
    even when it has no `#` heading."""
    for pattern, separator in ((FRONT_MATTER, ":"), (TOML_FRONT_MATTER, "=")):
        match = pattern.match(text)
        if match and any(re.match(rf"\s*[\w-]+\s*{separator}", line) for line in match.group(1).splitlines()):
            return True
    return False


def _split_footnotes(body):
    """`body` without its footnote definitions ("[^1]: The source…", with their indented or
    lazily continued lines), and the definitions' texts by label."""
    kept, notes, label = [], {}, None
    for line in body.split("\n"):
        definition = FOOTNOTE_DEFINITION.match(line)
        if definition:
            label = definition.group(1)
            notes[label] = definition.group(2)
            kept.append("")
        elif label is not None and line.strip() and (line[:1].isspace() or not BLOCK_START.match(line)):
            notes[label] += " " + line.strip()
            kept.append("")
        else:
            label = None
            kept.append(line)
    return "\n".join(kept), notes


def _add_footnotes(document, body, notes):
    """The footnotes a reader sees at the end of the article, in the order they are first
    referred to; a definition nothing refers to is not shown, so it is dropped."""
    order = []
    for match in re.finditer(r"\[\^([^\]\s]+)\]", body):
        if match.group(1) in notes and match.group(1) not in order:
            order.append(match.group(1))
    for label in order:
        inline = _parser.parseInline(notes[label])
        document.add(Block.PARAGRAPH, _inline_text(inline[0]) if inline else notes[label])


def _yaml_scalar(value):
    """A one-line YAML scalar's value: '…' with '' for a quote, "…" with backslash escapes, or a
    plain scalar, which a " #" ends (a comment)."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return YAML_ESCAPE.sub(_yaml_escape, value[1:-1])
    return re.split(r"\s#", value, maxsplit=1)[0].strip()


def _yaml_escape(match):
    """An escape's character; one that names no character text may hold (a surrogate, a number
    past U+10FFFF) stays as written, since no database would store it."""
    code = match.group(1)
    if code[0] in "xuU" and len(code) > 1:
        number = int(code[1:], 16)
        return match.group(0) if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF else chr(number)
    return YAML_ESCAPES.get(code, match.group(0))


def _front_matter_fields(text):
    """The front matter's keys and values, and the text after it; ({}, text) without any."""
    match = TOML_FRONT_MATTER.match(text)
    if match:
        try:
            return tomllib.loads(match.group(1)), text[match.end() :]
        except (tomllib.TOMLDecodeError, RecursionError):  # arrays nested thousands deep
            return {}, text[match.end() :]
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = _yaml_scalar(value)
    return fields, text[match.end() :]


def _published_on(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    with contextlib.suppress(ValueError, TypeError):
        return date.fromisoformat(str(value)[:10])
    return None


def _read_front_matter(document, text):
    """`text` after its front matter (YAML or TOML), whose title, byline, outlet, address,
    language and date are the document's."""
    fields, body = _front_matter_fields(text)
    for key, value in fields.items():
        key = key.lower()
        if key in FRONT_MATTER_FIELDS and isinstance(value, str) and value.strip():
            setattr(document, FRONT_MATTER_FIELDS[key], clean_inline(value))
        elif key == "date" and value:
            document.published_on = _published_on(value) or document.published_on
    return body


def _add_heading(document, heading):
    """The first heading is the title unless front matter gave another; the rest are sections."""
    if not document.blocks and document.title in ("", heading):
        document.title = heading
    else:
        document.add(Block.HEADING, heading)


def _html_runs(html):
    """A raw HTML block's text as (kind, text) runs: each block element (a paragraph, a list
    item, a heading…) is a run of its own, a <br> a space; scripts, styles and comments have
    no text a reader sees."""
    try:
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
        root = etree.HTML(HTML_BREAK.sub(" ", html), parser)
    except (etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    runs, parts, open_blocks, hidden = [], [], [], 0

    def flush():
        text = clean_inline("".join(parts))
        parts.clear()
        if text:
            inner = open_blocks[-1] if open_blocks else ""
            kind = "heading" if inner[:1] == "h" and inner[1:].isdigit() else "paragraph"
            runs.append(("item" if "li" in open_blocks else kind, text))

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if hidden or tag in HTML_HIDDEN_TAGS:
            hidden += 1 if event == "start" else -1
            if event == "end" and not hidden:
                parts.append(element.tail or "")
            continue
        if tag in HTML_BLOCK_TAGS:
            flush()
            if event == "start":
                open_blocks.append(tag)
            else:
                open_blocks.pop()
        parts.append((element.text or "") if event == "start" else (element.tail or ""))
    flush()
    return runs


def _add_html_block(document, html, quoted):
    """A raw HTML block's sentences, kept: paragraphs, list items as a list, headings."""
    items = []
    for kind, text in _html_runs(html):
        if kind == "item":
            items.append(text)
            continue
        if items:
            document.add(Block.LIST, *items)
            items = []
        if kind == "heading":
            _add_heading(document, text)
        else:
            document.add(Block.QUOTE if quoted else Block.PARAGRAPH, text)
    if items:
        document.add(Block.LIST, *items)


def table_rows(tokens, start):
    """The rows of the table opening at tokens[start], each "Header: cell; Header: cell"."""
    header, rows, cells = None, [], []
    for token in tokens[start + 1 :]:
        if token.type == "table_close":
            break
        if token.type == "inline":
            cells.append(clean_inline(_inline_text(token)))
        elif token.type == "tr_close":
            rows.append(cells)
            cells = []
        elif token.type == "thead_close":
            header, rows = rows[0] if rows else None, []
    return [table_row_text(header, row) for row in rows]


def markdown_work(text):
    """What parsing `text` costs markdown-it, in about µs: its terminators, weighed."""
    return sum(text.count(char) * weight for char, weight in TERMINATOR_WEIGHTS.items())


def check_markdown_work(text):
    """Refuse, before parsing it, Markdown that would hold a worker for seconds: thousands of
    unclosed brackets, emphasis marks or short lines that no article has."""
    if markdown_work(text) > MARKDOWN_WORK_LIMIT:
        raise ImportRefused(
            "The Markdown document has too much markup to read: thousands of brackets, emphasis "
            "marks, table cells or line breaks, more than any article holds. Check that it is the "
            "right file, or split it into parts."
        )


def _opens(document):
    """Nothing but headings read so far: where a Notion page keeps its properties."""
    return all(block.kind == Block.HEADING for block in document.blocks)


def parse_markdown(text):
    check_markdown_work(text)
    document = Document()
    body, notes = _split_footnotes(unvault(tidy(_read_front_matter(document, text))))
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
        elif token.type == "table_open":
            document.add(Block.TABLE, *table_rows(tokens, index))
        elif token.type == "list_item_open":
            items.append("")
        elif token.type == "heading_open":
            _add_heading(document, clean_inline(_inline_text(tokens[index + 1])))
        elif token.type == "html_block":
            _add_html_block(document, token.content, quoted=bool(quote_depth))
        elif token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            content = _inline_text(token)
            if _opens(document) and is_notion_properties(token.content.split("\n")):
                continue
            if list_depth:
                items[-1] = f"{items[-1]} {content}".strip()
            else:
                document.add(Block.QUOTE if quote_depth else Block.PARAGRAPH, content)
    _add_footnotes(document, body, notes)
    return document
