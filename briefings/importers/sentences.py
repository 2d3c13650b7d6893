"""Sentence spans inside a paragraph, with the rules of the paragraph's language.

sentencex is used because it splits the sample exactly like syntok and pysbd (abbreviations
such as "U.S.", "Gen." and "Feb. 24" and quotations never break a sentence) while being more
than a hundred times faster; see docs/benchmarks.md. It takes a language code. A post-pass
(`_merged`, `_split`) mends what it still gets wrong on news text (the labelled cases are in
tests/importer/sentences/): it merges a break after a time ("10:00 a.m." | "PDT", "10 a.m." |
"Tuesday"), inside a name ("Android/Filecoder." | "C"), after a list number ("1." | "Christie"),
before a sentence that goes on in lower case, after a German ordinal ("im 3." | "Stock") or a
language's abbreviation ("M." | "Dupont", "§ 97 Abs." | "1"); and it splits after units ("2 GB/s."
| "The"), a closing bracket (".)" | "Then"), a time before a quotation ("4 p.m." | "\"Others")
a Russian or Ukrainian currency or "и т. д." before a capital ("руб." | "Работы"), and a Ukrainian
or Russian century, year or region before a capital ("в XV ст." | "Пізніше") unless it only opens
its sentence ("У XV ст." | "Київ…"). sentence_languages.py and sentence_endings.py hold more
languages' rules (company forms, dates, Thai). The pass looks only at boundaries: sentencex's speed."""

import re
from bisect import bisect_left

from django.conf import settings
from sentencex import segment

from . import sentence_languages as more
from . import sentence_news as news
from . import sentence_scripts as scripts
from .attributions import apostrophes_moved_to_their_sentence, is_attribution
from .document import has_words
from .sentence_abbreviations import (
    FINAL_BEFORE_CAPITAL,
    NOT_FINAL,
    NOT_FINAL_BEFORE_NUMBER,
    NOT_FINAL_BEFORE_WORD,
)
from .sentence_endings import split_after_endings

