"""The saved page's markup, reshaped before extraction where the extractor would lose article text
from a shape it misreads (an outside test of real pages' shapes, 2026-12-07):

- a live blog whose entries are each an `<article>`: the extractor reads the first alone;
- paragraphs set off by two `<br>`s: the extractor keeps one line break of the two, so a credit
  or a "Read also:" line after them was glued to the paragraph before, out of the rules' reach;
- text in a `<div>` without a `<p>` (a callout box, the answer of an FAQ's `<details>`) among
  paragraphs: the extractor keeps a `<div>`'s loose text only on a page without paragraphs;
- a layout table marked `role="presentation"` (a newsletter's web version): the extractor makes
  the table a `<div>` but leaves its rows and cells, and loses the headings in them; unmarked, it
  is read as a table, whose cells `html.py` reads as paragraphs;
- a photo essay (three or more photographs whose captions are sentences): the extractor drops
  every `<figure>` with the images, and the captions are the essay's text; each caption's
  sentences become paragraphs in the figure's place (a credit, no sentence, is left out);
- a standfirst classed "teaser" (Drupal's `field--name-field-teaser`): the extractor drops every
  block so classed, for a teaser of another article; the standfirst is the first paragraph after
  the headline and links nowhere.

`standfirst(tree)` finds the standfirst under the headline (a paragraph or subheading classed
"lead", "standfirst", "subtitle", "perex", "sapo", "summary"…): the extractor often starts from the
body's own block (`div.article-body`) and loses it, and `html.py` puts it back in front.

And two kinds of furniture are taken out whole, where the rules would see only its sentences one
by one: a box asking for donations, a sponsor's box, a sign-up box for a newsletter or a subscription
(classed, or marked in a component's `data-` name, "donate", "sponsor", "newsletter", "subscribe"…;
a React page's classes are generated, `data-component="newsletter-inline"` is not), and a paged export's running
head or foot (a short line, no sentence, repeated word for word on the page: "Department for Road
Safety | Annual Report 2025" on every page of a PDF saved as HTML).
"""

import re
from collections import Counter

from lxml import etree

from .document import clean_inline
from .wiki import drop_wiki_furniture

# What ends a sentence (as boilerplate.SENTENCE_ENDINGS, less the colon and semicolon of a label).
_SENTENCE_END = tuple(".!?。！？।۔؟\u037e…»”\"')")
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "details",
        "dialog",
        "div",
        "dl",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "ul",
    ]
)
_TEASER = re.compile("teaser", re.I)
_TEASER_ANCESTOR = "ancestor-or-self::*[contains(translate(@class, 'T', 't'), 'teaser') or contains(translate(@id, 'T', 't'), 'teaser')]"
_LOOSE_TEXT_MIN = 20  # characters: a sentence, not a button's or a label's words
_ASK = re.compile(
    r"(^|[\s_-])(donate|donation|donations|sponsor|sponsored|sponsorship|newsletter|newsletters|signup|"
    r"sign-up|subscribe|subscription|cta|paywall[_-](offer|notice|prompt|box|message|banner))([\s_-]|$)",
    re.I,
)
_ASK_MARKS = ("class", "id", "data-component", "data-module", "data-testid", "data-qa")
_ASK_BOXES = "//div|//aside|//section|//td|//form"
_BOX_MAX = 600  # characters: an ask, never the article itself
# A standfirst's class in the wordings of news sites' templates: "article__lead", "art-subtitle",
# "perex" (Czech), "sapo" (Vietnamese, Portuguese), "linha-fina" (Brazil), "bajada", "chapo",
# "ingress" (Norway, Sweden, Finland)…
_STANDFIRST = re.compile(
    r"(^|[\s_-])(lead|lede|standfirst|subtitle|sub-title|subheadline|sub-headline|subhead|dek|deck|sapo|perex|"
    r"synopsis|summary|excerpt|intro|chapo|chapeau|spot|linha-fina|bajada|entradilla|sumario|vorspann|"
    r"strapline|abstract|ingress|ingressi|sommario|description)([\s_-]|$)",
    re.I,
)
# Where a template names the standfirst: its class or id, or an Arc XP page's `data-qa="subheadline"`.
_STANDFIRST_MARKS = ("class", "id", "data-qa", "data-testid", "data-component")
_ESSAY_FIGURES = 3  # captioned photographs: fewer illustrate an article, more make an essay
_CAPTION_WORDS = 8  # a sentence of a caption, not a label ("Fleur de sel.")
_STANDFIRST_TAGS = frozenset(["p", "h2", "h3", "div"])
_STANDFIRST_REACH = 12  # elements after the headline: its byline, date and share buttons between
_STANDFIRST_MIN = 30  # characters: a sentence, not a kicker's word
_RUNNING_HEAD_MAX = 100
_KICKER_WORDS = 3
_KICKER_MAX = 40
# What no reader of the page sees: the extractor drops it, and so must what is rescued from the
# page beside it (a standfirst, a photo essay's captions), or a hostile page could put words into
# the import that its readers never read (a fifth outside security test, 2026-12-07).
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ \t\n\r"
_STYLE = f"translate(@style, '{_UPPER}', 'abcdefghijklmnopqrstuvwxyz')"
_HIDING = (
    "@hidden or self::template or self::noscript or self::script or self::style"
    f" or contains({_STYLE}, 'display:none') or contains({_STYLE}, 'visibility:hidden')"
)
_HIDDEN = etree.XPath(f"ancestor-or-self::*[{_HIDING}]")
_HIDING_BLOCKS = etree.XPath(f"//*[{_HIDING}]")


