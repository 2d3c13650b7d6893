"""German: the cue words, verbs of saying, sources and titles (see base.Language)."""

from .base import (
    BOILERPLATE,
    COMPARISON,
    DATE,
    EVENT,
    HEDGED,
    NUMBER,
    OPINION,
    PREDICTION,
    Language,
    cue_table,
    phrase_table,
)
from .families import promise_cues, saying
from .speaker_words import DOCUMENT_VERBS

GERMAN = Language(
    words=promise_cues("de")
    | cue_table(
        {
            DATE: "montag dienstag mittwoch donnerstag freitag samstag sonntag gestern januar februar märz "
            "april mai juni juli august september oktober november dezember",
            NUMBER: "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend "
            "million millionen milliarde milliarden hälfte doppelt prozent",
            COMPARISON: "mehr weniger höher niedriger rekord höchste niedrigste gestiegen gesunken "
            "verdreifacht verdoppelt erste ersten",
            EVENT: "war waren starb starben beschlossen gewonnen verloren gestorben getötet unterzeichnet "
            "veröffentlicht gesperrt sperrte festgenommen gewählt stimmten ging traf glich",
            PREDICTION: "wird werden soll sollen erwartet voraussichtlich künftig nächste nächsten empfangen",
            HEDGED: "könnte könnten kann vielleicht möglicherweise vermutlich wahrscheinlich scheint "
            "dürfte dürften",
            OPINION: "muss müssen sollte sollten ich wir unser unsere meiner meinung glaube finde fehler "
            "riskant",
            BOILERPLATE: "newsletter abonnieren",
        }
    ),  # fmt: skip
    phrases=phrase_table(
        {
            COMPARISON: "im vergleich",
            BOILERPLATE: "lesen sie",
        }
    ),  # fmt: skip
    verbs=saying("de")
    | frozenset(
        [
            "sagte",
            "sagt",
            "sagten",
            "erklärte",
            "erklärt",
            "betonte",
            "betont",
            "teilte",
            "mitteilte",
            "kritisierte",
            "kritisierten",
            "warnte",
            "warnt",
            "sprach",
            "berichtete",
            "berichtet",
            "bestätigte",
            "kündigte",
            "räumte",
        ]
    ),
    sources=frozenset({"laut", "zufolge", "angaben"}),
    titles=frozenset(
        [
            "der",
            "die",
            "das",
            "herr",
            "frau",
            "dr",
            "prof",
            "präsident",
            "präsidentin",
            "minister",
            "ministerin",
            "kanzler",
            "kanzlerin",
            "trainer",
            "chef",
            "chefin",
            "sprecher",
            "sprecherin",
            "bürgermeister",
            "bürgermeisterin",
        ]
    ),
    articles=frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen"]),
    data=frozenset(
        [
            "zahlen",
            "daten",
            "papier",
            "bericht",
            "berichten",
            "dokument",
            "statistik",
            "geschäftsbericht",
            "jahresbericht",
        ]
    ),
    capitalised_nouns=True,
    companies=frozenset(["unternehmen", "konzern", "autobauer", "firma", "gesellschaft", "chemiekonzern"]),
    issued_by=("von",),
    document_verbs=DOCUMENT_VERBS["de"],
)
