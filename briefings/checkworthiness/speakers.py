"""Who said a statement, where the text says so: "according to sources familiar with the
discussions", "noted Angela Stent, a senior fellow…", "Kori Schake … has emphasized", "X
dismissed …", "X said", "said X". A quotation with no attribution of its own, and "he said",
keep the speaker of the sentence before, so the second sentence of a quotation is still its
speaker's. A surname alone ("Ortega said") is given the full name the article used before.

English here; the languages of languages/ in other_speakers.py; in any other language
the speaker is left blank (unknown) rather than guessed.
"""

import re
from functools import lru_cache

from .attribution import interviewee
from .bodies import resolve
from .languages import LANGUAGES
from .languages.base import word_set
from .languages.speaker_words import ADVERBS, TIME_LEADS, TIMES
from .leads import split_lead, turn_labels
from .other_speakers import find_other_speakers

# The verbs that attribute a statement to whoever is their subject or object.
VERB_WORDS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "noted",
        "notes",
        "added",
        "adds",
        "reported",
        "reports",
        "announced",
        "announces",
        "confirmed",
        "confirms",
        "confirm",
        "described",
        "describes",
        "dismissed",
        "dismisses",
        "called",
        "calls",
        "warned",
        "warns",
        "warn",
        "argued",
        "argues",
        "argue",
        "claimed",
        "claims",
        "insisted",
        "insists",
        "emphasized",
        "emphasised",
        "emphasizes",
        "emphasises",
        "stressed",
        "characterized",
        "characterised",
        "characterizes",
        "characterises",
        "criticized",
        "criticised",
        "disputed",
        "disputes",
        "welcomed",
        "promised",
        "vowed",
        "replied",
        "suggested",
        "suggests",
        "suggest",
        "stated",
        "states",
        "wrote",
        "writes",
        "explained",
        "acknowledged",
        "admitted",
        "denied",
        "denies",
        "recorded",
        "estimated",
        "estimates",
        "predicted",
        "countered",
        "posted",
        "tweeted",
        "urged",
        "urges",
        "asked",
    ]
)
VERBS = "(?:" + "|".join(sorted(VERB_WORDS, key=len, reverse=True)) + ")"
TITLES = word_set(
    "mr mrs ms dr prof professor president vice prime minister mayor governor senator sen rep "
    "representative gen general col colonel lt adm admiral sir dame lord lady judge justice chief "
    "councillor councilor councillors secretary chancellor ambassador envoy republican democrat "
    "former retired king queen prince pope bishop rev father sister "
    # The civic titles the sentence splitter knows (briefings/importers/sentence_scripts.py).
    "cllr cllrs cr ald pte cdr revd amb mx"
)
CONNECTIVES = re.compile(r"^(?:(?:Meanwhile|However|But|And|Also|Still|Separately|Instead|Later|Earlier"
                         r"|In a statement|In an interview|On \w+day),?\s+)", re.I)  # fmt: skip