def is_hidden(element):
    """Whether `element` is not shown to the page's readers: it or a block around it is marked
    `hidden`, styled `display: none` or `visibility: hidden`, or is a template or a noscript."""
    return bool(_HIDDEN(element))


def hidden_elements(tree):
    """Every element of `tree` that `is_hidden`, found in one walk (a test of each element's
    ancestors costs the page's depth each time)."""
    hidden = set()
    for block in _HIDING_BLOCKS(tree):  # in document order: a hiding block before those in it
        if block not in hidden:
            hidden.update(block.iter())
    return hidden


def reshape(tree):
    """Reshape the parsed page in place (see the module's docstring)."""
    drop_wiki_furniture(tree)
    _drop_kicker(tree)
    _join_entries(tree)
    _split_at_double_breaks(tree)
    _paragraphs_of_loose_divs(tree)
    _keep_standfirsts(tree)
    _drop_ask_boxes(tree)
    _drop_running_heads(tree)
    _unmark_layout_tables(tree)
    _captions_of_photo_essays(tree)


def _drop_kicker(tree):
    """A kicker: the short label right above the headline ("Environment", "Sezon 3", "Communiqué
    de presse"), one to three words ending no sentence, in the element just before the page's
    first `<h1>` (its labelled section, not the article's words)."""
    headline = next((heading for heading in tree.iter("h1") if not is_hidden(heading)), None)
    previous = headline.getprevious() if headline is not None else None
    while (
        previous is not None
        and not isinstance(previous.tag, str)
        or (previous is not None and not clean_inline("".join(previous.itertext())))
    ):
        previous = previous.getprevious()
    if previous is None or any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in previous):
        return
    text = clean_inline("".join(previous.itertext()))
    if len(text.split()) <= _KICKER_WORDS and len(text) <= _KICKER_MAX and not text.endswith(_SENTENCE_END):
        previous.drop_tree()


def _join_entries(tree):
    """A live blog's entries, each an `<article>` side by side: the extractor reads the page's first
    `<article>` alone, so one entry of many. When the first one's sibling `<article>`s hold more
    text than it does, they are read together, as `<div>`s (a main article beside a few teaser
    cards holds more text than they do, and stays the article; so does one that holds the page's
    headline, whatever its neighbours hold: a live blog's headline stands above its entries)."""
    first = next(tree.iter("article"), None)
    parent = first.getparent() if first is not None else None
    if parent is None or first.find(".//h1") is not None:
        return
    entries = [child for child in parent if child.tag == "article"]
    if sum(_text_length(entry) for entry in entries[1:]) > _text_length(first):
        for entry in entries:
            entry.tag = "div"


def _text_length(element):
    return sum(len(text.strip()) for text in element.itertext())


def _opens_break(br):
    """Whether this `<br>` is followed by another with nothing but white space between them."""
    following = br.getnext()
    return following is not None and following.tag == "br" and not (br.tail or "").strip()


def _split_at_double_breaks(tree):
    """Each run of text between two or more `<br>`s becomes a `<p>` of its own."""
    parents = {br.getparent() for br in tree.iter("br") if _opens_break(br)}
    for parent in parents:
        if parent is not None and parent.tag not in ("td", "th"):
            _split(parent)


def _split(parent):
    paragraphs = [parent.makeelement("p", {})]
    paragraphs[0].text, parent.text = parent.text, None
    breaking = False
    for child in list(parent):
        if child.tag == "br" and (breaking or _opens_break(child)):
            breaking = _opens_break(child)
            if not breaking:  # the run's last `<br>`: its tail opens the next paragraph
                paragraphs.append(parent.makeelement("p", {}))
                paragraphs[-1].text = child.tail
            parent.remove(child)
        elif isinstance(child.tag, str) and child.tag in _BLOCKS:
            # A block between the runs (a read-also table, an advertisement's box) stands on its
            # own, and its tail opens the next paragraph: inside a `<p>` it glued to the text.
            paragraphs.append(child)
            paragraphs.append(parent.makeelement("p", {}))
            paragraphs[-1].text, child.tail = child.tail, None
        else:
            paragraphs[-1].append(child)
    if parent.tag == "p":
        parent.tag = "div"
    parent.extend(paragraph for paragraph in paragraphs if _text_length(paragraph) or len(paragraph))


