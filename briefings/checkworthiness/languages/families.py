"""Verb families every language table shares a shape of, written as stems and endings so that a
verb comes with all its genders, numbers and persons rather than the one form a set happened to
hold ("пообещал" but not "пообещала", "zapewnił" but not "zapewniła"):

- PROMISES: a promise or a pledge. It names a speaker like any verb of saying, and what it
  introduces is about the future: a PROMISE cue (weighed as a prediction and its speaker's
  attribution together), not a fact to check ("пообещал, что налоги не
  вырастут").
- ASSURANCES: an assurance or an admission; what follows is checked like anything said
  ("zapewniła, że ceny zostały zamrożone"). Present forms that also mean "provides" or "is
  guaranteed" ("zapewnia dostęp", "la ley garantiza", "è garantito") are left out: their subject is
  no speaker.
- CONFIRMATIONS: "a confirmé", "ha definito", "confirmou": a speaker like any verb of saying.
- DOCUMENT_VERBS: "говорится в сообщении X", "йдеться у звіті X", "Jak wynika z danych X": the
  issuer of the document after the verb is the speaker. Only with a document's noun after it
  (`data`): "следует" alone is "should".
- DOCUMENTS and COMPANIES: more nouns for documents and for a company or an agency named before
  ("сообщила компания", "podała spółka").
"""

from .base import PROMISE


def forms(stems, endings):
    """Every stem of `stems` (space-separated) with every ending of `endings`."""
    return frozenset(stem + ending for stem in stems.split() for ending in endings.split())


_RU_PAST, _UK_PAST, _PL_PAST = "л ла ли ло", "в ла ли ло", "ł ła li ło łem łam liśmy"
PROMISES = {
    "ru": forms("пообеща обеща", _RU_PAST) | forms("обеща", "ет ют"),
    "uk": forms("пообіця обіця", _UK_PAST) | forms("обіця", "є ють"),
    "pl": forms("obieca zobowiąza", _PL_PAST) | forms("obiecuj", "e ą") | forms("zobowiązał", "a się"),
    "de": frozenset(["versprach", "versprachen", "verspricht", "versprechen"]),
    "fr": forms("prom", "is et ettent ettait"),
    "es": forms("promet", "ió ieron e en ía"),
    "it": frozenset(["promesso"]) | forms("promett", "e ono eva"),
    "pt": forms("promet", "eu eram e em ia"),
}
ASSURANCES = {
    "ru": forms("завери гарантирова призна", _RU_PAST) | forms("призна", "лся лась лись") | forms("заверя", "ет ют"),
    "uk": forms("запевни гарантува", _UK_PAST) | forms("запевня", "є ють") | forms("визна", "ли ло"),
    "pl": forms("zapewni zagwarantowa wykaza", _PL_PAST) | forms("wykazał", "y"),
    "de": forms("versicher", "te ten t n") | frozenset(["beteuerte", "betonte", "räumte"]),
    "fr": forms("assur", "é ait ent e") | frozenset(["garantit"]),
    "es": forms("asegur", "ó aron a an") | forms("garantiz", "ó aron"),
    "it": frozenset(["assicurato"]) | forms("assicur", "a ano ava"),
    "pt": forms("garant", "iu iram") | forms("assegur", "ou aram"),
}  # fmt: skip
# A confirmation or a characterisation: "a confirmé que…", "ha definito il piano «…»" name their
# subject as the speaker like "said" (outside_11: "a confirmé", "ha definito" named nobody).
CONFIRMATIONS = {
    "de": frozenset(["bestätigt", "bestätigten", "bezeichnete", "bezeichneten"]),
    "fr": forms("confirm", "é e ent ait aient") | forms("qualifi", "é e ait"),
    "es": forms("confirm", "ó aron ado a an") | forms("calific", "ó aron ado"),
    "it": forms("confermat", "o a i") | forms("defin", "ito isce iscono") | frozenset(["conferma", "confermano"]),
    "pt": forms("confirm", "ou aram a am") | forms("defin", "iu iram"),
}  # fmt: skip
DOCUMENT_VERBS = {
    "ru": frozenset(["говорится", "сказано", "отмечается", "указано", "указывается", "следует"]),
    "uk": frozenset(["йдеться", "йшлося", "сказано", "зазначається", "зазначено", "вказано", "свідчать", "випливає"]),
    "pl": frozenset(["wynika", "wynikało", "czytamy", "napisano"]),
}  # fmt: skip
DOCUMENTS = {
    "ru": frozenset(
        [
            "сообщении",
            "пресс-релизе",
            "докладе",
            "отчете",
            "отчёте",
            "заявлении",
            "документе",
            "материалах",
            "публикации",
            "данных",
            "обзоре",
            "письме",
            "релизе",
        ]
    ),
    "uk": frozenset(
        [
            "повідомленні",
            "пресрелізі",
            "прес-релізі",
            "заяві",
            "звіті",
            "документі",
            "дані",
            "даних",
            "огляді",
            "листі",
        ]
    ),
    "pl": frozenset(
        ["komunikacie", "komunikatu", "danych", "raportu", "analizy", "informacji", "sprawozdania", "badania"]
    ),
}
COMPANIES = {
    "ru": frozenset(
        [
            "компания",
            "компании",
            "компанией",
            "ведомство",
            "ведомства",
            "ведомстве",
            "концерн",
            "концерна",
            "концерне",
            "холдинг",
            "холдинга",
            "холдинге",
            "ретейлер",
            "ретейлера",
            "перевозчик",
            "перевозчика",
            "предприятие",
            "предприятия",
        ]
    ),
    "uk": frozenset(
        [
            "компанія",
            "компанії",
            "компанією",
            "відомство",
            "відомства",
            "відомстві",
            "концерн",
            "концерну",
            "концерні",
            "холдинг",
            "холдингу",
            "перевізник",
            "перевізника",
            "підприємство",
            "підприємства",
        ]
    ),
    "pl": frozenset(
        [
            "spółka",
            "spółki",
            "spółce",
            "firma",
            "firmy",
            "firmie",
            "koncern",
            "koncernu",
            "przewoźnik",
            "przewoźnika",
            "przedsiębiorstwo",
            "przedsiębiorstwa",
            "resort",
            "resortu",
        ]
    ),
}


def promise_cues(code):
    """{form: PROMISE} for a language's promise verbs, to merge into its cue table."""
    return dict.fromkeys(PROMISES.get(code, ()), PROMISE)


def saying(code):
    """A language's promise, assurance and confirmation verbs, to add to its verbs of saying."""
    return (
        PROMISES.get(code, frozenset())
        | ASSURANCES.get(code, frozenset())
        | CONFIRMATIONS.get(code, frozenset())
    )
