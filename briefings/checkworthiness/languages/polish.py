"""Polish: the cue words (weekdays and months in the cases news uses them), verbs of saying in
both genders, sources ("według", "zdaniem"), titles in the nominative and genitive (see
base.Language)."""

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
from .families import COMPANIES, DOCUMENT_VERBS, DOCUMENTS, promise_cues, saying

POLISH = Language(
    words=promise_cues("pl")
    | cue_table(
        {
            DATE: "poniedziałek poniedziałku wtorek wtorku środa środę czwartek czwartku piątek piątku "
            "sobota sobotę niedziela niedzielę wczoraj stycznia lutego marca kwietnia maja czerwca "
            "lipca sierpnia września października listopada grudnia styczniu lutym marcu kwietniu maju "
            "czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu styczeń luty marzec "
            "kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
            NUMBER: "dwa dwie dwóch trzy cztery pięć sześć siedem osiem dziewięć dziesięć dwadzieścia "
            "trzydzieści czterdzieści sto tysiąc tysiące tysięcy tys milion miliony milionów mln "
            "miliard miliardy miliardów mld proc procent połowa połowę dwukrotnie",
            COMPARISON: "więcej mniej wyżej niżej niż rekord rekordowy rekordowa rekordowe rekordową "
            "najwyższy najwyższa najwyższe najniższy najniższa wzrósł wzrosła wzrosło wzrosły spadł "
            "spadła spadło spadły zmalał najwięcej najmniej pierwszy pierwsza pierwszy",
            EVENT: "zginął zginęła zginęło zginęli zmarł zmarła zmarło zmarli zatrzymano zatrzymała "
            "aresztowano skazał skazała skazany przyjęła przyjął przyjęli podpisał podpisała "
            "podpisali wybrany wybrana zarejestrowano zagłosowali głosowało wszczęto odwołało "
            "odwołał rozwiązała zamknięto otwarto uchwalił uchwaliła uchwalili",
            PREDICTION: "będzie będą planuje planują planowane przyszłym przyszłego przyszłej przyszły "
            "następnym następnego spodziewa oczekuje wkrótce wyniesie",
            HEDGED: "może mogą możliwe prawdopodobnie chyba podobno niejasne przypuszczalnie",
            OPINION: "powinien powinna powinni powinno trzeba należy uważam myślę my nasz nasza nasze "
            "naszych nam nas ja mnie zdaniem skandal",
            BOILERPLATE: "czytaj zobacz zapisz subskrybuj",
        }
    ),  # fmt: skip
    phrases=phrase_table(
        {
            COMPARISON: "w porównaniu|w stosunku",
            HEDGED: "być może|nie wiadomo",
            OPINION: "moim zdaniem|według mnie",
            BOILERPLATE: "czytaj także|zobacz także|więcej informacji",
            PREDICTION: "ma zostać|mają zostać",
        }
    ),  # fmt: skip
    verbs=saying("pl")
    | word_set(
        "powiedział powiedziała powiedzieli mówi mówią poinformował poinformowała poinformowali "
        "poinformowało przekazał przekazała przekazali przekazało podał podała podali podało dodał "
        "dodała dodali podkreślił podkreśliła podkreślili zaznaczył zaznaczyła ocenił oceniła "
        "oświadczył oświadczyła oświadczyło wyjaśnił wyjaśniła przyznał przyznała zapowiedział "
        "zapowiedziała ogłosił ogłosiła ogłosiło potwierdził potwierdziła potwierdzili stwierdził "
        "stwierdziła napisał napisała ostrzegł ostrzegła zaprzeczył zaprzeczyła odpowiedział "
        "odpowiedziała przypomniał przypomniała"
    ),
    sources=word_set("według zdaniem"),
    titles=word_set(
        "pan pani pana prezydent prezydenta wiceprezydent minister ministra ministrze wiceminister "
        "premier premiera wicepremier prezes prezesa rzecznik rzecznika rzeczniczka dyrektor "
        "dyrektora sędzia sędziego prokurator prokuratora mecenas poseł posła posłanka burmistrz "
        "burmistrza wojewoda wojewody trener trenera generał generała dr prof ekspert ekonomista"
    ),
    articles=word_set("w we z ze na"),
    data=DOCUMENTS["pl"] | word_set("danych dane raportu raport badania sondażu szacunków statystyk"),
    declined_names=True,
    pronouns=word_set("on ona oni one"),
    as_reported=word_set("jak"),
    companies=COMPANIES["pl"],
    document_verbs=DOCUMENT_VERBS["pl"],
)
