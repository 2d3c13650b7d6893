"""Bylines and credits that carry no label a sentence could start with, or one in a language whose
byline opens like a sentence: "Door Jan de Vries", "Του Γιώργου Παπαδόπουλου", a bare name under
the headline ("Мария Смирнова"), an agency's photo credit ("Reuters/Denis Balibouse", "Foto
Ansa", "(AP Photo/Evan Vucci)"). Each rule matches a whole short line made only of names, so
that "Door de oorlog…", "Di recente…" or "Reuters/Ipsos polling found…" stay.
"""

import re
from dataclasses import dataclass
from datetime import date

import dateparser

from .datelines import is_date_line
from .document import Block

# A word of a name: a capital and lower-case letters ("Jan", "O'Neill", "Smith-Jones"), or an
# initial ("J."), in Latin, Cyrillic or Greek script. An apostrophe is one of the lower-case
# letters, so after one only a capital starts a new part: were "'a" both a letter and a part, each
# apostrophe would double the ways to read a word ("Aa'a'a…'a!", 120 characters, would take a
# worker for ever to refuse).
_UPPER = "A-ZÀ-ÖØ-ÝĀ-ŽА-ЯЁЄІЇҐΑ-ΩΆΈΉΊΌΎΏ"
_LOWER = "a-zß-öø-ÿā-žа-яёєіїґʼ'’α-ωάέήίόύώϊϋΐΰς"
_NAME_WORD = rf"(?:[{_UPPER}][{_LOWER}]+(?:(?:-[{_UPPER}]?|['’][{_UPPER}])[{_LOWER}]+)*|[{_UPPER}]\.)"
# The lower-case particles inside a name: "Jan de Vries", "Ursula von der Leyen", "Da Silva".
_PARTICLE = r"(?:van|von|de|der|den|del|della|di|da|dos|das|du|le|la|ter|ten|te|zu|bin|ibn|al)"
# A person's name: two to four words, the first capitalised, particles between them.
PERSON = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{1,3}}"
_PEOPLE = rf"{PERSON}(?:\s*(?:,|&|\s(?:and|und|et|en|e|y|και|и|і)\s)\s*{PERSON}){{0,3}}"
# Bylines that open with a word a sentence can open with, so the name must be a whole name: Dutch
# "Door", Greek "Του" / "Της" / "Των" (of) and "Γράφει ο / η" (writes), Italian "Di" in capitals
# ("di Giulia Rossi" is in boilerplate._BYLINE), Dutch and Polish "Tekst:", Polish "Oprac.".
BYLINE = re.compile(
    rf"^(?:Door|Του|Της|Των|Γράφει\s+[οη]|Γράφουν\s+οι|Di|(?i:tekst|κείμενο)\s*:|(?i:oprac\.|opracowanie:))"
    rf"\s+{_PEOPLE}$"
)
# A line that is only a name, under the headline: "Мария Смирнова", "Jan de Vries".
BARE_NAME = re.compile(rf"^{PERSON}$")
# The newsroom as a byline: "Da Redação", "Redacción", "Redazione", "Редакция".
NEWSROOM = re.compile(
    r"^(?:(?:by|por|da|de|di|von|par|door)\s+(?:la\s+|the\s+)?)?(?:newsroom|staff|redação|redacción|"
    r"redazione|redaktion|rédaction|redakcja|редакция|редакція|redactie|σύνταξη|haber merkezi|redacția)$",
    re.I,
)
# News and photo agencies whose name alone, or with a photographer's, makes a credit line.
_AGENCIES = (
    r"AP|AP Photo|AP Images|AFP|Reuters|EPA|EPA-EFE|EFE|Getty|Getty Images|iStock|iStockphoto|Shutterstock|"
    r"Alamy|ANP|ANSA|dpa|picture alliance|PAP|Europa Press|Anadolu|Anadolu Agency|Xinhua|TASS|ТАСС|"
    r"РИА Новости|Sputnik|Интерфакс|Interfax|Укрінформ|УНІАН|Bloomberg|NurPhoto|SOPA Images|LightRocket|"
    r"ZUMA|ZUMA Press|Keystone|Belga|NTB|Lusa|Agência Brasil|Folhapress|Eurokinissi|ΑΠΕ-ΜΠΕ|Intime News|"
    r"AGERPRES|Inquam Photos|DHA|İHA|Imago|LaPresse|Fotogramma|Kyodo|Yonhap|Sipa|Abaca|PA|PA Media|PA Wire"
)
# A name on a credit line: an agency, a person's name, or a run of capitals ("ΓΙΩΡΓΟΣ ΚΟΝΤΑΡΙΝΗΣ")
# of three characters or more, not counting a space before it.
_CREDITED = (
    rf"(?:{_AGENCIES}|{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}}"
    rf"|[{_UPPER}.-][{_UPPER}\s.-]{{2,39}})"
)
# What may follow a name on a credit line: another after a slash or "via", or the line's end.
_CREDIT_GOES_ON = r"(?=\s*/|\s+via\s|\)?$)"
# "Reuters/Denis Balibouse", "ANP/Remko de Waal", "EUROKINISSI/ΓΙΩΡΓΟΣ ΚΟΝΤΑΡΙΝΗΣ", "Jane Doe/AFP via
# Getty Images", "Foto Ansa", "EUROPA PRESS", "(AP Photo/Evan Vucci)": an agency, maybe after
# "Photo", with photographers' names after slashes or "via". Each name is read once, in an atomic
# group ending where the next begins: "AFP" is both an agency and capitals, and trying both for
# every name of "AFP / AFP / … x" doubled the work with each slash (a 120-character line, for ever).
AGENCY_CREDIT = re.compile(
    rf"^\(?(?:(?i:photo|foto|фото|bild|beeld|φωτογραφία)\s+)?(?>{_CREDITED}\s*/\s*)*(?i:{_AGENCIES})"
    rf"(?>\s*/\s*{_CREDITED}{_CREDIT_GOES_ON}|\s+via\s+(?i:{_AGENCIES}){_CREDIT_GOES_ON})*\)?$"
)
# An agency's credit in brackets that ends a caption: "(AP Photo/Evan Vucci)", "(Photo by Jane
# Doe/Getty Images)", "(Reuters/Denis Balibouse)". Only at the end: inside a sentence, brackets
# name a source the claim rests on ("a poll (Reuters/Ipsos, March) found…").
BRACKETED_CREDIT = re.compile(
    rf"\s*\((?:(?:{_AGENCIES})(?:\s+Photo)?\s*/|(?i:photo|foto)\s+(?i:by|di|de|von|par)\s)[^()]{{1,80}}\)\s*$"
)