PRONOUNS = frozenset({"he", "she", "it", "they"})
_TIMES = TIMES | TIME_LEADS  # "on Monday", "yesterday": never a speaker
NOBODY = frozenset(["nobody", "no", "none", "nothing", "everyone", "everybody", "anyone", "anybody"])
PREPOSITIONS = frozenset(
    ["in", "on", "at", "after", "before", "since", "during", "with", "without", "from", "into"]
)
NOT_IN_A_SUBJECT = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
    ]
)
# A speaker's words run to the next comma, full stop or semicolon; "Dr." and "U.S." do not end them.
WHO = r"(?:[^,.;“”\"]|\.(?=\s?[A-Z]))"
WHO_ENDS = r"(?=[,;:“”\"]|\.(?!\s?[A-Z])|$)"
_WORD = re.compile(r"[a-z]+")
_ACCORDING = re.compile(rf"\b[Aa]ccording to (?P<who>{WHO}{{2,80}}?){WHO_ENDS}")
_QUOTE_VERB_NAME = re.compile(rf"[,!?]?[”\"]\s*,?\s+{VERBS}\s+(?P<who>{WHO}{{2,120}}?){WHO_ENDS}")
_QUOTE_NAME_VERB = re.compile(rf"[,!?]?[”\"]\s*,?\s+(?P<who>{WHO}{{2,60}}?)\s+{VERBS}\b")
# ", the weather service said." at the end, before ", the agency said, its highest…" in the middle.
# Whom a speaker told, after the verb: "told reporters", "told The Associated Press".
AUDIENCE = (
    r"(?:\s+(?:(?:a|the)\s+)?(?:reporters|journalists|news\s+conference|press\s+conference|briefing"
    r"|[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}))?"
)
_TRAILING_END = re.compile(
    rf",\s+(?P<who>{WHO}{{2,80}}?)\s+(?:has |have |had )?{VERBS}{AUDIENCE}"
    r"(?:\s+(?:on|in|last|this|late|early)\b[^,.]*)?\s*[.!]?[”\"’]?$"
)
# "…, Lars Jensen, chief executive of Vespucci Maritime, told Reuters.": the last comma's tail.
_VERB_ALONE = re.compile(
    rf"\s+(?:has |have |had )?{VERBS}{AUDIENCE}(?:\s+(?:on|in|last|this|late|early)\b[^,.]*)?"
    r"\s*[.!]?[”\"’]?$"
)
# A body of figures is no speaker; "by" or "from" names who released them (not who saw them).
DATA_WORDS = word_set(
    "figures data statistics numbers count counts tally document documents records estimates report "
    "reports memo notes accounts"
)
# "the EFL's disciplinary report": the document's issuer, where the text names it with a capital.
_ISSUER = re.compile(r"^(?:the\s+)?(?P<issuer>[A-Z][^’']{1,60})[’']s\s")
_RELEASED_BY = re.compile(r"(?<!seen )(?<!obtained )(?<!reviewed )\b(?:by|from)\s+(?P<body>[^,;]+)$")
_TRAILING = re.compile(
    rf",\s+(?P<who>{WHO}{{2,80}}?)\s+(?:has |have |had )?{VERBS}"
    r"(?:\s+(?:on|in|last|this|late|early)\b[^,.]*)?\s*,"
)
_LEADING = re.compile(
    rf"^(?P<who>[^,;“”\"]{{2,80}}?)(?P<apposition>,[^;“”\"]{{2,140}}?,)?\s+"
    rf"(?:has |have |had |also |previously )?{VERBS}\b"
)
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|de|von|van|al|bin)\s+|\s+))*[A-Z][\w’'.-]*$"
)
# A name of two words or more, then "of", "at" or "from" and where they work.
_PERSON_OF = re.compile(
    r"(?P<person>(?:[^ ]+ ){0,4}?[A-Z][\w’'-]+ [A-Z][\w’'-]+) (?:of|at|from) (?:the )?[A-Z]"
)
_NAMES = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def _strip_titles(name):
    """The name after its titles: "Ukrainian President Volodymyr Zelensky" → "Volodymyr Zelensky"."""
    words = name.split()
    titled = [index for index, word in enumerate(words[:-1]) if word.lower().rstrip(".") in TITLES]
    return " ".join(words[titled[-1] + 1 :] if titled else words)


@lru_cache(maxsize=4096)
def _as_speaker(phrase):
    """The speaker a subject names: the name at its end ("U.S. envoy Steve Witkoff" → "Steve
    Witkoff"), else the whole phrase without its article ("the county health department").
    Kept by phrase: an article, and an archive, name the same few subjects again and again, and
    each costs five patterns to read."""
    phrase = _DETERMINER.sub("", CONNECTIVES.sub("", phrase.strip()))
    person = _PERSON_OF.match(phrase)
    if person:  # "study author Yanjun Song of the National Center…" → "Yanjun Song"
        phrase = person.group("person")
    words = phrase.split()
    if not words or len(words) > 9 or not any(char.isalpha() for char in phrase):
        return ""
    if words[0].lower() in NOBODY:
        return ""  # "Nobody asked for that.": nobody said it
    if words[0].lower() in PREPOSITIONS:
        return ""  # "In 2023 he deleted a post that wrongly claimed…": not a subject
    if NOT_IN_A_SUBJECT.intersection(word.lower() for word in words):
        return ""  # "No deaths have been reported", "Its temperature is estimated": nobody said
    run = _NAME_RUN.search(phrase)
    if run and (run.start() > 0 or phrase[0].isupper()) and len(run.group(0).split()) >= 2:
        return _DETERMINER.sub("", _strip_titles(run.group(0)))
    if phrase[0].islower() and phrase.split()[0].lower() not in PRONOUNS:
        # "retired General Keith Kellogg" is caught above; a lower-case subject that is not a
        # name is a group ("sources familiar with …"), kept whole only after "according to".
        return phrase if run is None else _strip_titles(run.group(0))
    return phrase


def _attributions(text, *, verb_before_last_comma, verb_after_last_comma):
    """The matches of the quotation and trailing patterns, in the order `_found` tries them.
    A trailing attribution runs from a comma to a verb without another comma between:
    `_TRAILING_END` has no comma after its verb, so it can only start at the last comma, and
    `_TRAILING` ends at a comma after its verb."""
    if "”" in text or '"' in text:
        yield _QUOTE_VERB_NAME.search(text)
        yield _QUOTE_NAME_VERB.search(text)
    if verb_after_last_comma:
        yield _TRAILING_END.match(text, text.rfind(","))
    if verb_before_last_comma:
        yield _TRAILING.search(text, text.find(","))


