"""Hypothesis strategies for documents an importer may be handed: any bytes, and inputs that are
nearly valid (HTML with broken tags and deep nesting, odd encodings and byte-order marks, NULs,
Markdown's corner cases, very long lines)."""

import encodings.aliases

from hypothesis import strategies as st

WORDS = st.sampled_from(
    ["The port", "handled", "140 ships", "last week.", "Officials", "expect more", "U.S.", "Gen.", "e.g.",
     "“quoted”", "é", "日本語", "—", "", " ", "\t", "\u200b", "\ufeff", "\x0b", "\x1f", "\x7f", "\ud800",
     "&amp;", "&#0;", "&#xD800;", "<", ">", "]]>", "\r", "\r\n", "\n\n", "..."]
)  # fmt: skip
SENTENCES = st.lists(WORDS, max_size=12).map(" ".join)

# Codec names that are not text encodings at all, or not codecs; then every one Python knows.
ODD_CHARSETS = [
    "undefined",
    "idna",
    "punycode",
    "rot13",
    "hex",
    "base64",
    "zlib",
    "uu",
    "x-unknown",
    "",
    "utf-8\x00",
]
CHARSETS = st.one_of(
    st.sampled_from(ODD_CHARSETS), st.sampled_from(sorted(set(encodings.aliases.aliases.values())))
)
BOMS = st.sampled_from(
    [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"+/v8"]
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252",
                             "shift_jis", "koi8-r", "utf-7"])  # fmt: skip

TAGS = st.sampled_from(
    ["p", "div", "article", "main", "section", "h1", "h2", "ul", "ol", "li", "blockquote", "table", "td",
     "script", "style", "nav", "footer", "title", "head", "body", "html", "br", "span", "a", "svg", "math",
     "template", "noscript", "iframe", "meta", "!--", "![CDATA[", "?xml"]
)  # fmt: skip


def _element(tag, children, closed):
    inner = "".join(children)
    return f"<{tag}>{inner}</{tag}>" if closed else f"<{tag}>{inner}"


HTML_FRAGMENTS = st.recursive(
    SENTENCES,
    lambda children: st.builds(_element, TAGS, st.lists(children, max_size=4), st.booleans()),
    max_leaves=30,
)


@st.composite
def html_pages(draw):
    """A saved page, more or less: a declared charset, a title, broken or deeply nested markup."""
    head = f'<meta charset="{draw(CHARSETS)}"><title>{draw(SENTENCES)}</title>'
    body = draw(HTML_FRAGMENTS)
    depth = draw(st.sampled_from([0, 0, 50, 300, 3000]))
    body = "<div>" * depth + body + "</div>" * draw(st.integers(0, depth))
    page = draw(st.sampled_from(["<!DOCTYPE html><html><head>{}</head><body>{}</body></html>", "{}{}",
                                 "<html>{}<body><article>{}", "<!-- x -->{}<main>{}</main>"]))  # fmt: skip
    page = page.format(head, body)
    cut = draw(st.integers(0, len(page)))
    return page[:cut] if draw(st.booleans()) else page


MARKDOWN_LINES = st.one_of(
    SENTENCES,
    st.builds("{}{}".format, st.sampled_from(["# ", "###### ", "####### ", "> ", "> > > ", "- ", "* ", "1. ",
                                              "    ", "```", "~~~", "---", "===", "- [ ] ", "<div>", "[x]: /u",
                                              "\\", "**", "_", "| a | b |", "    - ", "1) "]), SENTENCES),
    st.sampled_from(["---", "title: T", "date: 2025-13-45", "author:", "url: javascript:alert(1)", ""]),
    st.integers(1, 300).map(lambda depth: ">" * depth + " deep"),
    st.integers(1, 300).map(lambda depth: "".join("  " * level + "- item\n" for level in range(depth))),
)  # fmt: skip
MARKDOWN = st.lists(MARKDOWN_LINES, max_size=30).map("\n".join)

LONG_LINES = st.builds(
    lambda word, count, end: word * count + end,
    st.sampled_from(["word ", "x", "Sentence. ", "- ", "# ", "<p>", "\u00a0", "a\u0301"]),
    st.sampled_from([1000, 20_000, 200_000]),
    st.sampled_from(["", ".", "\n"]),
)

TEXTS = st.one_of(st.text(max_size=400), SENTENCES, MARKDOWN, LONG_LINES, html_pages())


@st.composite
def encoded(draw):
    """Near-valid text as bytes: in some encoding, maybe behind a byte-order mark, maybe cut."""
    text = draw(TEXTS)
    data = draw(BOMS) + text.encode(draw(ENCODINGS), "replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


# A page that declares a charset and is not UTF-8 (nor binary): the importer decodes it as declared.
DECLARED = st.builds(
    lambda charset, body: (
        f'<html><head><meta charset="{charset}"></head><body><p>'.encode()
        + body.replace(b"\x00", b"")
        + b"\xe9.</p>"
    ),
    CHARSETS,
    st.binary(max_size=200),
)

# What the importer is handed: bytes of any kind, near-valid bytes, or text (pasted).
DOCUMENTS = st.one_of(st.binary(max_size=600), encoded(), DECLARED, TEXTS)
FORMATS = st.sampled_from(["auto", "text", "markdown", "html"])
# File names of any characters, and names made of the ones a database or a terminal chokes on:
# a lone surrogate (what an undecodable byte in a path becomes), NUL, line breaks.
AWKWARD = st.sampled_from(
    ["notes", ".txt", ".html", "é", " ", "\x00", "\ud800", "\udce9", "\n", "\r", "\u2028"]
)
FILENAMES = st.one_of(
    st.sampled_from(["", "article.txt", "article.md", "page.html", "page.HTM", "notes", ".md", "a.b.xhtml"]),
    st.lists(AWKWARD, max_size=6).map("".join),
    st.text(st.characters(exclude_categories=()), max_size=40),
    st.text(max_size=300).map(lambda stem: stem + ".txt"),
)
# Documents that import, for the tests of what else the importer is given.
VALID = st.sampled_from(
    [
        "A title\nA first sentence. A second one.\n",
        "# Heading\n\nOne sentence here.\n",
        "x\nThe port handled 140 ships.\n",
    ]
)
SLUGS = st.one_of(
    st.none(), st.sampled_from(["", "existing", "a" * 81, "ok-slug", "bad slug", "ünï"]), st.text(max_size=20)
)