def is_byline(text):
    """Whether `text` is a byline or a credit line, whatever its place."""
    return (
        (len(text) <= 120 and bool(BYLINE.match(text) or NEWSROOM.match(text) or AGENCY_CREDIT.match(text)))
        or is_dated_byline(text)
        or is_byline_and_date(text)
    )


def is_byline_and_date(text):
    """Whether `text` is a byline with its date after a comma: "By Priya Nair, November 27, 2026",
    "Par Julie Mercier, le 27 novembre 2026". Each comma is tried as the one after the people."""
    if len(text) > 120:
        return False
    start = 0
    while (comma := text.find(", ", start)) != -1:
        if _CREDITED_PEOPLE.match(text[:comma]) and is_date_line(text[comma + 2 :], stamped=False):
            return True
        start = comma + 2
    return False


# A byline and the dates after it: "Par Julie Mercier · Publié le 15 janvier 2026 à 07h00 · Mis à jour
# le 15 janvier 2026 à 09h14", "Rosa Lin | February 20, 2026": each part after the people has a digit.
_BYLINE_PARTS = re.compile(r"\s+[·•|—–]\s+")
_DATED_PART = re.compile(r"^(?=[^\d]{0,40}\d)[^!?]{1,60}(?<!\.)$")


def is_dated_byline(text):
    """Whether `text` is a byline with its dates (and times) after it."""
    if len(text) > 200:
        return False
    first, *rest = _BYLINE_PARTS.split(text.strip())
    people = _CREDITED_PEOPLE.match(first) or is_bare_name(first)
    return bool(rest and people) and all(_DATED_PART.match(part) for part in rest)


