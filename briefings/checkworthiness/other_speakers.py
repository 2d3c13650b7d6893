"""Who said a statement in Spanish, French, German, Portuguese, Italian, Dutch, Russian,
Ukrainian or Polish, where the text says so.

The forms are those of the English finder, with the word order of these languages: a source
after "según", "selon", "laut", "segundo" ("según el INE", "selon l'Insee"); a verb of saying
after its subject ("La alcaldesa, María José Catalá, afirmó que…", "Finanzminister Lars
Klingbeil sagte, …"); and, more often than in English, before it, after a comma or a quotation
("…, dijo Ana Ruiz, jubilada de Vallecas.", "« … », a déclaré la ministre, Catherine Vautrin.").
A verb with no subject ("…», aseguró.") and a quotation that opens a statement keep the speaker
before, and a surname alone is given the full name the article used before.

A body of figures or a document ("según su memoria anual", "laut einem internen Papier") is a
source, not a speaker; who published it is, where the text names them ("según datos publicados
por el INE").
"""

import re
from functools import lru_cache

from .attribution import GENITIVE_SOURCES, after_quote, clitic_before, interviewee, points_back
from .languages.base import word_set
from .languages.speaker_words import SUBJECT_PRONOUNS, untimed, without_adverbs
from .leads import INTERVIEW, split_lead
from .names import (
    ELISION,
    NAME_WORD,
    NAMES,
    OPENS_QUOTE,
    QUOTE_MARKS,
    RUN,
    UPPER,
    WORDS,
)
from .other_companies import _company, _company_noun

_AUXILIARIES = frozenset(["a", "ont", "ha", "han", "hat", "haben", "tem", "hanno", "heeft", "hebben"])
_PRONOUNS = word_set(
    "él ella ellos il elle ils er sie ele ela eles lui lei loro me mij ons hij zij ze mnie меня мене"
)
_THAT = ("que ", "qu'", "qu’", "dass ", "che ")
# "Afirmó que…", "Dodał też, że…": a verb without a subject before "that" keeps the speaker before.
_THAT_ANY = _THAT + ("że ", "что ", "що ")
CARRY = object()  # a verb of saying without its subject: the speaker before


def _titled(word, language):
    lowered = word.lower().rstrip(".")
    return lowered in language.titles or any(lowered.endswith(t) for t in ("minister", "präsident"))


def _person(phrase, language):
    """The name a phrase ends with, after its titles and articles ("Trainer Vincent Kompany" →
    "Vincent Kompany"); else the phrase's first noun as the text names it ("el instituto")."""
    words = untimed([word for word in ELISION.sub("", phrase.strip()).split() if word])
    titled = False
    while words and (words[0].lower() in language.articles or _titled(words[0], language)):
        titled = _titled(words.pop(0), language) or titled
    phrase = " ".join(words)
    runs = [
        run
        for run in RUN.findall(phrase)
        if not _titled(run.split()[0], language) and run.lower() not in language.words
    ]
    if runs and language.declined_names:
        return _declined(phrase, runs, titled)
    if runs and " " not in runs[-1] and phrase.startswith(runs[-1]) and len(words) <= 5:
        return phrase  # "Agence régionale de santé"
    if runs:
        return _strip(runs[-1], language)
    return words[0] if len(words) == 1 or (words and len(words) <= 3) else ""


def _declined(phrase, runs, titled):
    """The speaker of a subject in a language without articles, where a title's genitive runs
    into the name: the last two words of a run of three or more after a title or other words
    ("Министр … России Сергей Лавров" → "Сергей Лавров"); a body whose later words are not
    capitalised, whole ("Министерство обороны России"); else the last run of names."""
    named = [run for run in runs if " " in run] or runs
    found = named[-1].split()
    if len(found) >= 3 and (titled or not phrase.startswith(named[-1])):
        return " ".join(found[-2:])
    if len(found) == 1 and phrase[:1].isupper() and len(phrase.split()) <= 5:
        return phrase
    return named[-1]


