"""Dutch: the cue words, verbs of saying ("zei", "meldt", "aldus" before its subject), sources
("volgens"), titles and articles (see base.Language)."""

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
    word_set,
)

DUTCH = Language(
    words=cue_table(
        {
            DATE: "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren januari februari "
            "maart april mei juni juli augustus september oktober november december",
            NUMBER: "twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig honderd "
            "duizend miljoen miljard helft dubbel procent",
            COMPARISON: "meer minder hoger lager hoogste laagste grootste kleinste record duurder "
            "goedkoper gestegen gedaald eerste",
            EVENT: "was waren werd werden won verloor stierf overleden gedood gearresteerd gekozen "
            "veroorzaakte verkocht ontruimd bereikte geleden stopten gesloten geopend",
            PREDICTION: "zal zullen wil willen volgend volgende verwachting verwacht binnenkort",
            HEDGED: "kan kunnen misschien mogelijk waarschijnlijk lijkt lijken wellicht",
            OPINION: "moet moeten vind vinden ik wij we ons onze schandalig onacceptabel boos bang",
            BOILERPLATE: "nieuwsbrief abonneer volg bekijk",
        }
    ),  # fmt: skip
    phrases=phrase_table(
        {
            COMPARISON: "dan een",
            PREDICTION: "naar verwachting",
            BOILERPLATE: "lees ook|meld je",
            EVENT: "is gestegen|zijn gestegen",
        }
    ),  # fmt: skip
    verbs=word_set(
        "zei zegt zeggen zeiden verklaarde verklaart meldde meldt melden liet stelde stelt benadrukte "
        "waarschuwde bevestigde schreef sprak voegde aldus vertelde vertelt erkende reageerde"
    ),
    sources=frozenset({"volgens"}),
    titles=word_set(
        "de het minister premier burgemeester wethouder trainer coach woordvoerder woordvoerster "
        "directeur voorzitter psychiater hoogleraar staatssecretaris dr prof mr"
    ),
    articles=word_set("de het een 't der den"),
    data=word_set(
        "cijfers gegevens rapport jaarverslag verslag jaarrekening document documenten statistieken"
    ),
    companies=word_set("bedrijf concern"),
    issued_by=("van", "door"),
)
