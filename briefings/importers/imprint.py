"""A site's imprint and its "about us" blurb at the foot of a page (a sixth outside test, 2026-12):

- a postal address line: a telephone number and another number (a postcode, a street's) in a
  line that ends no sentence and is mostly names and numbers ("Valley Watch, 1150 N Street,
  Suite 210, Fresno, CA 93721 · (559) 555-0142"); an article's "call 0800 123 4567 or turn up
  at 212 Leith Walk." is a sentence and stays;
- an imprint's legal lines, by their labels ("Testata giornalistica registrata presso il
  Tribunale…", "Direttore responsabile:", "P.IVA", "USt-IdNr.", "Amtsgericht", "Wydawca:",
  "Directeur de la publication", "Registered in England");
- an "about us" paragraph opening with its label ("Chi siamo. Salento Sera è un quotidiano…",
  "About us: …", "Quiénes somos", "Qui sommes-nous ?", "Über uns", "O nas", "من نحن"…);
- the site describing itself at the very end of the article ("Valley Watch is a nonprofit,
  nonpartisan newsroom…"): a paragraph opening with the outlet's name and "is a" (in the
  languages below), after the article's last paragraph only; an article about the outlet says
  so in its first paragraphs, and they stay.
"""

import re

from .document import Block

_PHONE = re.compile(r"(?<![\d/])(\+\s?)?\(?\d[\d ()./-]{5,16}\d(?!\d)")
_PHONE_DIGITS = 7
_NUMBER = re.compile(r"\d+")
_LINE_MAX = 240
_LOWER_SHARE = 0.5  # of the words: an address is names and numbers, a sentence is not
_ENDS_SENTENCE = (".", "!", "?", "。", "！", "？", "؟")
_LABELS = (
    r"testata (giornalistica )?registrata|direttore responsabile|p\.\s?iva\b|partita iva|registo erc|"
    r"ust-?idnr|umsatzsteuer-id|handelsregister|amtsgericht \w+,? hr[ab]|geschäftsführ(er|erin|ung)\s*:|"
    r"wydawca\s*:|editore\s*:|éditeur\s*:|direct(eur|rice) de (la )?publication|registered (in england|office)|"
    r"company (registration )?(no|number)\b|impressum\s*:|registro mercantil|cif\s*:|nip\s*:|krs\s*:"
)
_ABOUT = (
    r"about us|about the [^\W\d_][\w'’ -]{0,40}|chi siamo|quiénes somos|quienes somos|sobre nós|"
    r"sobre nosotros|quem somos|qui sommes-nous|über uns|o nas|من نحن|私たちについて|会社概要"
)
_IMPRINT = re.compile(rf"^({_LABELS}|({_ABOUT})\s*[.:?？]\s+\S)", re.I)
_COPULA = r"is an?|ist (ein|eine)|est une?|è una?|es una?|é uma?|jest|to|is een|er en|är en|je|είναι|هي|هو|は"


def is_imprint(text):
    """Whether a whole paragraph is an address line, an imprint's legal line or an about-us
    paragraph (see the module's docstring)."""
    return len(text) <= 400 and bool(_IMPRINT.match(text) or _is_address_line(text))


def _is_address_line(text):
    if len(text) > _LINE_MAX or text.endswith(_ENDS_SENTENCE):
        return False
    phones = [match for match in _PHONE.finditer(text) if _digits(match) >= _PHONE_DIGITS]
    if not phones:
        return False
    outside = text[: phones[0].start()] + text[phones[-1].end() :]
    words = text.split()
    lower = sum(word[:1].islower() for word in words)
    return bool(_NUMBER.search(outside)) and lower <= _LOWER_SHARE * len(words)


def _digits(match):
    return sum(character.isdigit() for character in match.group())


def _self_description(outlet):
    """What the outlet's own blurb opens with: its name (after an article), then "is a"."""
    if len(outlet.strip()) < 3:
        return None
    article = r"((the|der|die|das|le|la|l'|il|lo|el|o|a|de|het)\s+)?"
    return re.compile(rf"^{article}{re.escape(outlet.strip())}\s*(,[^,]{{0,60}},\s*)?({_COPULA})\b", re.I)


# A postal address without a telephone number: "200 Main St, Springfield, IL 62701",
# "Holstenstraße 12, 24103 Kiel", "Stora Gatan 20, 722 12 Västerås": a postcode beside a
# capitalised word (a town, a state), another number (the street's), parts set off by commas.
_POSTCODE = re.compile(
    r"(?<![\w-])(?:\d{4,5}|\d{3} \d{2}|\d{4} ?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(?![\w-])"
)
_ADDRESS_MAX = 160


def is_postal_address(text):
    """Whether `text` is only a postal address (see above): no sentence, mostly names and numbers."""
    if len(text) > _ADDRESS_MAX or text.endswith(_ENDS_SENTENCE) or "," not in text:
        return False
    codes = [match for match in _POSTCODE.finditer(text) if _beside_a_town(text, match)]
    if not codes:
        return False
    outside = text[: codes[-1].start()] + text[codes[-1].end() :]
    words = text.split()
    lower = sum(word[:1].islower() for word in words)
    return bool(_NUMBER.search(outside)) and lower <= _LOWER_SHARE * len(words)


def _beside_a_town(text, match):
    before = text[: match.start()].split()[-1:]
    after = text[match.end() :].split()[:1]
    words = [word.strip(",·|") for word in before + after]
    return any(word[:1].isupper() and word.isalpha() for word in words)


def _is_trailing_furniture(text, pattern):
    if len(text) > 400:
        return False
    return bool(pattern and pattern.match(text)) or is_postal_address(text)


def drop_trailing_blurbs(document):
    """Drop the outlet's description of itself and a postal address from the end of the document
    (see the docstring), never the whole of it: in the article, an address is in a sentence or a
    list."""
    pattern = _self_description(document.outlet)
    while len(document.blocks) > 1:
        block = document.blocks[-1]
        if block.kind != Block.PARAGRAPH:
            return
        kept = list(block.texts)
        while kept and _is_trailing_furniture(kept[-1], pattern):
            kept.pop()
        if kept:
            block.texts = kept
            return
        document.blocks.pop()