def is_bare_name(text):
    """Whether `text` is only a person's name (two to four words); a byline when it stands under
    the headline."""
    return len(text) <= 60 and bool(BARE_NAME.match(text))


# A credit line under the headline, with what it says of the article: "By Hannah Okafor, Local
# Democracy Reporter — Westbridge Gazette — 3 March 2026", "Von Anna Schmidt | Kieler Nachrichten |
# 3. März 2026". Its first part names the people (maybe with a role after a comma); each other part,
# set off by a spaced dash, bar or dot, is the outlet or the date.
_CREDIT_OPENER = (
    r"(?:(?i:by|von|par|por)\s+|(?:Door|Di)\s+|"
    r"(?i:text|texte|autor|autorin|auteur|author|автор|авторка|κείμενο)\s*:\s*)"
)
_CREDITED_PEOPLE = re.compile(rf"^{_CREDIT_OPENER}(?P<people>{_PEOPLE}(?:,\s+[^,.;:!?|—–]{{2,60}})?)$")
_CREDIT_PARTS = re.compile(r"\s+[—–|·•]\s+")
_OUTLET_NAME = re.compile(
    rf"^[{_UPPER}0-9][\w'’.&-]*(?:\s+(?:of|the|de|la|le|del|der|die|das|and|&|[{_UPPER}0-9][\w'’.&-]*)){{0,5}}$"
)
# A part worth asking dateparser about: short, with a year and a day, few words (a month's name).
_DATE_LIKE = re.compile(r"^(?=.*\b(?:19|20)\d\d\b)(?=.*\b(?:0?[1-9]|[12]\d|3[01])\b)[\w .,/-]{6,40}$")
_DATE_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "el", "tr", "ro"]
_HEADINGS_BEFORE_CREDIT = 2  # a kicker or a standfirst may stand between the headline and the credit
_WHOLE_DATE = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}


@dataclass
class Credit:
    byline: str
    outlet: str = ""
    published_on: date | None = None


def _date_of(part):
    """The day `part` names ("3 March 2026", "3. März 2026", "2026-03-03"), or None. dateparser
    is asked only about a short part with a year and a day in it: on any text it tries every
    language it knows, seconds for a line that is no date."""
    if not _DATE_LIKE.match(part) or sum(word.isalpha() for word in part.split()) > 3:
        return None
    found = dateparser.parse(part, languages=_DATE_LANGUAGES, settings=_WHOLE_DATE)
    return found.date() if found else None


def read_credit_line(text):
    """What a credit line under the headline says (a Credit), or None when `text` is not one:
    every part must be the people, the outlet or the date, so a sentence never is."""
    if len(text) > 200:
        return None
    first, *rest = _CREDIT_PARTS.split(text.strip())
    people = _CREDITED_PEOPLE.match(first)
    if not people or len(rest) > 2:
        return None
    credit = Credit(byline=people.group("people"))
    for part in rest:
        day = None if credit.published_on else _date_of(part)
        if day:
            credit.published_on = day
        elif not credit.outlet and _OUTLET_NAME.match(part):
            credit.outlet = part
        else:
            return None
    return credit


def take_credit_line(document):
    """Take the credit line under the headline out of the article's text: it is no statement to
    check (and "By …" with a date scored high as check-worthy). Its byline, outlet and date are
    kept where the document named none (front matter or the page's metadata win)."""
    for index, block in enumerate(document.blocks[: _HEADINGS_BEFORE_CREDIT + 1]):
        one_line = len(block.texts) == 1 and block.kind in (Block.HEADING, Block.PARAGRAPH)
        credit = read_credit_line(block.texts[0]) if one_line else None
        if credit:
            del document.blocks[index]
            document.byline = document.byline or credit.byline
            document.outlet = document.outlet or credit.outlet
            document.published_on = document.published_on or credit.published_on
            return
        if block.kind != Block.HEADING:
            return
