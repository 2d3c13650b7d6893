"""The word cues of the languages besides English that the scorer and the speaker finder read:
Spanish, French, German and Portuguese. Each language lists the words of a cue (lower-cased),
its two-word phrases, its verbs of saying, the words that introduce a source ("según", "selon",
"laut", "segundo") and the titles and articles that come before a name.

Only cues that hold across articles are listed: attribution, hedges, predictions, opinion
markers, number words, weekdays and months, comparisons, common past-tense verbs of news, and
boilerplate. Spanish and Portuguese futures ("aprobará", "poderá", "serão") end in -rá, -rán and
-rão; those endings are read as predictions (`FUTURE_ENDINGS`).
"""

from dataclasses import dataclass

DATE, NUMBER, COMPARISON, ACCORDING, EVENT = (
    "a date", "a number", "a comparison", "attributed: 'according to …'", "an event in the past",
)  # fmt: skip
PREDICTION, HEDGED, OPINION, BOILERPLATE = "prediction", "hedged", "opinion", "boilerplate"


@dataclass(frozen=True)
class Language:
    words: dict  # lower-cased word → cue
    phrases: dict  # (word, word), lower-cased → cue
    verbs: frozenset  # verbs of saying, lower-cased
    sources: frozenset  # "según": what follows is the source
    titles: frozenset  # before a name, lower-cased
    articles: frozenset  # "el", "la": not part of a speaker
    data: frozenset  # a body of figures or a document: a source, not a speaker
    future_endings: tuple = ()
    capitalised_nouns: bool = False  # German: a capital marks a noun, not a name


def _table(cues):
    return {word: cue for cue, words in cues.items() for word in words.split()}


def _phrases(cues):
    return {tuple(phrase.split()): cue for cue, phrases in cues.items() for phrase in phrases.split("|")}


SPANISH = Language(
    words=_table(
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
    phrases=_phrases(
        {
            COMPARISON: "frente al|respecto al|en comparación",
            ACCORDING: "de acuerdo",
            PREDICTION: "va a|van a|se espera",
            HEDGED: "es posible|tal vez",
            BOILERPLATE: "lea más|lee más|síguenos en",
            EVENT: "ha sido|han sido",
        }
    ),  # fmt: skip
    verbs=frozenset(
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
        ["datos", "cifras", "informe", "informes", "memoria", "documento", "documentos", "estadísticas"]
    ),
    future_endings=("rá", "rán"),
)

FRENCH = Language(
    words=_table(
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
    phrases=_phrases(
        {
            COMPARISON: "par rapport",
            PREDICTION: "à venir|va être",
            OPINION: "mon avis",
            EVENT: "a été|ont été",
        }
    ),  # fmt: skip
    verbs=frozenset(
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
)

GERMAN = Language(
    words=_table(
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
    phrases=_phrases(
        {
            COMPARISON: "im vergleich",
            BOILERPLATE: "lesen sie",
        }
    ),  # fmt: skip
    verbs=frozenset(
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
    sources=frozenset({"laut", "zufolge"}),
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
    data=frozenset(["zahlen", "daten", "papier", "bericht", "berichten", "dokument", "statistik"]),
    capitalised_nouns=True,
)

PORTUGUESE = Language(
    words=_table(
        {
            DATE: "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo ontem "
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
            NUMBER: "dois duas três quatro cinco seis sete oito nove dez onze doze vinte trinta cem mil "
            "milhão milhões bilhão bilhões metade dobro triplo",
            COMPARISON: "mais menos maior menor recorde alta queda subiu caiu cresceu avançou aumentou",
            EVENT: "foi foram morreu morreram aprovou venceu perdeu anunciou pagou registou registrou "
            "consumiu ficaram retiradas retirados",
            PREDICTION: "vai vão deve devem próxima próximo previsto prevista amanhã",
            HEDGED: "poderá poderão poderia poderiam pode podem talvez provavelmente possível parece",
            OPINION: "acho minha meu nosso nossa nós vamos ótima ótimo péssima péssimo opinião revoltados",
            BOILERPLATE: "assine newsletter siga",
        }
    ),  # fmt: skip
    phrases=_phrases(
        {
            ACCORDING: "de acordo",
            COMPARISON: "em relação|na comparação",
            BOILERPLATE: "leia mais",
        }
    ),  # fmt: skip
    verbs=frozenset(
        [
            "disse",
            "diz",
            "dizem",
            "afirmou",
            "afirma",
            "declarou",
            "acrescentou",
            "explicou",
            "informou",
            "informa",
            "anunciou",
            "garantiu",
            "sublinhou",
            "referiu",
            "alertou",
            "criticou",
            "admitiu",
        ]
    ),
    sources=frozenset({"segundo", "conforme"}),
    titles=frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "senhor",
            "senhora",
            "sr",
            "sra",
            "dr",
            "dra",
            "presidente",
            "ministro",
            "ministra",
            "comandante",
            "economista",
            "porta-voz",
            "diretor",
            "diretora",
            "secretário",
            "secretária",
            "prefeito",
            "prefeita",
            "moradora",
            "morador",
        ]
    ),
    articles=frozenset(["o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das"]),
    data=frozenset(
        ["dados", "números", "relatório", "relatórios", "documento", "documentos", "estatísticas"]
    ),
    future_endings=("rá", "rão"),
)

LANGUAGES = {"es": SPANISH, "fr": FRENCH, "de": GERMAN, "pt": PORTUGUESE}
