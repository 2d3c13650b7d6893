"""How check-worthy one statement is, 0–100, and the reasons a checker can read.

Rules, not a model: what a checker looks for first is a verifiable assertion of public interest
(numbers, dates, named people and organisations, attributed facts, comparisons, events), and
what they skip is opinion, prediction, hedging, questions and boilerplate. Each cue found moves
the score by a fixed weight and names itself in the reasons. The weights were set on the tuning
articles of tests/data/claim_intelligence and measured on the held-out ones (bench/
checkworthiness_quality.py, docs/claim-intelligence.md).

A statement is read word by word against a table of cues (a dictionary look-up a word, and
another for two-word phrases): import must stay above 10,000 statements a second, and one
regular expression holding every cue cost 28 µs a statement, five times as much.
"""

import re
from dataclasses import dataclass, field

from .attribution import points_back
from .languages import LANGUAGES
from .languages.base import cue_table
from .leads import words_of
from .routine import currency_quote, match_goals, without_full_stop

BASE = 35
THRESHOLD = 50  # at or above: check-worthy (precision and recall at it in docs/claim-intelligence.md)
NEUTRAL = 50  # a statement in a language the word cues do not cover, before its figures
MIN_WORDS = 5

DATE, NUMBER, COMPARISON, ACCORDING, EVENT = (
    "a date", "a number", "a comparison", "attributed: 'according to …'", "an event in the past",
)  # fmt: skip
NAMES, QUOTATION, ATTRIBUTED = "names a person or organisation", "a quotation", "attributed to a speaker"
QUESTION, PREDICTION, HEDGED, OPINION = "question", "prediction", "hedged", "opinion"
PROMISE = "a promise: what will be done"  # its speaker is found, but a future is no fact to check
ROUTINE = "a routine non-event: no comment"
ROUTINE_FIGURES = "routine figures: a market's or a match's"
HEADLINE = "no full stop: a headline or a byline"
WORDS_ONLY = "reported words, nothing measured: no number, date or comparison"
# "Lo ha detto il ministro X.", "Así lo confirmó X.": who said the sentence before, no claim of its own.
POINTS_BACK = "an attribution of the sentence before: no claim of its own"
BOILERPLATE, SHORT, VAGUE = (
    "boilerplate",
    "too short to check",
    "nothing specific: no number, date, name or source",
)
SPECIFIC = frozenset({NUMBER, DATE, NAMES, ACCORDING, ATTRIBUTED, QUOTATION})
MEASURED = frozenset({NUMBER, DATE, COMPARISON, ACCORDING})
WEIGHTS = {
    DATE: 15, NUMBER: 20, COMPARISON: 10, ACCORDING: 10, EVENT: 10, NAMES: 10, QUOTATION: 5,
    ATTRIBUTED: 5, QUESTION: -40, PREDICTION: -20, PROMISE: -25, HEDGED: -20, OPINION: -20, BOILERPLATE: -45,
    SHORT: -20, POINTS_BACK: -20,
    VAGUE: -15, ROUTINE: -30, WORDS_ONLY: -20, ROUTINE_FIGURES: -35, HEADLINE: -15,
}  # fmt: skip
# A market's daily move or a match's minute: figures a desk does not check (any language).
ROUTINE_WORDS = frozenset(
    [
        "nasdaq",
        "dow",
        "ftse",
        "nikkei",
        "dax",
        "cac",
        "ibex",
        "ibovespa",
        "aex",
        "mib",
        "stoxx",
        "brent",
        "barrel",
        "barrels",
        "baril",
        "barril",
        "yields",
    ]
)
SPELLED_NUMBER = 10  # "three", "million", "percent": a number, but weaker than a figure


