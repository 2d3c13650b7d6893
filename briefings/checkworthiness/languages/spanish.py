"""Spanish: the cue words, verbs of saying, sources and titles (see base.Language)."""

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
)
from .families import promise_cues, saying
from .speaker_words import COMPANIES

SPANISH = Language(
    words=promise_cues("es")
    | cue_table(
        {
            DATE: "lunes martes miércoles jueves viernes sábado domingo ayer enero febrero marzo abril mayo "
            "junio julio agosto septiembre octubre noviembre diciembre",
            NUMBER: "dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cien cientos "
            "mil millón millones billones mitad doble triple segunda segundo tercera tercero cuarta cuarto",
            COMPARISON: "más menos mayor menor récord máximo mínimo subió bajó aumentó cayó creció redujo "
            "frente primera primer",
            EVENT: "fue fueron hubo aprobó aprobaron votó votaron ganó perdió eliminó murió murieron mató "
            "anunció registró publicó multó sancionó detuvo firmó cerró abrió ejecutó denunció",
            PREDICTION: "será serán espera esperan prevé previsto prevista próxima próximo próximas próximos",
            HEDGED: "podría podrían puede pueden quizás quizá posiblemente probablemente posible parece "
            "parecen",
            OPINION: "debe deben debería deberían creo creemos opinión pésima pésimo terrible mejor peor "
            "mi mis nuestro nuestra nosotros estamos tenemos carísimo",
            BOILERPLATE: "suscríbase suscríbete boletín",
        }
    ),  # fmt: skip
    phrases=phrase_table(
        {
            COMPARISON: "frente al|respecto al|en comparación",
            ACCORDING: "de acuerdo",
            PREDICTION: "va a|van a|se espera",
            HEDGED: "es posible|tal vez",
            BOILERPLATE: "lea más|lee más|síguenos en",
            EVENT: "ha sido|han sido",
        }
    ),  # fmt: skip
    verbs=saying("es")
    | frozenset(
        [
            "dijo",
            "dice",
            "dicen",
            "afirmó",
            "afirma",
            "aseguró",
            "asegura",
            "declaró",
            "declara",
            "explicó",
            "explica",
            "añadió",
            "añade",
            "señaló",
            "señala",
            "indicó",
            "indica",
            "advirtió",
            "advierte",
            "recordó",
            "recuerda",
            "lamentó",
            "criticó",
            "calificó",
            "anunció",
            "denunció",
            "subrayó",
            "destacó",
            "insistió",
            "reconoció",
            "respondió",
            "informó",
            "informa",
            "admitió",
        ]
    ),
    sources=frozenset({"según"}),
    titles=frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "señor",
            "señora",
            "sr",
            "sra",
            "don",
            "doña",
            "dr",
            "dra",
            "presidente",
            "presidenta",
            "ministro",
            "ministra",
            "alcalde",
            "alcaldesa",
            "portavoz",
            "entrenador",
            "técnico",
            "director",
            "directora",
            "secretario",
            "secretaria",
            "consejero",
            "consejera",
            "rey",
            "reina",
            "general",
            "economista",
            "jubilado",
            "jubilada",
        ]
    ),
    articles=frozenset(["el", "la", "los", "las", "un", "una", "del", "al"]),
    data=frozenset(
        [
            "datos",
            "cifras",
            "informe",
            "informes",
            "memoria",
            "documento",
            "documentos",
            "estadísticas",
            "cuentas",
        ]
    ),
    future_endings=("rá", "rán"),
    in_the_view_of=frozenset({"para"}),
    issued_by=("por", "de la", "del"),
    companies=COMPANIES["es"],
)
