"""How check-worthy one statement is, 0–100, and the reasons a checker can read.

Rules, not a model: what a checker looks for first is a verifiable assertion of public interest
(numbers, dates, named people and organisations, attributed facts, comparisons, events), and
what they skip is opinion, prediction, hedging, questions and boilerplate. Each cue found moves
the score by a fixed weight and names itself in the reasons. The weights were set on the tuning
articles of tests/data/claim_intelligence and measured on the held-out ones (bench/
checkworthiness_quality.py, docs/claim-intelligence.md).

The whole statement is read in one pass of one compiled pattern: import must stay above 10,000
statements a second, and a regular expression per cue cost three times as much.
"""

import re
from dataclasses import dataclass, field

BASE = 35
THRESHOLD = 50  # at or above: check-worthy (precision and recall at it in docs/claim-intelligence.md)
NEUTRAL = 50  # a statement not read (empty, or a language the cues do not cover)
MIN_WORDS = 5

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    "|hundred|thousand|million|billion|trillion|half|dozen|percent|per cent|twice|double[sd]?|tripled"
)
# Each cue: (its reason, its weight, its pattern). Listed once, so the reasons, the weights and
# the single pattern built from them cannot drift apart. Earlier alternatives win at a position.
CUES = (
    ("boilerplate", -45, r"\b(?:sign up|subscribe|newsletter|read more|copyright|all rights reserved"
     r"|follow our|visit our|watch the full|this article|developing story|posted \d|reporting by"
     r"|photographs by|by staff|click here|share this)\b"),
    ("a date", 15, rf"\b(?:{MONTHS})(?=\W)|\b(?:1[89]|20)\d\d\b|\b(?:Monday|Tuesday|Wednesday|Thursday"
     r"|Friday|Saturday|Sunday|yesterday|last (?:year|month|week|quarter)|(?:this|last) (?:spring|summer"
     r"|autumn|winter))\b"),
    ("a number", 20, r"\d"),
    ("a number", 10, rf"\b(?:{NUMBER_WORDS})\b"),
    ("a comparison", 10, r"\b(?:more|less|fewer|larger|smaller|higher|lower|bigger) than\b|\bcompared with\b"
     r"|\b(?:up|down) from\b|\b(?:highest|lowest|largest|smallest|biggest|fastest|slowest|warmest"
     r"|hottest|coldest|most|least|first|record)\b|\b(?:rose|fell|grew|increased|decreased|doubled"
     r"|halved|dropped|climbed)\b"),
    ("attributed: 'according to …'", 10, r"\baccording to\b"),
    ("an event in the past", 10, r"\b(?:was|were|had|has been|have been|did|won|lost|killed|died"
     r"|struck|signed|passed|voted|approved|rejected|launched|invaded|announced|reported|confirmed"
     r"|recorded|published|opened|closed|elected|appointed|arrested|sentenced|banned|detected|found"
     r"|captured|delivered|raised|cut|paid|sold|spent|built|began|became|founded)\b"),
    ("question", -40, r"\?\s*[”\"’']?\s*$"),
    ("prediction", -20, r"\b(?:will|won't|shall|going to|expected to|expects?|forecast|likely|plans? to"
     r"|is set to|are set to|next (?:week|month|year)|coming (?:days|weeks|months|years)|hopes? to"
     r"|is due to|in the future)\b|'ll\b"),
    ("hedged", -20, r"\b(?:could|may|might|perhaps|possibly|unclear|uncertain|appears?|seems?"
     r"|remains to be seen|suggests?|believed to|not clear)\b"),
    ("opinion", -20, r"\b(?:I believe|I think|we believe|should|must|ought|deserves?|crucial|critical"
     r"|important|great|terrible|reckless|responsible|impressive|exciting|tantalising|worst|best"
     r"|fear|worry|worried|hope|argue|angry|disappointed|unlikely|divided|skeptic\w*|sceptic\w*"
     r"|I|we|us|our|my)\b"),
    ("a quotation", 5, r"[“”\"]"),
    ("names a person or organisation", 10, r"(?<=[\w,;:] )(?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z]\.[A-Z]\.)"),
)
_PATTERN = re.compile("|".join(f"(?P<c{index}>{pattern})" for index, (_, _, pattern) in enumerate(CUES)))
_WORD = re.compile(r"\w+")
# What the cues read in any language: figures, years and a question mark.
NEUTRAL_CUES = frozenset({"a number", "a date", "question", "a quotation"})
_NEUTRAL_PATTERN = re.compile(r"(?P<year>\b(?:1[89]|20)\d\d\b)|(?P<number>\d)|(?P<question>\?\s*\W?\s*$)")


@dataclass
class Score:
    """A statement's check-worthiness and why: raising reasons first, then lowering ones."""

    value: int
    reasons: list = field(default_factory=list)


def _hedge_words(text, found):
    """ "hedged: 'could', 'may'": the hedges the statement uses, so the checker sees which."""
    words = sorted({match.group(0).lower() for match in found})
    return "hedged: " + ", ".join(f"'{word}'" for word in words[:3])


def score_english(text, *, attributed=False):
    """`text`'s score by every cue (see CUES), plus the attribution the speaker finder found."""
    seen, hedges = {}, []
    for match in _PATTERN.finditer(text):
        reason, weight, _ = CUES[int(match.lastgroup[1:])]
        if reason == "hedged":
            hedges.append(match)
        if reason not in seen or weight > seen[reason]:
            seen[reason] = weight
    if attributed and "attributed: 'according to …'" not in seen:
        seen["attributed to a speaker"] = 10
    if len(_WORD.findall(text)) < MIN_WORDS:
        seen["too short to check"] = -20
    value = max(0, min(100, BASE + sum(seen.values())))
    raising = [reason for reason, weight in seen.items() if weight > 0]
    lowering = [_hedge_words(text, hedges) if reason == "hedged" else reason for reason, weight in seen.items() if weight < 0]
    return Score(value, raising + lowering)


def score_neutral(text, language):
    """A statement in a language the word cues do not cover: only figures, years and questions
    move it, and the reasons say so, so a checker knows it was not read word by word."""
    seen = {}
    for match in _NEUTRAL_PATTERN.finditer(text):
        kind = match.lastgroup
        reason = {"year": "a date", "number": "a number", "question": "question"}[kind]
        seen[reason] = {"a date": 15, "a number": 20, "question": -40}[reason]
    value = max(0, min(100, NEUTRAL + sum(seen.values()) // 2))
    return Score(value, [*seen, f"words not read: language {language}"])


def score_statement(text, *, language="en", attributed=False):
    """`text`'s check-worthiness (see the module's docstring). English, or a blank language, is
    read cue by cue; other languages by their figures only."""
    if not text or not text.strip():
        return Score(0, ["empty"])
    if language and language != "en":
        return score_neutral(text, language)
    return score_english(text, attributed=attributed)
