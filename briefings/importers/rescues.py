"""Article text a reader of the page sees and the extractor loses, found by an eighth outside test
of real pages (2026-12):

- a correction or editor's note above the headline (Arc XP's `data-qa="correction"` banner): the
  extractor starts from the body's own block below it;
- the subheadings of a page whose body block the extractor does not recognise: it then recovers
  the page's paragraphs alone, and a Q&A explainer loses its questions. Only when the extracted
  body holds no heading at all, a visible `<h2>`–`<h4>` under the headline and right before a
  paragraph the body holds is put back before it (a cookie box's heading above the headline is not).
"""

import re

from lxml import etree

from .document import clean_inline
from .reshaping import hidden_elements, is_hidden

_SENTENCE_END = tuple(".!?。！？।۔؟\u037e…»”\"')")
_NOTE = re.compile(
    r"(^|[\s_-])(correction|corrections|clarification|editors?-?note|editorial-note|rectificatif|"
    r"correccion|correção|rettifica|berichtigung|korrektur|rättelse)([\s_-]|$)",
    re.I,
)
_NOTE_MARKS = ("class", "id", "data-qa", "data-testid", "data-component")
_NOT_A_NOTE = re.compile(r"policy|polic[iy]|link|menu|nav|form|button", re.I)
_NOTE_MIN, _NOTE_MAX = 30, 600
_SUBHEADINGS = "following::h2|following::h3|following::h4"  # under the headline, as an article's are
_OUTSIDE_THE_ARTICLE = "ancestor::header|ancestor::nav|ancestor::aside|ancestor::footer|ancestor::form"


def _text(element):
    return clean_inline("".join(element.itertext()))


def _link_share(element, text):
    links = sum(len("".join(link.itertext())) for link in element.iter("a"))
    return links / max(len(text), 1)


def correction_note(page):
    """The text of a correction or editor's note above the page's headline, or "": a visible block
    so marked, of a sentence or a few, not mostly a link."""
    headline = next((heading for heading in page.iter("h1") if not is_hidden(heading)), None)
    if headline is None:
        return ""
    for element in headline.xpath("preceding::*[self::div or self::p or self::aside or self::section]"):
        marks = " ".join(element.get(name, "") for name in _NOTE_MARKS)
        if not _NOTE.search(marks) or _NOT_A_NOTE.search(marks) or is_hidden(element):
            continue
        text = _text(element)
        if (
            _NOTE_MIN <= len(text) <= _NOTE_MAX
            and text.endswith(_SENTENCE_END)
            and _link_share(element, text) < 0.5
        ):
            return text
    return ""


def restore_subheadings(body, page):
    """Put back the subheadings the extractor dropped with a paragraph-only recovery (see the
    docstring): each before the body's paragraph that follows it on the page."""
    if body is None or body.find(".//head") is not None:
        return
    paragraphs = {}
    for paragraph in body.iter("p"):
        paragraphs.setdefault(_text(paragraph), paragraph)
    headline = next((heading for heading in page.iter("h1") if not is_hidden(heading)), None)
    if headline is None:
        return
    hidden = hidden_elements(page)
    for heading in headline.xpath(_SUBHEADINGS):
        following = heading.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if (
            heading in hidden
            or following is None
            or following.tag != "p"
            or heading.xpath(_OUTSIDE_THE_ARTICLE)
        ):
            continue
        text, target = _text(heading), paragraphs.get(_text(following))
        if text and target is not None and _link_share(heading, text) < 0.5:
            restored = etree.Element("head", rend=heading.tag)
            restored.text = text
            target.addprevious(restored)


# Not rescued: paragraphs in a `<noscript>` among the article's (a page that loads the rest of its
# article by script keeps a copy there). What a page hides from its readers is never imported
# (docs/security.md), and a noscript is hidden from every reader with script, the editor who saved
# the page among them; a page saved from a browser also holds the loaded copy, so the text would
# come twice. The eighth outside test's Japanese page loses its last paragraphs (a known miss).
