"""Italian: the cue words, verbs of saying (the participle after "ha"/"hanno" and the present),
sources, titles, and the future in -rà/-ranno (see base.Language)."""

from .base import (
    ACCORDING,
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
    word_set,
)
from .families import promise_cues, saying
from .speaker_words import COMPANIES, DOCUMENT_VERBS

ITALIAN = Language(
    words=promise_cues("it")
    | cue_table(
        {
            DATE: "lunedì martedì mercoledì giovedì venerdì sabato domenica ieri gennaio febbraio marzo "
            "aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            NUMBER: "due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta cento "
            "mille milione milioni miliardo miliardi metà doppio triplo doppietta",
            COMPARISON: "più meno record massimo minimo aumentati aumentato diminuito calato cresciuto "
            "superato primo prima",
            EVENT: "approvato approvata approvati votato eletto morto morti ucciso arrestato condannato "
            "pubblicato chiuso aperto registrato registrati ricoverati speso sequestrato scoppiato",
            PREDICTION: "sarà saranno prossimo prossima previsto prevista presenterà dovrebbe dovrebbero",
            HEDGED: "potrebbe potrebbero può possono forse probabilmente possibile sembra sembrano",
            OPINION: "deve devono bisogna penso credo noi nostro nostra siamo abbiamo coraggioso giusto "
            "merita stanchi",
            BOILERPLATE: "iscriviti newsletter riproduzione segui",
        }
    ),  # fmt: skip
    phrases=phrase_table(
        {
            COMPARISON: "rispetto al|rispetto a",
            ACCORDING: "stando a",
            OPINION: "secondo me|a mio",
            HEDGED: "non ancora",
            BOILERPLATE: "leggi anche|tutti i",
            EVENT: "è stato|è stata|sono stati|sono state",
        }
    ),  # fmt: skip
    verbs=saying("it")
    | word_set("comunicato comunica comunicano")
    | word_set(
        "detto dichiarato spiegato aggiunto sottolineato affermato precisato annunciato riferito "
        "rilevato ricordato confermato denunciato raccontato avvertito commentato ammesso invitato "
        "dice dicono afferma spiega sostiene riferisce annuncia"
    ),
    sources=frozenset({"secondo"}),
    titles=word_set(
        "il lo la i gli le l' signor signora sig dott dottor dottoressa prof presidente ministro "
        "ministra sindaco sindaca assessore assessora allenatore portavoce direttore direttrice "
        "segretario segretaria premier virologo virologa epidemiologo"
    ),
    articles=word_set("il lo la i gli le l' un uno una del della dello dei degli delle"),
    data=word_set("dati cifre rapporto rapporti relazione bilancio conti documento documenti statistiche"),
    future_endings=("rà", "ranno"),
    in_the_view_of=frozenset({"per"}),
    companies=COMPANIES["it"],
    issued_by=("di", "del", "della", "dell'", "dell’", "dei", "da"),
    document_verbs=DOCUMENT_VERBS["it"],
)
