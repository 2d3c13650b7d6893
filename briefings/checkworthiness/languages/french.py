"""French: the cue words, verbs of saying, sources and titles (see base.Language)."""

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
from .speaker_words import COMPANIES, DOCUMENT_VERBS

FRENCH = Language(
    words=promise_cues("fr")
    | cue_table(
        {
            DATE: "lundi mardi mercredi jeudi vendredi samedi dimanche hier janvier février mars avril mai "
            "juin juillet août septembre octobre novembre décembre",
            NUMBER: "deux trois quatre cinq six sept huit neuf dix onze douze vingt trente cent cents mille "
            "million millions milliard milliards moitié double triple deuxième troisième",
            COMPARISON: "plus moins record hausse baisse augmenté diminué progressé recul supérieur "
            "inférieur première premier",
            EVENT: "était étaient livré voté adopté signé tué tués mort morts élu arrêté condamné publié "
            "fermé ouvert enregistré signalé signalés annoncé dépassé réalisé établi",
            PREDICTION: "sera seront devrait devraient prochain prochaine prochains prochaines prévu prévue "
            "lancée lancé",
            HEDGED: "pourrait pourraient peut peuvent peut-être probablement possible semble semblent "
            "probable",
            OPINION: "doit doivent faut je nous notre nos pense crois bonne mauvaise meilleur pire "
            "absolument",
            BOILERPLATE: "abonnez-vous newsletter retrouvez",
        }
    ),  # fmt: skip
    phrases=phrase_table(
        {
            COMPARISON: "par rapport",
            PREDICTION: "à venir|va être",
            OPINION: "mon avis",
            EVENT: "a été|ont été",
        }
    ),  # fmt: skip
    verbs=saying("fr")
    | frozenset(
        [
            "dit",
            "déclaré",
            "déclare",
            "affirmé",
            "affirme",
            "indiqué",
            "indique",
            "précisé",
            "précise",
            "ajouté",
            "ajoute",
            "expliqué",
            "explique",
            "souligné",
            "souligne",
            "estime",
            "estimé",
            "annoncé",
            "annonce",
            "confié",
            "confie",
            "assuré",
            "assure",
            "averti",
            "dénoncé",
            "reconnu",
            "répondu",
        ]
    ),
    sources=frozenset({"selon", "d'après"}),
    titles=frozenset(
        [
            "le",
            "la",
            "les",
            "l'",
            "m",
            "mme",
            "monsieur",
            "madame",
            "docteur",
            "dr",
            "président",
            "présidente",
            "ministre",
            "maire",
            "porte-parole",
            "directeur",
            "directrice",
            "secrétaire",
            "général",
            "générale",
            "économiste",
            "pédiatre",
        ]
    ),
    articles=frozenset(["le", "la", "les", "l'", "un", "une", "du", "des"]),
    data=frozenset(["chiffres", "données", "rapport", "rapports", "document", "documents", "statistiques"]),
    in_the_view_of=frozenset({"pour"}),
    issued_by=("par", "de la", "du"),
    companies=COMPANIES["fr"],
    document_verbs=DOCUMENT_VERBS["fr"],
)