def _source(phrase):
    """The speaker after "according to": the source as the text names it, but for a body of
    figures ("council figures", "a document seen by Reuters"), only who released them."""
    if DATA_WORDS.isdisjoint(_WORD.findall(phrase)):
        return _DETERMINER.sub("", phrase)
    released = _RELEASED_BY.search(phrase) or _ISSUER.match(phrase)
    return _as_speaker(released.group(released.lastgroup)) if released else ""


def _apposed(text):
    """The speaker of "…, Lars Jensen, chief executive of Vespucci Maritime, told Reuters.": the
    phrase between the third comma from the end and the second, when the last holds only the verb."""
    parts = text.rsplit(",", 3)
    if len(parts) < 4 or not _VERB_ALONE.match(parts[3]):
        return ""
    return _as_speaker(parts[1])


def _has_verb(lowered, start=0, end=None):
    return not VERB_WORDS.isdisjoint(_WORD.findall(lowered, start, len(lowered) if end is None else end))


def _found(text):
    """The phrase `text` attributes itself to, or "" (see the module docstring)."""
    lowered = text.lower()
    # Where text's first and last commas are: lower-casing keeps commas and makes none.
    first, last = lowered.find(","), lowered.rfind(",")
    verbs = {
        "verb_before_last_comma": first < last and _has_verb(lowered, first, last),
        "verb_after_last_comma": last >= 0 and _has_verb(lowered, last),
    }
    if not (
        any(verbs.values())
        or "“" in text
        or '"' in text
        or "according to" in lowered
        or _has_verb(lowered, 0, None if first < 0 else first)
    ):
        return ""
    # Each pattern is tried only where the text holds what it cannot match without (same
    # results, a third of the time): "according to", a quotation mark, a verb around the commas.
    match = _ACCORDING.search(text) if "ccording to " in text else None
    if match:
        return _source(match.group("who").strip())
    for match in filter(None, _attributions(text, **verbs)):
        speaker = _as_speaker(match.group("who"))
        if speaker:
            return speaker
    if verbs["verb_after_last_comma"]:
        speaker = _apposed(text)
        if speaker:
            return speaker
    match = _LEADING.search(CONNECTIVES.sub("", text))
    if match and match.group("who")[:1].isupper():
        return _as_speaker(match.group("who"))
    if match and match.group("apposition"):
        return _as_speaker(match.group("who"))
    return ""


def _in_full(speaker, texts, index, names):
    """A surname alone as the full name the article used before it, when one ends with it (read
    only then: most speakers are named in full). `names` keeps each statement's names once read,
    for the next surname of the same article."""
    if " " in speaker or not speaker[:1].isupper():
        return speaker
    for before in range(index - 1, max(0, index - 40) - 1, -1):
        if before not in names:
            names[before] = [_strip_titles(name) for name in _NAMES.findall(texts[before])]
        for name in names[before]:
            if name.lower().endswith(" " + speaker.lower()):
                return name
    return speaker


def _only(speaker, words):
    """Whether every word of `speaker` (one at least) is one of `words`."""
    said = speaker.lower().split()
    return bool(said) and all(word.strip(".,") in words for word in said)


def _pronoun(speaker):
    """Whether `speaker` is a pronoun, alone or with adverbs ("He also", "She further")."""
    said = speaker.lower().split()
    return bool(said) and said[0] in PRONOUNS and _only(" ".join(said[1:]) or "also", ADVERBS)


def find_speakers(texts, *, language="en"):
    """The speaker of each of `texts`, an article's statements in order ("" when the text does
    not say); see the module docstring."""
    if language in LANGUAGES:
        return find_other_speakers(texts, LANGUAGES[language])
    if language and language != "en":
        return ["" for _ in texts]
    leads = [split_lead(text) for text in texts]
    turns, in_full = turn_labels(leads), {}
    speakers, previous, in_turn, names, bodies = [], "", False, {}, {}
    for index, (label, words) in enumerate(leads):
        if label in turns or label == "A":
            if label not in in_full:  # a turn under the full name used before; "A:" the interviewee's
                in_full[label] = (
                    interviewee(texts, [lead for lead, _ in leads], _NAMES, _strip_titles)
                    if label == "A"
                    else _in_full(_strip_titles(label.title()), texts, index, names)
                )
            speaker, in_turn = in_full[label], True
        else:
            in_turn = in_turn and not label
            speaker = _found(words)
            if _only(speaker, _TIMES):
                speaker = ""  # "On Monday said …": a time is never a speaker
            if _pronoun(speaker) or (not speaker and (in_turn or words.lstrip()[:1] in '“"')):
                speaker = previous
            speaker = _in_full(resolve(speaker, words, texts, bodies), texts, index, names)[:200]
        speakers.append(speaker)
        previous = speaker
    return speakers
