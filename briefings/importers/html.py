"""Saved news web pages. trafilatura finds the article body and its metadata and drops the
navigation, cookie banners, related links and footers; its XML output keeps headings, lists,
quotations and tables, which become blocks. The body is read however deeply the extractor
wraps it in `<div>`s, a `<br>` is a space (two are a paragraph break), and what the extractor
lets through of the page's furniture is dropped by `boilerplate.tidy`."""

import contextlib
import re
from datetime import date

from lxml import etree
from trafilatura import bare_extraction
from trafilatura.core import determine_returnstring
from trafilatura.settings import Extractor, set_date_params
from trafilatura.utils import load_html

from .boilerplate import BARE_TIME, SENTENCE_ENDINGS, cut_site_suffix, is_cookie_notice, tidy
from .datelines import drop_chapter_lists
from .document import Block, Document, ImportRefused, clean_inline, has_words, table_row_text
from .footnotes import drop_note_links
from .furniture import RELATIVE_TIME
from .imprint import drop_trailing_blurbs
from .joiners import protect, restore
from .language import declared_language
from .rescues import correction_note, restore_subheadings
from .reshaping import is_hidden, reshape, standfirst
from .structured_body import rest_of_article

CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w.:-]+)""", re.I)
XML_DECLARATION = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)""", re.I)
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
TITLE_SEPARATOR = re.compile(r"\s(\||–|—|-|·|::)\s\S")
INLINE = {"hi", "ref", "lb", "del", "span", "code"}
BLOCKISH = {"p", "head", "list", "quote", "table", "div", "item", "row", "cell"}
DATA_CELL_LIMIT = 300
# Share buttons between a live blog's entries make the extractor drop an entry; they are never text.
SHARE_BUTTON = re.compile(r"(^|[\s_-])(share|sharing|social)([\s_-]|$)", re.I)
# A live blog's entry time in its own marked element ("<span class="time">13:05 Uhr</span>"): the
# extractor glues it to the entry's first sentence, where the paragraph rules cannot see it.
ENTRY_TIME = re.compile(r"(^|[\s_-])(time|timestamp|heure|uhrzeit|zeit)([\s_-]|$)", re.I)


def _is_page_furniture(element):
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    if element.tag != "p" and SHARE_BUTTON.search(marks):  # a paragraph is left to the rules
        return True
    return (
        bool(ENTRY_TIME.search(marks))
        and _is_time("".join(element.itertext()).strip())
        and _stands_alone(element)
    )


def _is_time(text):
    return bool(BARE_TIME.match(text) or RELATIVE_TIME.match(text))


def _stands_alone(element):
    """No running text right before or after it: not a time inside a sentence."""
    previous = element.getprevious()
    before = previous.tail if previous is not None else element.getparent().text
    return not (before or "").strip() and not (element.tail or "").strip()