TIME_ZONES = (
    "UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|"
    "ET|CT|MT|PT|MEZ|MESZ|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT"
)
_AFTER_TIME = re.compile(r"\b[ap]\.m\.$", re.I)
_TIME_ZONE = re.compile(rf"^\(?(?:{TIME_ZONES})\b")
# AP style dates a time by the weekday or the date right after it: "at 10 a.m. Tuesday", "at 7 a.m.
# Nov. 5", "at 9 a.m. March 3" (AP's month abbreviations, and a month only with a day: "May I…").
_DATE_AFTER_TIME = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+\d)"
)
_LIST_NUMBER = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]$")
# The first letter of what follows a break, if it is in a script whose sentences open with a capital
# (Latin, Greek, Cyrillic, Armenian): a lower-case one there means the sentence goes on ("т. е." |
# "граждан", "np." | "łódzkie"). Not Georgian, whose letters Unicode calls lower case but which has
# no capitals to open a sentence with. A dash may come first: it leads the attribution of a quotation
# in Russian, Ukrainian, Polish… ("«Кто?»" | "— спросил депутат").
_CONTINUES = re.compile(r"^(?:\([^()]{0,200}\)\s*)?(?:[—–]\s*)?[\"“”'‘’«»„]?\s*([a-zß-ÿĀ-ɏḀ-ỿͰ-Ͽἀ-῿Ѐ-ԯա-և])")
_DUTCH_CLITIC = re.compile(r"^['’‘][st]\s")
_LAST_WORD = re.compile(r"([^\s'’]+)$")  # "l'art." ends in "art."
_GERMAN_ORDINAL = re.compile(
    r"\b(?:am|im|vom|zum|zur|beim|der|die|das|dem|den|des|ab|bis|seit|ein|eine|einer|einem|einen|"
    r"jede|jeder|jedes|jeden|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|unser|unsere|"
    r"unserem|unseren|unserer)\s+\d{1,4}\.$",
    re.I,
)
_GERMAN_MONTH = re.compile(
    r"^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Jan\.|Feb\.|Febr\.|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.)\b"
)
# A Chinese or Japanese sentence end, maybe inside closing quotes or brackets: no space follows it
# ("…観測した。気象庁によると…"). The fullwidth full stop "．" is not one: sentencex breaks
# "３．" | "５%" at it.
_CJK_END = re.compile(r"[。！？]([”’」』）》〉]*)$")
_JAPANESE_QUOTATIVE = ("と", "って")  # 「行く。」と彼は言った: the quotation goes on
_ENDS_ORDINAL = re.compile(r"\b\d{1,3}\.$")
UNITS = r"(?:[kKMGTP]?(?:B|b|bit|Wh|W|Hz|g|m)|km|mph|kph|ml|cm|mm|h|min|s)"
_MISSED = re.compile(
    rf"(?:\d\s?{UNITS}(?:/{UNITS})?|\w/\w+)\.(?=\s+[\"“‘«]?[A-ZÀ-Ý])"  # "2 GB/s." | "The", "3 km." | "Luego"
    r"|[.!?]\)(?=\s+[\"“‘«]?[A-ZÀ-Ý])"  # "(The meeting ended.)" | "Then"
    r"|(?:…|\betc\.)(?=\s+[\"“‘«]?[A-ZÀ-Ý])"  # "The end…" | "Then" (as sentencex does for "..."), "etc." | "Il"
    r"|\b[ap]\.m\.(?=\s+[\"“‘«][A-ZÀ-Ý])"  # "at 4 p.m." | "\"Others…": a quotation opens a sentence
)
# The last character of every match of _MISSED, and what follows it: a span without one is not
# searched (_MISSED, which starts with \d, \w or \b, is tried at every character; this pattern
# starts with a set of three characters, which the regex engine skips to quickly).
_MISSED_END = re.compile(r"[.)…](?=\s+[\"“‘«]?[A-ZÀ-Ý])")
_SPACES = re.compile(r"\s*")
# An initial before a surname: a lone Cyrillic or Greek capital ("Э. С. Набиуллина", "Ε. Λέκκας"),
# which sentencex ends sentences after, or any capital after a title's abbreviation ("dr. A.
# Hoekstra", "prof. M. Di Vito"), or hyphenated ones. A lone Latin capital may end one ("vitamin C.").
_INITIAL = re.compile(rf"(?:(?<!\S)[А-ЯЁЄІЇҐΑ-ΩΆΈΉΊΌΎΏ]|\w\.\s+[^\W\d_]|{scripts.HYPHENATED_INITIALS})\.$")
# A Ukrainian or Russian date or region that ends in an abbreviation sentencex never ends a sentence
# after (or, for Russian "ст." and "обл.", always does): a century or a year after a number, Roman
# or Arabic, or a range of them ("в XV ст.", "у 2009 р.", "у 1990-х рр.", "в XV–XVI ст.", "в 2020
# г."), maybe "до н. е." (BC), and a region after its name ("у Харківській обл."). It ends a sentence
# before a capital ("…в XV ст." | "Пізніше…"), unless all its sentence before it, or its clause
# after a comma, is an adverbial of time or place (DATE_OPENER): "У XVII ст." | "Київ…", "Як
# повідомлялося, у 2022 р." | "Укрзалізниця…". Not after "ч. 2" / "п. 3" (a law's part or clause:
# "ч. 2 ст. 191"). A region's name is at most 40 characters ("Івано-Франківській" has 18): every
# capital after a hyphen or an apostrophe may start one, so an unbounded name made a paragraph of
# "А-А-А-…" quadratic (20,000 characters, 3 s; a 2 MB page, minutes).
_REGION_NAME = r"[А-ЯЁІЇЄҐ][\w'’ʼ-]{0,40}"
_NUMERAL = r"(?:\d{1,4}|[IVXLCХІ]{1,7})(?:-[а-яіїєґё]{1,3})?"
_DATE_ABBREVIATIONS = {"uk": r"ст\.|р\.|рр\.", "ru": r"в\.|вв\.|г\.|гг\.|ст\."} | scripts.DATE_ABBREVIATIONS
_DATE = {
    language: rf"(?<![\w.])(?<!ч\. )(?<!п\. ){_NUMERAL}(?:\s?[-–—]\s?{_NUMERAL})?\s+(?:{abbreviations})"
    rf"(?:\s+до\s+н\.\s?[еэ]\.)?|(?<![\w.]){_REGION_NAME}\s+обл\."
    for language, abbreviations in _DATE_ABBREVIATIONS.items()
}
# Prepositions, particles and words of time that may stand before a date that opens a sentence ("У",
# "На початку", "Ще в", "З 1 січня"), and the months a day's date names.
_OPENER_WORDS = {
    "uk": "у|в|з|із|зі|до|від|після|на|по|протягом|упродовж|впродовж|наприкінці|початку|кінці|кінця|"
    "середині|середини|половині|половини|першій|другій|період|ще|вже|уже|лише|тільки|саме|станом|"
    "починаючи|аж|між|і|й|та|а|ж|же|також|теж|січня|лютого|березня|квітня|травня|червня|липня|серпня|"
    "вересня|жовтня|листопада|грудня",
    "ru": "в|во|с|со|из|до|от|после|на|по|к|течение|протяжении|начале|конце|середине|половине|первой|"
    "второй|период|ещё|еще|уже|лишь|только|именно|начиная|вплоть|между|и|а|но|же|также|тоже|января|"
    "февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
} | scripts.OPENER_WORDS
DATE_OPENER = {
    language: re.compile(
        rf"(?:^|[,:;(]\s*|\s[—–]\s+)(?:(?:{words}|\d{{1,2}})\s+)*(?:{_DATE[language]})$", re.I
    )
    for language, words in _OPENER_WORDS.items()
}