MONTHS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
)
BOILERPLATE_WORDS = frozenset({"subscribe", "newsletter", "copyright"})
# Lower-cased single words and the cue each gives.
WORDS = cue_table(
    {
        DATE: "monday tuesday wednesday thursday friday saturday sunday yesterday",
        NUMBER: "second third fourth fifth sixth tenth two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
        "fifty hundred thousand million billion trillion half dozen percent twice double doubled tripled",
        COMPARISON: "highest lowest largest smallest biggest fastest slowest warmest hottest coldest most "
        "least first record rose fell grew increased decreased doubled halved dropped climbed",
        EVENT: "was were had did won lost killed died struck signed passed voted approved rejected "
        "launched invaded announced reported confirmed recorded published opened closed elected "
        "appointed arrested sentenced banned detected found captured delivered raised cut paid sold "
        "spent built began became founded",
        PREDICTION: "will won't won’t shall expects expect expected forecast likely hoped hoping "
        "i'll i’ll we'll we’ll they'll they’ll it'll it’ll he'll he’ll she'll she’ll you'll you’ll",
        HEDGED: "could may might perhaps possibly unclear uncertain appear appears seem seems suggest "
        "suggests possible possibly",
        OPINION: "should must ought deserve deserves crucial critical important great terrible reckless "
        "responsible impressive exciting tantalising worst best fear worry worried hope argue angry "
        "disappointed unlikely divided skeptical sceptical skepticism scepticism i we us our my "
        "i'm i’m i've i’ve i'd i’d we're we’re we've we’ve",
    }
)
WORDS["doubled"] = NUMBER
WORDS.update(dict.fromkeys(BOILERPLATE_WORDS, BOILERPLATE))
WORDS.update(dict.fromkeys(ROUTINE_WORDS, ROUTINE_FIGURES))
# Lower-cased two-word phrases.
PHRASES = {
    **{(word, "than"): COMPARISON for word in ["more", "less", "fewer", "larger", "smaller", "higher", "lower", "bigger"]},
    ("compared", "with"): COMPARISON, ("up", "from"): COMPARISON, ("down", "from"): COMPARISON,
    ("according", "to"): ACCORDING, ("per", "cent"): NUMBER, ("has", "been"): EVENT, ("have", "been"): EVENT,
    ("going", "to"): PREDICTION, ("expected", "to"): PREDICTION, ("plans", "to"): PREDICTION,
    ("plan", "to"): PREDICTION, ("set", "to"): PREDICTION, ("hopes", "to"): PREDICTION,
    ("due", "to"): PREDICTION, ("next", "week"): PREDICTION, ("next", "month"): PREDICTION,
    ("next", "year"): PREDICTION, ("coming", "months"): PREDICTION, ("coming", "weeks"): PREDICTION,
    ("coming", "years"): PREDICTION, ("coming", "days"): PREDICTION, ("the", "future"): PREDICTION,
    ("last", "year"): DATE, ("last", "month"): DATE, ("last", "week"): DATE, ("last", "quarter"): DATE,
    ("to", "be"): None, ("be", "seen"): HEDGED, ("believed", "to"): HEDGED, ("not", "clear"): HEDGED,
    ("i", "believe"): OPINION, ("i", "think"): OPINION, ("is", "due"): PREDICTION, ("are", "due"): PREDICTION,
    ("for", "comment"): ROUTINE, ("to", "comment"): ROUTINE, ("yet", "commented"): ROUTINE,
    ("sign", "up"): BOILERPLATE, ("read", "more"): BOILERPLATE, ("all", "rights"): BOILERPLATE,
    ("follow", "our"): BOILERPLATE, ("visit", "our"): BOILERPLATE, ("this", "article"): BOILERPLATE,
    ("developing", "story"): BOILERPLATE, ("reporting", "by"): BOILERPLATE, ("by", "staff"): BOILERPLATE,
    ("photographs", "by"): BOILERPLATE, ("click", "here"): BOILERPLATE, ("watch", "the"): BOILERPLATE,
    ("our", "website"): BOILERPLATE, ("little", "changed"): ROUTINE_FIGURES,
}  # fmt: skip
_WORD = re.compile(r"[\w’'-]+")
_FIGURE = re.compile(r"\d+")
_QUESTION = re.compile(r"[?¿][\s”\"’'»“]*$")
_QUOTES = '“”"«»„'
_ENGLISH_QUOTES = '“”"'


