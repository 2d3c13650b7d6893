"""The word cues of the languages besides English that the scorer and the speaker finder read:
Spanish, French, German, Portuguese, Italian, Dutch, Russian, Ukrainian and Polish (one module each; `base.Language` is
what a table holds). Each language lists the words of a cue (lower-cased),
its two-word phrases, its verbs of saying, the words that introduce a source ("según", "selon",
"laut", "segundo", "secondo", "volgens") and the titles and articles that come before a name.

Only cues that hold across articles are listed: attribution, hedges, predictions, opinion
markers, number words, weekdays and months, comparisons, common past-tense verbs of news, and
boilerplate. Spanish and Portuguese futures ("aprobará", "poderá", "serão") end in -rá, -rán and
-rão; those endings are read as predictions (`FUTURE_ENDINGS`).
"""

from .base import Language
from .dutch import DUTCH
from .french import FRENCH
from .german import GERMAN
from .italian import ITALIAN
from .polish import POLISH
from .portuguese import PORTUGUESE
from .russian import RUSSIAN
from .spanish import SPANISH
from .ukrainian import UKRAINIAN

__all__ = ["LANGUAGES", "Language"]

LANGUAGES = {
    **{"es": SPANISH, "fr": FRENCH, "de": GERMAN, "pt": PORTUGUESE, "it": ITALIAN, "nl": DUTCH},
    **{"ru": RUSSIAN, "uk": UKRAINIAN, "pl": POLISH},
}