def _declined_source(tail, language, *, owned=False):
    """The speaker after "по словам", "за даними", "według": the first name, in the case the text
    gives it ("пресс-секретаря Кремля Дмитрия Пескова" → "Дмитрия Пескова"); a short source that
    opens with a capital is a body, whole ("Повітряних сил"); a short group with no name is kept
    as written ("западных дипломатов"), also when no comma ends it: its first word, and the one
    after a word of quantity ("Zdaniem wielu ekspertów rynek…" → "wielu ekspertów"). `owned`: the
    source word followed a possessive ("Moim zdaniem…", "по его мнению"): nobody is named."""
    words = tail.split()
    while words and words[0].lower() in language.articles:
        words.pop(0)  # "згідно з …"
    tail = " ".join(words)
    run = RUN.search(tail)
    if run is None and len(words) > 3 and not owned:
        return _group(words)  # "Zdaniem ekspertów inflacja…": no comma closes the source
    if run is None:
        return tail if len(words) <= 3 else ""
    if run.start() == 0 and len(words) <= 4:
        return tail
    found = run.group(0).split()
    return " ".join(found[-2:]) if len(found) >= 3 and run.start() > 0 else run.group(0)


#: Words of quantity before a group in the genitive: many, several, some, most, part of.
_QUANTITIES = word_set(
    "многих ряда части большинства некоторых нескольких багатьох низки частини більшості деяких "
    "кількох wielu części większości niektórych kilku licznych"
)
#: Possessives before "zdaniem", "мнению", "думку": an opinion whose holder the text names no more.
_POSSESSIVES = word_set(
    "moim naszym twoim waszym jego jej ich моему нашему твоему вашему его ее её их мою нашу твою "
    "вашу його її їхню"
)


def _group(words):
    """The group a source without a comma names: its first word, or two after a quantity."""
    first = words[0].strip(",.")
    return f"{first} {words[1]}" if first.lower() in _QUANTITIES else first


def _strip(name, language):
    words = name.split()
    titled = [index for index, word in enumerate(words[:-1]) if _titled(word, language)]
    return " ".join(words[titled[-1] + 1 :] if titled else words)


def _source(text, language):
    """The speaker after "según", "selon", "laut", "segundo", or None where there is no source."""
    words = WORDS.findall(text)
    lowered = [word.lower() for word in words]
    at = next(
        (
            i
            for i, word in enumerate(lowered)
            if (word in language.sources and _genitive_ok(word, lowered[i + 1 : i + 2]))
            or (word in ("con", "com") and lowered[i - 1 : i] in (["acuerdo"], ["acordo"]))
        ),
        None,
    )
    if at is None:
        return None
    tail = re.split(r"[,;.]\s|[,;]|\.$", text[text.lower().find(lowered[at]) + len(words[at]) :], maxsplit=1)[
        0
    ]
    if not language.data.isdisjoint(word.lower() for word in WORDS.findall(tail)):
        return _issuer(tail, language)
    if language.declined_names:
        owned = at > 0 and lowered[at - 1] in _POSSESSIVES
        return _declined_source(tail, language, owned=owned)
    tail = ELISION.sub("", tail.strip())
    first = tail.split(" ", 1)
    name = RUN.match(first[-1] if first[0].lower() in language.articles else tail)
    if name:
        return _strip(name.group(0), language)
    apposed = re.match(r"[^,]+,\s*(?P<name>[^,]+),", text[text.lower().find(lowered[at]) :])
    if apposed and RUN.fullmatch(apposed.group("name").strip()):
        return apposed.group("name").strip()  # "Selon son président, Guillaume Faury, …"
    if (
        lowered[at] in ("segundo", "secondo")
        and lowered[at - 1 : at]
        and lowered[at - 1] in language.articles
    ):
        return None  # "o segundo trimestre", "il secondo tempo": the ordinal
    if lowered[at + 1 : at + 2] and lowered[at + 1] in _PRONOUNS:
        return ""  # "Secondo me …", "Volgens mij …": an opinion, nobody quoted
    if lowered[at] == "segundo":
        return None
    return (first[-1] if first[0].lower() in language.articles else tail)[:80]


def _genitive_ok(word, after):
    """Whether a source word that needs a genitive after it has one ("nach Angaben des …")."""
    return word not in GENITIVE_SOURCES or bool(after) and after[0] in GENITIVE_SOURCES[word]