def _paragraphs_of_loose_divs(tree):
    """A `<div>` of inline text only that reads as a sentence, not a link's, becomes a `<p>`."""
    for div in list(tree.iter("div")):
        parent = div.getparent()
        if (parent is not None and parent.tag in ("td", "th")) or any(
            isinstance(child.tag, str) and child.tag in _BLOCKS for child in div
        ):
            continue  # a table's cell stays a cell: a paragraph in it would make it a layout table
        text = clean_inline("".join(div.itertext()))
        links = sum(len("".join(link.itertext())) for link in div.iter("a"))
        if len(text) >= _LOOSE_TEXT_MIN and text.endswith(_SENTENCE_END) and links * 2 < len(text):
            div.tag = "p"


def _keep_standfirsts(tree):
    """The first paragraph after the headline, in a block classed "teaser" that links nowhere, is
    the article's own standfirst: the block is unmarked. (A subscription offer classed "abo-teaser"
    further down keeps its class, and the extractor drops it.)"""
    headline = next(tree.iter("h1"), None)
    first = headline.xpath("following::p[1]") if headline is not None else []
    marked = first[0].xpath(_TEASER_ANCESTOR) if first else []
    if marked and not marked[-1].xpath(".//a"):
        for name in ("class", "id"):
            if marked[-1].get(name):
                marked[-1].set(name, _TEASER.sub("lead", marked[-1].get(name)))


def _drop_ask_boxes(tree):
    for element in tree.xpath(_ASK_BOXES):
        marks = " ".join(element.get(name, "") for name in _ASK_MARKS)
        if _ASK.search(marks) and _text_length(element) <= _BOX_MAX and element.getparent() is not None:
            element.drop_tree()


def _drop_running_heads(tree):
    """Short lines of no sentence that the page repeats word for word: a paged export's heads."""
    lines = [(paragraph, clean_inline("".join(paragraph.itertext()))) for paragraph in tree.iter("p")]
    counts = Counter(text for _, text in lines)
    for paragraph, text in lines:
        repeated = counts[text] >= 2 and 0 < len(text) <= _RUNNING_HEAD_MAX
        if repeated and not text.endswith((*_SENTENCE_END, ":")) and paragraph.getparent() is not None:
            paragraph.drop_tree()


def standfirst(tree):
    """The standfirst's text right under the page's first headline, or "" (see the docstring)."""
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return ""
    for element in headline.xpath(f"following::*[position() <= {_STANDFIRST_REACH}]"):
        if element.tag not in _STANDFIRST_TAGS:
            continue
        marks = _marks(element)
        if is_hidden(element):
            continue
        if (_STANDFIRST.search(marks) or _is_subheadline(element, headline)) and _is_standfirst(element):
            return clean_inline("".join(element.itertext()))
        if element.tag == "p" and _is_standfirst(element):
            return ""  # the body's first paragraph, unmarked: no standfirst above it
    return ""


def _is_subheadline(element, headline):
    """An `<h2>` right after the headline, its sibling: the subheadline most templates set there."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return element.tag == "h2" and previous is headline


def _marks(element):
    """The names a template gives `element`, or the wrapper it is the only block of: a standfirst
    is often an unmarked `<p>` in a `<div class="article-lead">` (a Lithuanian portal's)."""
    marks = " ".join(element.get(name, "") for name in _STANDFIRST_MARKS)
    parent = element.getparent()
    if element.tag == "p" and parent is not None and parent.tag == "div":
        blocks = [child for child in parent if isinstance(child.tag, str) and child.tag in _BLOCKS]
        if blocks == [element]:
            marks += " " + " ".join(parent.get(name, "") for name in _STANDFIRST_MARKS)
    return marks


def _is_standfirst(element):
    """A block of inline text of a sentence's length, not a link's."""
    if any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element):
        return False
    text = clean_inline("".join(element.itertext()))
    links = sum(len("".join(link.itertext())) for link in element.iter("a"))
    return len(text) >= _STANDFIRST_MIN and links * 2 < len(text)


def _unmark_layout_tables(tree):
    for table in tree.iter("table"):
        if (table.get("role") or "").strip().lower() in ("presentation", "none"):
            del table.attrib["role"]


def _captions_of_photo_essays(tree):
    """On a photo essay, each figure gives way to its caption's sentences, as paragraphs."""
    hidden = hidden_elements(tree)
    captions = [
        (figure, _caption_sentences(figure)) for figure in tree.iter("figure") if figure not in hidden
    ]
    captions = [(figure, sentences) for figure, sentences in captions if sentences]
    if len(captions) < _ESSAY_FIGURES:
        return
    for figure, sentences in captions:
        parent = figure.getparent()
        if parent is None:
            continue
        index = parent.index(figure)
        for offset, sentence in enumerate(sentences):
            paragraph = figure.makeelement("p", {})
            paragraph.text = sentence
            parent.insert(index + offset, paragraph)
        paragraph.tail, figure.tail = figure.tail, None
        parent.remove(figure)


def _caption_sentences(figure):
    """The texts in the figure's caption that read as sentences: its paragraphs, or the caption
    whole when it has none."""
    caption = next(figure.iter("figcaption"), None)
    if caption is None:
        return []
    parts = caption.findall(".//p") or [caption]
    texts = [clean_inline("".join(part.itertext())) for part in parts]
    return [text for text in texts if len(text.split()) >= _CAPTION_WORDS and text.endswith(_SENTENCE_END)]