def _final_before_capital(language):
    """What ends a sentence in `language` when a capital follows: a unit, a date or a region."""
    endings = []
    if words := FINAL_BEFORE_CAPITAL.get(language):
        endings.append(rf"(?<![\w.])(?:{'|'.join(re.escape(word) for word in words)})")
    if language in _DATE:
        endings.append(_DATE[language])
    return re.compile(rf"(?:{'|'.join(endings)})(?=\s+[\"“„«]?([^\W\d_]))")


_FINAL_BEFORE_CAPITAL = {
    language: _final_before_capital(language) for language in FINAL_BEFORE_CAPITAL.keys() | _DATE.keys()
}
# _LAST_WORD is searched in the end of a sentence only: a longer last word is no abbreviation.
_LAST_WORD_WINDOW = 2 + max(
    len(word) for lists in (NOT_FINAL, NOT_FINAL_BEFORE_NUMBER) for words in lists.values() for word in words
)
# How much of the end of a sentence _joins reads: every pattern it tries on that sentence matches
# at its end, in fewer characters (a list number is a whole sentence of at most 7).
_TAIL = max(64, _LAST_WORD_WINDOW)


def _language(language):
    return (language or getattr(settings, "FACTDESK_LANGUAGE", "en") or "en").lower()


#: sentencex's time grows with the square of a paragraph's sentences (an outside test: 1.9 MB of
#: Chinese in one paragraph, 125 s), so a longer paragraph is given to it a window at a time.
SEGMENT_CHARS = 20_000


def _segment_spans(paragraph, language, begin=0, end=None):
    """sentencex's sentences in `paragraph[begin:end]` as (start, end) in `paragraph`, trimmed."""
    spans = []
    cursor = begin
    for sentence in segment(language, paragraph[begin:end]):
        sentence = sentence.strip()
        if not sentence:
            continue
        start = paragraph.find(sentence, cursor)
        if start < 0:
            continue
        cursor = start + len(sentence)
        spans.append((start, cursor))
    return spans


def _raw_spans(paragraph, language):
    """sentencex's sentences as (start, end) in `paragraph`, trimmed: a window of SEGMENT_CHARS at
    a time, each after the first starting where the second-last sentence of the one before began.
    The last may have been cut by the window's end; the one before it may hold the opening mark of
    a quotation the end cut (sentencex gave it to the sentence before: `سأل رجل. "` | `لماذا؟`),
    and a window that started after that mark would pair every quotation mark after it the wrong
    way round. Both are read again whole."""
    spans, begin = [], 0
    while len(paragraph) - begin > SEGMENT_CHARS:
        window = _segment_spans(paragraph, language, begin, begin + SEGMENT_CHARS)
        if len(window) < 2:  # one sentence longer than a window: cut where the window ends
            spans += window
            begin = window[-1][1] if window else begin + SEGMENT_CHARS
            continue
        kept = 2 if len(window) > 2 else 1  # each start is after `begin`: the windows move on
        spans += window[:-kept]
        begin = window[-kept][0]
    return spans + _segment_spans(paragraph, language, begin)


def _split(paragraph, spans):
    """Each span cut after the boundaries sentencex missed."""
    lasts = [match.start() for match in _MISSED_END.finditer(paragraph)]
    result = []
    for start, end in spans:
        # A match's last character is followed by a space and a capital inside the span.
        index = bisect_left(lasts, start)
        if index == len(lasts) or lasts[index] >= end - 2:
            result.append((start, end))
            continue
        for match in _MISSED.finditer(paragraph, start, end):
            cut = match.end()
            rest = _SPACES.match(paragraph, cut, end).end()  # not a slice: linear in the span
            result.append((start, cut))
            start = rest
        result.append((start, end))
    return result


def _split_after_units(paragraph, spans, language):
    """Each span cut after a unit's abbreviation that a capital follows (FINAL_BEFORE_CAPITAL)."""
    pattern = _FINAL_BEFORE_CAPITAL.get(language)
    if not pattern:
        return spans
    result = []
    for start, end in spans:
        for match in pattern.finditer(paragraph, start, end):
            if match.group(1).isupper():
                result.append((start, match.end()))
                start = _SPACES.match(paragraph, match.end(), end).end()
        result.append((start, end))
    return result


def _ends_without_space(previous, following, language):
    """Whether `previous` ends a Chinese or Japanese sentence, which no space follows, or one in a
    script whose full stop stands nowhere else (Burmese, Ethiopic)."""
    if previous.endswith(scripts.SCRIPT_STOPS):
        return True
    end = _CJK_END.search(previous, len(previous) - 8)
    if not end:
        return False
    return not (language == "ja" and end.group(1) and following.startswith(_JAPANESE_QUOTATIVE))