def _documented(text, language):
    """The issuer of the document a statement cites after a verb ("говорится в сообщении
    Росстата", "Jak wynika z danych GUS"), "" where the document names none, None where no such
    verb stands before a document's noun."""
    previous = ""
    for match in WORDS.finditer(text):
        word = match.group(0).lower()
        verb = word in language.document_verbs or f"{previous} {word}" in language.document_verbs
        previous = word
        if not verb:
            continue
        tail = re.split(r"[,;]|\.\s|\.$", text[match.end() :], maxsplit=1)[0]
        if language.data.isdisjoint(word.lower() for word in WORDS.findall(tail)):
            # "wie aus Daten des Statistischen Bundesamts hervorgeht": the document before the verb
            tail = re.split(r"[,;]", text[: match.start()])[-1]
            named = _GENITIVE_ISSUER.search(tail)
            return named.group("body") if named else ""
        if not language.data.isdisjoint(word.lower() for word in WORDS.findall(tail)):
            return _issuer(tail, language)
    return None


# The issuer in a German genitive before the verb: a name of two capitalised words or more, or
# an acronym ("aus Daten des Statistischen Bundesamts", "aus einem Bericht der EZB"); one noun
# alone ("des Ministeriums") is a common noun, not a name.
_GENITIVE_ISSUER = re.compile(
    rf"\b(?:des|der|von)\s+(?P<body>{NAME_WORD}(?:\s+{NAME_WORD})+|[{UPPER}]{{2,}}\b)"
)