@dataclass
class Score:
    """A statement's check-worthiness and why: raising reasons first, then lowering ones."""

    value: int
    reasons: list = field(default_factory=list)


def _is_year(word):
    return len(word) == 4 and word.isdigit() and 1800 <= int(word) <= 2099


def _figures(text, seen):
    """Figures and years: a year is a date, any other figure a number."""
    for figure in _FIGURE.findall(text):
        cue = DATE if _is_year(figure) else NUMBER
        seen[cue] = WEIGHTS[cue]


def _word_cue(word, *, first):
    """The cue one word gives by itself: a month ("May" not first, where it is a verb), a
    listed word, a capitalised word after the first (a name)."""
    cue = WORDS.get(word.lower())
    if word in MONTHS and (not first or word != "May"):
        return DATE
    if cue is None and not first and word[0].isupper() and word != "I" and not word[0].isdigit():
        return NAMES
    return cue


# What `_cues` needs of a word, by the word: (lower-cased, cue first, cue after the first, may
# end a phrase). An article repeats its words, so most are read from here, not worked out again.
_KNOWN = {}
_KNOWN_MAX = 50_000
_PHRASE_ENDS = frozenset(second for _, second in PHRASES)


def _know(word):
    if len(_KNOWN) >= _KNOWN_MAX:
        _KNOWN.clear()
    lowered = word.lower()
    known = (lowered, _word_cue(word, first=True), _word_cue(word, first=False), lowered in _PHRASE_ENDS)
    _KNOWN[word] = known
    return known


def _cues(text):
    """{cue: weight} of `text`, and the hedging words it uses. The loop is the importer's
    hottest: one dictionary look-up a word and one a pair of words."""
    seen, hedges = {}, []
    _figures(text, seen)
    previous = None
    words = _WORD.findall(text)
    for index, word in enumerate(words):
        known = _KNOWN.get(word) or _know(word)
        lowered, cue = known[0], known[2 if index else 1]
        if cue is not None:
            if cue == HEDGED:
                hedges.append(lowered)
            weight = SPELLED_NUMBER if cue == NUMBER else WEIGHTS[cue]
            if weight > seen.get(cue, -100):
                seen[cue] = weight
        phrase = PHRASES.get((previous, lowered)) if known[3] else None
        if phrase is not None:
            seen[phrase] = WEIGHTS[phrase]
            if phrase == HEDGED:
                hedges.append(f"{previous} {lowered}")
        previous = lowered
    _whole_statement_cues(text, words, seen, _ENGLISH_QUOTES)
    return seen, hedges


def _whole_statement_cues(text, words, seen, quotes):
    """Add to `seen` the cues read from the whole statement, not word by word: a quotation mark
    (of `quotes`), a closing question mark, too few words, no full stop, a match's goals or a
    currency's quote (`routine`)."""
    if any(mark in text for mark in quotes):
        seen[QUOTATION] = WEIGHTS[QUOTATION]
    if _QUESTION.search(text):
        seen[QUESTION] = WEIGHTS[QUESTION]
    if len(words) < MIN_WORDS:
        seen[SHORT] = WEIGHTS[SHORT]
    if without_full_stop(text):
        seen[HEADLINE] = WEIGHTS[HEADLINE]
    if NUMBER in seen and (currency_quote(words) or match_goals(text, words)):
        seen[ROUTINE_FIGURES] = WEIGHTS[ROUTINE_FIGURES]


def score_english(text, *, attributed=False):
    """`text`'s score by every cue, plus the attribution the speaker finder found. A live blog's
    time stamp and a transcript's turn label are not read (`leads`)."""
    seen, hedges = _cues(words_of(text))
    return _scored(seen, hedges, attributed)


