"""Figures a desk does not check, in any language: a match's goals ("scored twice in the 3-1
win", "marcó dos goles en el 4-0", "traf zweimal beim 3:1-Sieg") and a currency's quote ("The
euro was at $1.0850", "Der Euro kostete 1,0830 Dollar"); and lines without a full stop, which are
headlines, bylines and contact lines rather than statements."""

import re

from .languages.base import word_set

# A scoreline: two small numbers joined by a hyphen, a dash or a colon.
_SCORELINE = re.compile(r"(?<![\d.,])\d{1,2}[-:–]\d{1,2}(?![\d.,:])")
GOAL_WORDS = word_set(
    "scored scores goal goals brace marcó marcou goles gol gols golazo traf tor tore treffer scoorde "
    "doelpunt doelpunten segnato doppietta rete reti buteur but buts marqué"
)
CURRENCIES = word_set(
    "euro dollar dollars sterling pound yen yuan franc rupee peso dólar dólares reais dollaro "
    "sterlina libra libbra frank"
)
_ARTICLES = word_set("the il el o der de le la")
_ENDS = ".!?…\"”»’'):;"


def match_goals(text, words):
    """Whether `text` (of `words`) tells a match's goals: a scoreline and a word for a goal."""
    return bool(_SCORELINE.search(text)) and not GOAL_WORDS.isdisjoint(word.lower() for word in words)


def currency_quote(words):
    """Whether a statement of `words` opens with a currency as its subject ("Sterling fell…",
    "The euro was…", "L'euro è…")."""
    first = words[0].lower().replace("’", "'").removeprefix("l'") if words else ""
    if first in _ARTICLES and len(words) > 1:
        first = words[1].lower()
    return first in CURRENCIES


def without_full_stop(text):
    """Whether `text` ends without a sentence's closing mark: a headline, a byline, a contact line."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] not in _ENDS