@lru_cache(maxsize=16)
def _issued_by(words):
    """Who issued a document: one of `words` ("por", "dell'", "van"), then the rest."""
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?:^|\s)(?:{alternatives})(?:\s+|(?<=['’]))(?P<body>.+)$")


def _issuer(tail, language):
    """The issuer a document's source names after it ("según datos publicados por el INE", "dei
    dati dell'Arpat", "het jaarverslag van Ajax"), a name in capitals; "" when there is none
    ("según sus cuentas anuales", "von 854 Millionen Euro"). Without articles, the issuer follows
    in the genitive: the first name after the document ("według danych NBP" → "NBP"), with the
    words after it to the clause's end when they are few ("Счетной палаты")."""
    if language.declined_names:
        name = RUN.search(tail)
        if not name:
            return ""
        rest = tail[name.start() :].strip()  # "в докладе Счетной палаты": a body's lower-case words
        return rest if len(rest.split()) <= 3 else name.group(0)
    found = _issued_by(language.issued_by).search(tail) if language.issued_by else None
    if not found:
        return ""
    words = found.group("body").split()
    while words and words[0].lower() in language.articles:
        words.pop(0)
    name = RUN.match(" ".join(words))
    return _strip(name.group(0), language) if name else ""


def _holder(text, language):
    """Whose view a statement gives: "Para a infectologista Rosana Richtmann, o país …", "Per il
    virologo X, …" (a name of two words or more before the first comma); "" otherwise."""
    first, _, rest = text.partition(" ")
    if first.lower() not in language.in_the_view_of or "," not in rest:
        return ""
    named = [run for run in RUN.findall(rest.split(",", 1)[0]) if " " in run]
    return _strip(named[-1], language) if named else ""


def _said(text, language):
    """The speaker a verb of saying names, CARRY for a verb with no subject, or "" for none."""
    for match in WORDS.finditer(text):
        if match.group(0).lower() not in language.verbs:
            continue
        before, after = without_adverbs(text[: match.start()].rstrip()), text[match.end() :]
        aux = before.rsplit(None, 1)[-1].lower() if before else ""
        if aux in _AUXILIARIES:
            before = without_adverbs(before[: -len(aux)].rstrip())
        if clitic_before(before):
            return _inverted(after, language)  # "Lo ha detto il ministro X", "Así lo confirmó X"
        if not before and without_adverbs(after, leading=True).lstrip(" ,").lower().startswith(_THAT_ANY):
            return CARRY  # "También aseguró que…", "Dodał też, że…": the subject is the speaker before
        if _pronoun(before, language):
            return CARRY  # "Он также заверил", "Elle a également souligné", "Sie betonte außerdem"
        if not before or (before[-1] in ',«»“”"—–' and not _apposition(before, after)):
            return _inverted(after, language)  # "…», — сказал Лавров", "…” – powiedział"
        if before.rsplit(None, 1)[-1].lower() in language.as_reported:
            return _inverted(after, language)  # "Как сообщает ТАСС, …", "…, jak podał GUS, …"
        subject = _subject(before, language)
        return CARRY if subject.lower() in language.pronouns else subject
    return ""


def _pronoun(before, language):
    """Whether the subject before a verb of saying is a third-person pronoun ("Он", "Elle")."""
    subject = before.rsplit(",", 1)[-1].strip().lower()
    return subject in language.pronouns or subject in SUBJECT_PRONOUNS


def _apposition(before, after):
    """Whether a comma before the verb closes an apposition or a subject ("El ministro, Carlos
    Cuerpo, dijo que…", "García Pimienta, lamentó"), not a quotation or a clause."""
    segment = before.rstrip(",").rsplit(",", 1)[-1].strip()
    return after.lstrip().lower().startswith(_THAT) or bool(RUN.fullmatch(segment))


def _inverted(after, language):
    """The subject after the verb: "dijo el entrenador Manuel Pellegrini", "a déclaré la
    ministre de la Santé, Catherine Vautrin."."""
    parts = [part.strip() for part in re.split(r"[,;]", after.rstrip(' .!»”"'))]
    if not parts[0]:
        return CARRY
    person = _person(parts[0], language)
    if person.lower() in language.pronouns or person.lower() in SUBJECT_PRONOUNS:
        return CARRY  # "— сказал он.", "«…», a-t-elle ajouté"
    opening = [word for word in ELISION.sub("", parts[0]).split() if word.lower() not in language.articles]
    lower = person[:1].islower() or (opening and opening[0][:1].islower())
    if lower and len(parts) > 1 and RUN.fullmatch(parts[1]):
        return parts[1]  # "il commissario dell'Autorità portuale, Paolo Piacenza,": the name apposed
    return "" if person.lower() in _PRONOUNS else person


def _subject(before, language):
    """The speaker before the verb: the name in an apposition ("El ministro de Economía, Carlos
    Cuerpo,") or the subject's name or noun ("Die Grünen")."""
    parts = [part.strip() for part in before.split(",") if part.strip()]
    named = [part for part in parts if RUN.search(part)]
    if len(named) > 1 and named[-1][:1].islower() and RUN.fullmatch(named[-2]):
        named.pop()  # "Anne Rigail, directrice générale d'Air France, a déclaré": the person
    phrase = named[-1] if named else parts[-1] if parts else ""
    if len(phrase.split()) > 8 or any(mark in phrase for mark in QUOTE_MARKS):
        return ""
    person = _person(phrase, language)
    return "" if person.lower() in _PRONOUNS else person


def _in_full(speaker, texts, index, language):
    """A surname alone as the full name used before it in the article, without its titles."""
    if not speaker or " " in speaker or not speaker[:1].isupper():
        return speaker
    for before in range(index - 1, max(0, index - 40) - 1, -1):
        for name in NAMES.findall(texts[before]):
            if name.lower().endswith(" " + speaker.lower()):
                return " ".join(name.split()[-2:]) if language.declined_names else _strip(name, language)
    return speaker


def find_other_speakers(texts, language):
    """The speaker of each of `texts` in `language` (languages.Language), "" where unknown."""
    speakers, previous, known, own = [], "", {}, []
    leads = [split_lead(text) for text in texts]
    for index, (label, words) in enumerate(leads):
        if label in INTERVIEW:  # "Q:" is the interviewer's, nobody named; "A:" the interviewee's
            found = interviewee(texts, [lead for lead, _ in leads]) if label == "A" else ""
            speakers.append(found)
            own.append(bool(found))
            previous = found
            continue
        speaker = _speaker(words, language, previous, known)
        own.append(bool(speaker) and speaker != previous)
        speaker = _in_full(speaker, texts, index, language)[:200]
        if speaker and points_back(words) and speakers and not own[-2]:
            speakers[-1] = speaker  # "… 7 per cento. Lo ha detto X": the sentence before is X's
        speakers.append(speaker)
        previous = speaker
    return speakers


def _speaker(words, language, previous, known):
    """One statement's speaker, with the article's speaker before and the companies named so far
    (`known`, updated)."""
    speaker = _source(words, language)
    if speaker is None and language.document_verbs:
        speaker = _documented(words, language)
    if speaker is None:
        speaker = _said(words, language) or after_quote(words) or _holder(words, language)
    if speaker is CARRY or (not speaker and words.lstrip().startswith(OPENS_QUOTE)):
        speaker = previous
    noun = _company_noun(speaker, language) if speaker else ""
    if speaker:  # a company noun: the company it stood for, else the speaker before, else any
        earlier = known.get(noun) or previous or known.get("", "")
        found, speaker = speaker, _company(speaker, words, earlier, language)
        if noun and speaker != found:
            known[noun] = known[""] = speaker
    return speaker
