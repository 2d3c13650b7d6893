"""What a language's table holds (`Language`), and the names of the cues it gives."""

from dataclasses import dataclass

DATE, NUMBER, COMPARISON, ACCORDING, EVENT = (
    "a date", "a number", "a comparison", "attributed: 'according to …'", "an event in the past",
)  # fmt: skip
PREDICTION, HEDGED, OPINION, BOILERPLATE = "prediction", "hedged", "opinion", "boilerplate"
PROMISE = "a promise: what will be done"


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
    # "Para a infectologista X, …", "Per il virologo X, …": a view given as its holder's.
    in_the_view_of: frozenset = frozenset()
    # "das Unternehmen", "der Konzern": a company named before, not a speaker's name.
    companies: frozenset = frozenset()
    # "el informe anual de Deloitte": the words between a document and who issued it.
    issued_by: tuple = ()
    # Russian, Ukrainian, Polish: no articles, so a title's genitive runs into the name after it
    # ("Министр обороны России Сергей Шойгу", "prezesa URPL Grzegorza Cessaka"); names are kept
    # in the case the text gives them, and a document's issuer follows it in the genitive.
    declined_names: bool = False
    # "Он добавил", "Він додав", "On dodał": a verb of saying with one keeps the speaker before.
    pronouns: frozenset = frozenset()
    # "Как сообщает ТАСС", "Як зазначив …", "Jak podał GUS": the subject comes after the verb.
    as_reported: frozenset = frozenset()
    # "говорится в сообщении …", "Jak wynika z danych …": a document's issuer after the verb.
    document_verbs: frozenset = frozenset()


def cue_table(cues):
    """{word: cue} from {cue: its words, space-separated}: one lookup a word."""
    return {word: cue for cue, words in cues.items() for word in words.split()}


def phrase_table(cues):
    """{(word, word): cue} from {cue: its two-word phrases, separated by "|"}."""
    return {tuple(phrase.split()): cue for cue, phrases in cues.items() for phrase in phrases.split("|")}


def word_set(text):
    """A frozenset of the words of `text`, lower-cased as they are listed."""
    return frozenset(text.split())