def declared_charset(data):
    """The charset label a saved page declares in its bytes: a `<meta>` tag's, else its XML
    declaration's (an XHTML page's `<?xml version="1.0" encoding="ISO-8859-1"?>`), or None."""
    match = CHARSET.search(data[:4096]) or XML_DECLARATION.match(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _text(element):
    """The element's text; a block inside it (a `<p>` in a list item) is set off by a space."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "list":
            parts.append(child.tail or "")
            continue
        separator = " " if child.tag in BLOCKISH else ""
        parts.append(separator + _text(child) + separator + (child.tail or ""))
    return "".join(parts)


def _paragraphs(text):
    """Paragraph texts in a run of text: a double line break (two `<br>`s) starts a new one."""
    return [clean_inline(part) for part in PARAGRAPH_BREAK.split(text)]


def _list_items(element):
    return [clean_inline(_text(item)) for item in element.iter("item")]


def _head(document, element):
    heading = clean_inline(_text(element))
    if not document.title:
        document.title = heading
    else:
        document.add(Block.HEADING, heading)


def _is_data_table(table):
    """A table of figures rather than one laid out for the page: cells of short inline text, at
    least two columns."""
    rows = table.findall("row")
    widest = max((len(row.findall("cell")) for row in rows), default=0)
    cells = [cell for row in rows for cell in row.findall("cell")]
    return widest >= 2 and all(
        not any(child.tag in BLOCKISH for child in cell) and len(_text(cell)) <= DATA_CELL_LIMIT
        for cell in cells
    )


def _title_rows(rows):
    """How many rows open the table with only their first cell filled: its `<caption>` (the
    extractor makes it a row of one head cell and empty ones) or a title row spanning the columns.
    (A header row with an empty corner cell is not one.)"""
    count = 0
    while count < len(rows) - 1 and _only_first_filled(rows[count]):
        count += 1
    return count


def _only_first_filled(cells):
    filled = [bool(clean_inline(_text(cell))) for cell in cells]
    return filled[:1] == [True] and not any(filled[1:])


def table_rows(table):
    """The caption or title rows, each on its own, then each row as "Header: cell; Header: cell"
    (the header row itself is not a row)."""
    rows = [row.findall("cell") for row in table.findall("row")]
    titles = _title_rows(rows) if max((len(row) for row in rows), default=0) >= 2 else 0
    return [clean_inline(_text(row[0])) for row in rows[:titles]] + _header_rows(rows[titles:])


def _header_rows(rows):
    header = None
    if rows and all(cell.get("role") == "head" for cell in rows[0]):
        header, rows = rows[0], rows[1:]
    header = [clean_inline(_text(cell)) for cell in header] if header else None
    return [table_row_text(header, [clean_inline(_text(cell)) for cell in row]) for row in rows]


def _table(document, element):
    if _is_data_table(element):
        document.add(Block.TABLE, *table_rows(element))
    else:
        for cell in element.iter("cell"):
            _walk(document, cell, Block.PARAGRAPH)


def _walk(document, element, kind):
    """Read a container (the body, a `<div>`, a quotation): its blocks in order, and the loose
    text between them as paragraphs of `kind`."""
    run = [element.text or ""]
    for child in element:
        if child.tag in INLINE:
            run.append(_text(child) + (child.tail or ""))
            continue
        document.add(kind, *_paragraphs("".join(run)))
        run = [child.tail or ""]
        if child.tag == "head":
            _head(document, child)
        elif child.tag == "p":
            document.add(kind, *_paragraphs(_text(child)))
        elif child.tag == "list":
            document.add(Block.LIST, *_list_items(child))
        elif child.tag == "quote":
            _walk(document, child, Block.QUOTE)
        elif child.tag == "table":
            _table(document, child)
        elif child.tag != "graphic":
            _walk(document, child, kind)
    document.add(kind, *_paragraphs("".join(run)))


def _without_share_buttons(text):
    """The page parsed, with its share buttons and links and its live blog's entry times removed
    (their tails kept), and its footnotes' markers and back links (`footnotes.drop_note_links`)."""
    tree = load_html(text)
    if tree is None:
        return text
    drop_note_links(tree)
    reshape(tree)
    for element in tree.xpath("//a|//button|//ul|//span|//time|//p|//div[not(.//p)]"):
        if element.getparent() is not None and _is_page_furniture(element):
            element.drop_tree()
    return tree


#: What no reader reads as the page's own words: a link's, and what is not shown.
NOT_OWN_WORDS = frozenset({"a", "script", "style", "template"})


def _only_links(tree):
    """Whether every word of the page's body is a link's: a menu or a site map, no article.
    Walked element by element: an XPath test of each text's ancestors was quadratic in libxml2
    (30,000 links: 20 s)."""
    stack = list(tree.iter("body"))
    while stack:
        element = stack.pop()
        if has_words(element.text or ""):
            return False
        for child in element:
            if has_words(child.tail or ""):  # the words after a child are its parent's
                return False
            if isinstance(child.tag, str) and child.tag not in NOT_OWN_WORDS:  # not a comment
                stack.append(child)
    return True


def _extract(text):
    """The extractor's XML output for the page and the page's visible headline (or None): the
    output as `trafilatura.extract` gives it with these options, less the content fingerprint that `extract` adds to its metadata: a hash of the
    whole text (about 60 ms on a 5,000-statement page) that nothing here reads."""
    options = Extractor(
        output_format="xml",
        with_metadata=True,
        # The date from the page's markup (meta tags, time elements, structured data), never a
        # search of the whole text for anything date-like: slow on long pages and often wrong.
        date_params=set_date_params(extensive=False),
        comments=False,
        tables=True,
        images=False,
        links=False,
    )
    # The extractor swaps a short extraction (under 250 characters: a wire brief) for a dump of
    # the whole page in one paragraph, menu and byline included; only an empty one is rescued.
    options.min_extracted_size = 1
    page = _without_share_buttons(protect(text))
    if not isinstance(page, str) and _only_links(page):
        return None
    extracted = bare_extraction(page, options=options)
    if not extracted:
        return None
    if not isinstance(page, str):
        _complete_truncated_body(extracted.body, page)
        restore_subheadings(extracted.body, page)
    _keep_standfirst(extracted.body, page)
    headline = _headline(page) if not isinstance(page, str) else ""
    return restore(determine_returnstring(extracted, options), text), restore(headline, text)


def _headline(page):
    """The text of the page's first visible `<h1>`, or ""."""
    for heading in page.iter("h1"):
        if not is_hidden(heading):
            return clean_inline("".join(heading.itertext()))
    return ""


def _complete_truncated_body(body, page):
    """The rest of a body the page's HTML holds only the start of, from its JSON-LD
    (`structured_body.rest_of_article`), after the last paragraph the extractor found."""
    paragraphs = list(body.iter("p")) if body is not None else []
    visible = [clean_inline(" ".join(paragraph.itertext())) for paragraph in paragraphs]
    rest = rest_of_article(page, _headline(page), visible) if paragraphs else []
    last = paragraphs[-1] if paragraphs else None
    for text in reversed(rest):
        paragraph = etree.Element("p")
        paragraph.text = text
        last.addnext(paragraph)


def _keep_standfirst(body, page):
    """The standfirst under the headline (`reshaping.standfirst`) and a correction note above it
    (`rescues.correction_note`), in front of the body the extractor found when it is not in it:
    the extractor often starts at the body's own block."""
    for lead in (standfirst(page), correction_note(page)) if not isinstance(page, str) else ():
        if not lead or body is None:
            continue
        heads = [head for head in body.iter("head") if clean_inline(" ".join(head.itertext())) == lead]
        if heads and _heads_nothing(heads[0]):  # a subheading over no text is lost: it is the standfirst
            heads[0].tag = "p"
            heads[0].attrib.pop("rend", None)
        elif lead not in clean_inline(" ".join(body.itertext())):
            paragraph = etree.Element("p")
            paragraph.text = lead
            body.insert(0, paragraph)


def _heads_nothing(head):
    """Whether a heading is followed by another heading or by nothing: it heads no text."""
    following = head.getnext()
    return following is None or following.tag == "head"


def _holds_a_sentence(blocks):
    """Whether furniture-only text still holds a sentence an editor may want: not a page of
    navigation ("Home", "Section 0 Section 1 …": no sentence ends) nor a cookie notice alone."""
    return any(
        len(text.split()) >= 4 and text.endswith(SENTENCE_ENDINGS) and not is_cookie_notice(text)
        for block in blocks
        for text in block.texts
    )


def _title(title, outlet, headline):
    """The title without its site suffix (`boilerplate.cut_site_suffix`); a title that is the
    page's visible headline and a suffix after a separator ("Lake Varrow - Wikipedia") is the
    headline."""
    cut = cut_site_suffix(title, outlet)
    if headline and len(headline) > len(cut) and title.startswith(headline) and headline.startswith(cut):
        return (
            headline  # the cut took a part of the headline itself ("Elecciones …, en directo | Última hora")
        )
    title = cut
    rest = title[len(headline) :] if headline and title.startswith(headline) else ""
    return headline if TITLE_SEPARATOR.match(rest) else title


def parse_html(text):
    extracted, headline = _extract(text) or (None, "")
    if not extracted:
        raise ImportRefused("No article text found in the HTML page.")
    root = etree.fromstring(extracted.encode("utf-8"))
    for linebreak in root.iter("lb"):
        linebreak.tail = "\n" + (linebreak.tail or "")
    outlet = clean_inline(root.get("sitename") or "")
    document = Document(
        title=_title(clean_inline(root.get("title") or ""), outlet, headline),
        outlet=outlet,
        byline=clean_inline(root.get("author") or ""),
        source_url=(root.get("url") or "").strip(),
        language=declared_language(text),
    )
    with contextlib.suppress(ValueError):
        document.published_on = date.fromisoformat((root.get("date") or "")[:10])
    main = root.find("main")
    if main is not None:
        _walk(document, main, Block.PARAGRAPH)
    found = list(document.blocks)
    drop_chapter_lists(document)
    tidy(document)
    drop_trailing_blurbs(document)
    if not document.blocks and _holds_a_sentence(found):
        # Everything the extractor found reads as page furniture to our rules, yet holds a
        # sentence: import it as found for an editor to judge rather than refuse the page.
        document.blocks = found
    if not document.blocks:
        raise ImportRefused("No article text found in the HTML page.")
    return document
