"""Saved news web pages. trafilatura finds the article body and its metadata and drops the
navigation, cookie banners, related links and footers; its XML output keeps headings, lists
and quotations, which become blocks."""

import contextlib
import re
from datetime import date

import trafilatura
from lxml import etree

from .document import Block, Document, ImportRefused, clean_inline
from .language import declared_language

CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def declared_charset(data):
    match = CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _text(element):
    return clean_inline("".join(element.itertext()))


def _list_items(element):
    items = []
    for item in element.iter("item"):
        own = clean_inline(
            (item.text or "")
            + "".join("".join(child.itertext()) + (child.tail or "") for child in item if child.tag != "list")
        )
        if own:
            items.append(own)
    return items


def _read_body(document, main):
    for element in main:
        if element.tag == "head":
            heading = _text(element)
            if not document.blocks and heading == document.title:
                continue
            if not document.title:
                document.title = heading
            else:
                document.add(Block.HEADING, heading)
        elif element.tag == "p":
            document.add(Block.PARAGRAPH, _text(element))
        elif element.tag == "list":
            document.add(Block.LIST, *_list_items(element))
        elif element.tag == "quote":
            paragraphs = element.findall(".//p")
            texts = [_text(p) for p in paragraphs] if paragraphs else [_text(element)]
            document.add(Block.QUOTE, *texts)


def parse_html(text):
    extracted = trafilatura.extract(
        text,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
    )
    if not extracted:
        raise ImportRefused("No article text found in the HTML page.")
    root = etree.fromstring(extracted.encode("utf-8"))
    document = Document(
        title=clean_inline(root.get("title") or ""),
        outlet=clean_inline(root.get("sitename") or ""),
        byline=clean_inline(root.get("author") or ""),
        source_url=(root.get("url") or "").strip(),
        language=declared_language(text),
    )
    with contextlib.suppress(ValueError):
        document.published_on = date.fromisoformat((root.get("date") or "")[:10])
    main = root.find("main")
    if main is not None:
        _read_body(document, main)
    if not document.blocks:
        raise ImportRefused("No article text found in the HTML page.")
    return document