def _scored(seen, hedges, attributed):
    """The score of the cues `seen` (and the hedging words found), with the attribution, and the
    lowering rules that weigh what was found together."""
    if attributed and ACCORDING not in seen:
        seen[ATTRIBUTED] = WEIGHTS[ATTRIBUTED]
    if SPECIFIC.isdisjoint(seen):
        seen[VAGUE] = WEIGHTS[VAGUE]
    elif QUOTATION in seen and MEASURED.isdisjoint(seen):
        seen[WORDS_ONLY] = WEIGHTS[WORDS_ONLY]  # "X said the decision was 'a kick in the teeth'"
    value = max(0, min(100, BASE + sum(seen.values())))
    raising = [reason for reason, weight in seen.items() if weight > 0]
    lowering = [reason for reason, weight in seen.items() if weight < 0]
    if HEDGED in seen:
        quoted = ", ".join(f"'{word}'" for word in sorted(set(hedges))[:3])
        lowering[lowering.index(HEDGED)] = f"hedged: {quoted}"
    return Score(value, raising + lowering)


def _other_cue(word, index, after_name, language):
    """The cue of one word of `language` (languages.Language): a listed word, a source ("según"),
    a future ("aprobará"), a name. German capitalises every noun, so there a name is a word in
    capitals ("DFB") or a capitalised word after another one that is not the first article."""
    lowered = word.lower()
    cue = language.words.get(lowered) or (ROUTINE_FIGURES if lowered in ROUTINE_WORDS else None)
    if cue is None and lowered in language.sources:
        return ACCORDING
    if (
        cue is None
        and len(lowered) > 4
        and language.future_endings
        and lowered.endswith(language.future_endings)
    ):
        return PREDICTION
    if cue is None and index and word[0].isupper() and _is_name(word, after_name, language):
        return NAMES
    return cue


def _is_name(word, after_name, language):
    return not language.capitalised_nouns or after_name or (len(word) > 1 and word.isupper())


def _other_cues(text, language):
    """{cue: weight} of `text` in `language`, and the hedging words it uses (as `_cues`)."""
    seen, hedges = {}, []
    _figures(text, seen)
    previous, after_name = None, False
    words = _WORD.findall(text)
    for index, word in enumerate(words):
        lowered = word.lower()
        cue = _other_cue(word, index, after_name, language)
        if cue is not None:
            if cue == HEDGED:
                hedges.append(lowered)
            weight = SPELLED_NUMBER if cue == NUMBER else WEIGHTS[cue]
            seen[cue] = max(weight, seen.get(cue, -100))
        phrase = language.phrases.get((previous, lowered))
        if phrase is not None:
            seen[phrase] = WEIGHTS[phrase]
        after_name = word[0].isupper() and (index > 0 or lowered not in language.articles)
        previous = lowered
    _whole_statement_cues(text, words, seen, _QUOTES)
    return seen, hedges


def score_neutral(text, language):
    """A statement in a language the word cues do not cover: only its figures, years and a
    question mark move it, half as far, and the reasons say so, so a checker knows it was not
    read word by word."""
    seen = {}
    _figures(text, seen)
    if _QUESTION.search(text):
        seen[QUESTION] = WEIGHTS[QUESTION]
    value = max(0, min(100, NEUTRAL + sum(seen.values()) // 2))
    return Score(value, [*seen, f"words not read: language {language}"])


def score_statement(text, *, language="en", attributed=False):
    """`text`'s check-worthiness (see the module's docstring). English, or a blank language, is
    read cue by cue; other languages by their figures only."""
    if not text or not text.strip():
        return Score(0, ["empty"])
    if language in LANGUAGES:
        words = words_of(text)
        seen, hedges = _other_cues(words, LANGUAGES[language])
        if points_back(words):
            seen[POINTS_BACK] = WEIGHTS[POINTS_BACK]
        return _scored(seen, hedges, attributed)
    if language and language != "en":
        return score_neutral(text, language)
    return score_english(text, attributed=attributed)