def _goes_on(following, language):
    """Whether `following` starts in lower case, so the sentence before it is not over. Not a
    Dutch or Afrikaans sentence opening with "'s" or "'t" (des, het): "'s Avonds…", "'t Is…"."""
    first = _CONTINUES.match(following)
    if language in ("nl", "af") and _DUTCH_CLITIC.match(following):
        return False
    return bool(first) and first.group(1).islower()


def _starts_a_name(following):
    """Whether `following` starts with a capitalised word or another initial ("Садовий", "С.")."""
    return following[:1].isupper() and (following[1:2] == "." or following[1:2].islower())


def _ends_in_initial(previous):
    initial = _INITIAL.search(previous, len(previous) - 8)
    return bool(initial) and initial.group()[-2].isupper()


def _opens_a_sentence(previous, opener):
    """Whether `previous` ends in a date or region that only opens its sentence or clause ("У XV
    ст.", "Як повідомлялося, у 2022 р."). `previous` is at most _TAIL characters of the sentence:
    one that long may be cut, so its start is not the sentence's."""
    match = opener.search(previous, max(0, len(previous) - _TAIL))
    return bool(match) and (match.start() > 0 or len(previous) < _TAIL)


def _before_number(word, language):
    """Whether `word` is an abbreviation that ends no sentence before a number."""
    return word in NOT_FINAL_BEFORE_NUMBER.get(language, ()) or word in NOT_FINAL_BEFORE_NUMBER["*"]


def _joins(previous, following, gap, language):
    """Whether the break between two sentences is wrong."""
    if (
        (not gap and not _ends_without_space(previous, following, language))
        or not has_words(following)
        or _LIST_NUMBER.match(previous)
        or _goes_on(following, language)
        or scripts.ends_inside_sentence(previous)
    ):
        return True
    # The patterns end in $ and match a few characters: searched from there on, not everywhere.
    if _AFTER_TIME.search(previous, len(previous) - 5) and (
        _TIME_ZONE.match(following) or _DATE_AFTER_TIME.match(following)
    ):
        return True
    if _starts_a_name(following) and _ends_in_initial(previous):
        return True
    if language in DATE_OPENER and _opens_a_sentence(previous, DATE_OPENER[language]):
        return True
    last = _LAST_WORD.search(previous, len(previous) - _LAST_WORD_WINDOW)
    if last and (
        last.group(1) in NOT_FINAL.get(language, ())
        or scripts.opens_with_abbreviation(previous, NOT_FINAL.get(language, ()))
        or (_before_number(last.group(1), language) and following[:1].isdigit())
        or following.startswith(NOT_FINAL_BEFORE_WORD.get(language, {}).get(last.group(1), "\0"))
    ):
        return True
    if language == "de" and _ENDS_ORDINAL.search(previous, len(previous) - 5):
        return bool(_GERMAN_ORDINAL.search(previous) or _GERMAN_MONTH.match(following))
    return more.joins_in_language(previous, following, language)


def _merged(paragraph, spans, language):
    """The spans with each wrong break between two of them removed. A merged sentence grows with
    every merge, so only its last _TAIL characters are read, never all of it: the pass stays
    linear ("a. " * 200,000 took seconds when the whole sentence was sliced again each time)."""
    result = []
    for start, end in spans:
        if result:
            previous_start, previous_end = result[-1]
            previous = paragraph[max(previous_start, previous_end - _TAIL) : previous_end]
            if _joins(previous, paragraph[start:end], paragraph[previous_end:start], language) or (
                is_attribution(paragraph, result[-1], (start, end))
            ):
                result[-1] = (previous_start, end)
                continue
        result.append((start, end))
    return result


def sentence_spans(paragraph, language=None):
    """(start, end) of each sentence in `paragraph`, trimmed of surrounding whitespace, split with
    the rules of `language` (a code such as "de"; FACTDESK_LANGUAGE when not given)."""
    language = _language(language)
    spans = more.split_after_addresses(paragraph, _split(paragraph, _raw_spans(paragraph, language)))
    spans = scripts.split_after_khmer_stops(paragraph, spans)
    rules = more.rules_language(language)  # sentencex is given the code: it has fallbacks of its own
    spans = news.split_after_acronyms(paragraph, _split_after_units(paragraph, spans, rules), rules)
    spans = _merged(paragraph, apostrophes_moved_to_their_sentence(paragraph, spans), rules)
    spans = scripts.split_after_german_amounts(paragraph, split_after_endings(paragraph, spans, rules), rules)
    return [span for span in spans if has_words(paragraph[span[0] : span[1]])]
