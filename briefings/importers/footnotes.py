"""Footnotes on a saved web page, made readable before extraction, so that an HTML page's notes
end as the Markdown importer's do: each note a paragraph of its own, the markers out of the text.

Blogs and static-site generators (WordPress, Hugo, Jekyll, Pandoc, markdown-it, Substack,
MediaWiki) mark a note in the text with a short in-page link ("…data.<sup><a href="#fn1">[1]</a>
</sup>") and end each note with a link back to it ("↩"). Left in, the marker is glued to the
sentence ("data.[1]", "mid-2020s.1 It has…", a figure altered) and the back links make the
extractor read the note list as mostly links and drop it, with its "Notes" heading.
"""

import re

# What a marker says: "1", "[12]", "a", "*", "†".
NOTE_LABEL = re.compile(r"^\[?\s*(\d{1,3}|[a-z]{1,2}|[*†‡§¶])\s*\]?$", re.I)
BACK_ARROW = re.compile(r"^[↩↑⤴^]\s*[\ufe0e\ufe0f]?$")
MARKER_CLASS = re.compile(r"(^|\s)(footnote-ref|footnote-anchor|footnote|fn|noteref)(\s|$)", re.I)
BACK_CLASS = re.compile(
    r"(^|\s)(footnote-back|footnote-backref|reversefootnote|footnote-return|footnote-number)(\s|$)", re.I
)
BLOCKS = {"p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "section"}


def _in_page(link):
    return (link.get("href") or "").startswith("#") and len(link.get("href")) > 1


def _is_marker(link):
    """A short in-page link set as a note reference: in or around a `<sup>`, or so classed."""
    if not NOTE_LABEL.match("".join(link.itertext()).strip()):
        return False
    parent = link.getparent()
    return (
        parent.tag == "sup"
        or link.find(".//sup") is not None
        or bool(MARKER_CLASS.search(link.get("class") or ""))
        or link.get("role") == "doc-noteref"
        or link.get("rel") == "footnote"
    )


def _is_back_link(link, marker_ids):
    """A link back to a marker: so classed, or an arrow, or a label or nothing that points at a
    marker. A link with words that points at a marker's paragraph is the article's own ("As <a
    href="#p3">the chancellor said</a>, …"), and its words stay."""
    text = "".join(link.itertext()).strip()
    return (
        (
            link.get("href")[1:] in marker_ids
            and (not text or NOTE_LABEL.match(text) or BACK_ARROW.match(text))
        )
        or bool(BACK_ARROW.match(text))
        or bool(BACK_CLASS.search(link.get("class") or ""))
        or link.get("role") == "doc-backlink"
        or link.get("rev") == "footnote"
    )


def _drop(element):
    """Remove `element`, keeping its tail; an emptied `<sup>` around it goes too."""
    parent = element.getparent()
    if parent is None:
        return
    element.drop_tree()
    if parent.tag == "sup" and not "".join(parent.itertext()).strip() and parent.getparent() is not None:
        parent.drop_tree()


def _as_paragraphs(note_list):
    """A list of notes as paragraphs: a note is a statement, as in a Markdown document."""
    note_list.tag = "div"
    for item in note_list.iterchildren("li"):
        item.tag = "div" if any(child.tag in BLOCKS for child in item) else "p"


def drop_note_links(tree):
    """`tree` without its note markers and back links; its note lists as paragraphs."""
    links = [link for link in tree.iter("a") if _in_page(link)]
    markers = {link for link in links if _is_marker(link)}
    marker_ids = {element.get("id") for link in markers for element in (link, link.getparent())}
    marker_ids.discard(None)  # once: per link, it made the pass quadratic (40,000 links: 21 s)
    targets = {link.get("href")[1:] for link in markers}
    for link in links:
        if link in markers or _is_back_link(link, marker_ids):
            _drop(link)
    note_lists = {item.getparent() for item in tree.iter("li") if item.get("id") in targets}
    for note_list in note_lists:
        if note_list is not None and note_list.tag in ("ol", "ul"):
            _as_paragraphs(note_list)
    return tree
