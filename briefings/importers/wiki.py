"""A MediaWiki page's furniture, taken out before extraction (a sixth outside test, 2026-12):
Wikipedia, its sister wikis and Fandom mark their furniture with the same classes in every
language, where the paragraph rules would need each wiki's wording. On a MediaWiki page (an
element classed `mw-parser-output`, or a `<body>` classed `mediawiki`), these go whole:

- the infobox (a summary table of the article's facts: `infobox`, `infobox_v3`, Fandom's
  `portable-infobox`), which the extractor read as a table of label rows in front of the text;
- navboxes (`navbox`: a site map of related articles) and the category links;
- the "[edit | edit source]" links beside each heading (`mw-editsection`), which stuck to the
  heading ("History[edit]");
- what MediaWiki marks as never printed (`noprint`): "[citation needed]" and its kin in every
  language, the "From Wikipedia" line, a note's "^ a b" back links; and `metadata` notices
  (a disambiguation hatnote, maintenance boxes), the table of contents, the site notice;
- a reference's back links (`mw-cite-backlink`), so each reference stays as a note of its own
  (footnotes are kept, `footnotes.py`).

A citation-needed mark without these classes is stripped by its wording (`furniture._MARKERS`).
"""

import re

_MEDIAWIKI = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' mw-parser-output ')]"
    "|//body[contains(concat(' ', normalize-space(@class), ' '), ' mediawiki ')]"
)
_FURNITURE_CLASS = re.compile(
    r"(^|\s)(infobox[\w-]*|portable-infobox|navbox[\w-]*|vertical-navbox|catlinks|mw-editsection|noprint|"
    r"metadata|hatnote|toc|mw-cite-backlink|need_ref_tag|bandeau-portail|mw-jump-link|printfooter|"
    r"sistersitebox|authority-control|mw-indicators)(\s|$)",
    re.I,
)
_FURNITURE_ID = frozenset(
    ["siteSub", "siteNotice", "contentSub", "toc", "catlinks", "normdaten", "jump-to-nav"]
)


def is_mediawiki(tree):
    """Whether the page is a MediaWiki page (Wikipedia, a wiki of the same software, Fandom)."""
    return bool(tree.xpath(_MEDIAWIKI))


def drop_wiki_furniture(tree):
    """On a MediaWiki page, drop its furniture (see the module's docstring), keeping what follows."""
    if not is_mediawiki(tree):
        return
    doomed = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and (_FURNITURE_CLASS.search(element.get("class") or "") or element.get("id") in _FURNITURE_ID)
    ]
    for element in doomed:
        if element.getparent() is not None and element.tag not in ("html", "body"):
            element.drop_tree()
