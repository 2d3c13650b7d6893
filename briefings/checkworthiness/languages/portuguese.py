"""Portuguese: the cue words, verbs of saying, sources and titles (see base.Language)."""

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

PORTUGUESE = Language(
    words=promise_cues("pt")
    | cue_table(
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
    phrases=phrase_table(
        {
            ACCORDING: "de acordo",
            COMPARISON: "em relação|na comparação",
            BOILERPLATE: "leia mais",
        }
    ),  # fmt: skip
    verbs=saying("pt")
    | frozenset(
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
        ["dados", "números", "relatório", "relatórios", "documento", "documentos", "estatísticas", "contas"]
    ),
    future_endings=("rá", "rão"),
    in_the_view_of=frozenset({"para"}),
    issued_by=("pelo", "pela", "por", "do", "da"),
    companies=COMPANIES["pt"],
)
