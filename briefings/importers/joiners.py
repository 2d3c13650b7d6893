"""The zero-width joiners, kept through the extractor (a fifth outside test of real pages,
2026-12-07). trafilatura drops every character that `str.isprintable()` refuses, and so the zero
width non-joiner (U+200C) and joiner (U+200D), which are not page furniture but part of the
spelling: Persian "می‌خرد" (buys) became "میخرد", and the same joins are written in Urdu, Kurdish,
Pashto, Hindi, Bengali, Malayalam, Sinhala and in emoji sequences. A fact-checker quotes the
words as the page spells them.

Before extraction each joiner (or its entity, "&zwnj;", "&#8204;", "&#x200C;") stands in as a
printable character of a dead script, Linear B, that the extractor keeps; after it, the stand-ins
are joiners again. A page that already holds a stand-in, as the character or as a numeric
character reference ("&#65536;", "&#x10001;"), is left as it is, joiners lost: otherwise the
page's own Linear B would come back as joiners, invisible characters it never held (a fifth
outside security test, 2026-12-07).
"""

import re

_STAND_INS = {"\u200c": "\U00010000", "\u200d": "\U00010001"}
_ENTITIES = {
    "zwnj": "\u200c",
    "#8204": "\u200c",
    "#x200c": "\u200c",
    "zwj": "\u200d",
    "#8205": "\u200d",
    "#x200d": "\u200d",
}
_JOINER = re.compile(r"[\u200c\u200d]|&(zwnj|zwj|#820[45]|#x200[cd]);", re.I)
_STAND_IN = re.compile("[\U00010000\U00010001]")
# A stand-in in the page as given: the character, or a reference the parser reads as one.
_HELD_STAND_IN = re.compile(r"[\U00010000\U00010001]|&#(0*6553[67]|[xX]0*1000[01])(?![0-9a-fA-F])")
_BACK = {stand_in: joiner for joiner, stand_in in _STAND_INS.items()}


def protect(text):
    """The page with its joiners as stand-ins, or as it is when it holds a stand-in already."""
    if _HELD_STAND_IN.search(text):
        return text
    return _JOINER.sub(_stand_in, text)


def _stand_in(match):
    joiner = match.group(0) if match.group(1) is None else _ENTITIES[match.group(1).lower()]
    return _STAND_INS[joiner]


def restore(text, page):
    """The extractor's `text` with the joiners back, when `page` (the page as given) was protected."""
    if _HELD_STAND_IN.search(page) or not _STAND_IN.search(text):
        return text
    return _STAND_IN.sub(lambda match: _BACK[match.group(0)], text)
