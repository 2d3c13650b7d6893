"""Who said a statement, where the text says so: "according to sources familiar with the
discussions", "noted Angela Stent, a senior fellow…", "Kori Schake … has emphasized", "X
dismissed …", "X said", "said X". A quotation with no attribution of its own, and "he said",
keep the speaker of the sentence before, so the second sentence of a quotation is still its
speaker's. A surname alone ("Ortega said") is given the full name the article used before.

English only: in another language the speaker is left blank (unknown) rather than guessed.
"""

import re

VERBS = (
    r"(?:said|says|say|told|tells|noted|notes|added|adds|reported|reports|announced|announces"
    r"|confirmed|confirms?|described|describes|dismissed|dismisses|called|calls|warned|warns?"
    r"|argued|argues|argue|claimed|claims|insisted|insists|emphasi[sz]ed|emphasi[sz]es|stressed"
    r"|characteri[sz]ed|characteri[sz]es|critici[sz]ed|disputed|disputes|welcomed|promised|vowed"
    r"|replied|suggested|suggests|suggest|stated|states|wrote|writes|explained|acknowledged"
    r"|admitted|denied|denies|recorded|estimated|estimates|announced|predicted|replied|countered)"
)
TITLES = frozenset(
    "mr mrs ms dr prof professor president vice prime minister mayor governor senator sen rep"
    " representative gen general col colonel lt adm admiral sir dame lord lady judge justice chief"
    " councillor councilor councillors secretary chancellor ambassador envoy republican democrat"
    " former retired king queen prince pope bishop rev father sister".split()
)
CONNECTIVES = re.compile(r"^(?:(?:Meanwhile|However|But|And|Also|Still|Separately|Instead|Later|Earlier"
                         r"|In a statement|In an interview|On \w+day),?\s+)", re.I)  # fmt: skip
PRONOUNS = frozenset({"he", "she"})
_CUE = re.compile(rf"\b{VERBS}\b|\baccording to\b|[“”\"]", re.I)
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:“”\"]{2,80}?)(?=[,.;:“”\"]|$)", re.I)
_QUOTE_VERB_NAME = re.compile(rf"[,!?]?[”\"]\s*,?\s+{VERBS}\s+(?P<who>[^,.;]{{2,80}}?)(?=[,.;]|$)")
_QUOTE_NAME_VERB = re.compile(rf"[,!?]?[”\"]\s*,?\s+(?P<who>[^,.;“”\"]{{2,60}}?)\s+{VERBS}\b")
_TRAILING = re.compile(
    rf",\s+(?P<who>[^,;“”\"]{{2,80}}?)\s+(?:has |have |had )?{VERBS}"
    r"(?:\s+(?:on|in|last|this|late|early)\b[^,.]*)?\s*(?:[,.]|$)"
)
_LEADING = re.compile(
    rf"^(?P<who>[^,;“”\"]{{2,80}}?)(?P<apposition>,[^;“”\"]{{2,140}}?,)?\s+"
    rf"(?:has |have |had |also |previously )?{VERBS}\b"
)
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|de|von|van|al|bin)\s+|\s+))*[A-Z][\w’'.-]*$")
_NAMES = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def _strip_titles(name):
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


def _as_speaker(phrase):
    """The speaker a subject names: the name at its end ("U.S. envoy Steve Witkoff" → "Steve
    Witkoff"), else the whole phrase without its article ("the county health department")."""
    phrase = _DETERMINER.sub("", CONNECTIVES.sub("", phrase.strip()))
    if not phrase or len(phrase.split()) > 9 or not any(char.isalpha() for char in phrase):
        return ""
    run = _NAME_RUN.search(phrase)
    if run and (run.start() > 0 or phrase[0].isupper()) and len(run.group(0).split()) >= 2:
        return _DETERMINER.sub("", _strip_titles(run.group(0)))
    if phrase[0].islower() and phrase.split()[0].lower() not in PRONOUNS:
        # "retired General Keith Kellogg" is caught above; a lower-case subject that is not a
        # name is a group ("sources familiar with …"), kept whole only after "according to".
        return phrase if run is None else _strip_titles(run.group(0))
    return phrase


def _found(text):
    """The phrase `text` attributes itself to, or "" (see the module docstring)."""
    if not _CUE.search(text):
        return ""
    match = _ACCORDING.search(text)
    if match:
        return _DETERMINER.sub("", match.group("who").strip())
    for pattern in (_QUOTE_VERB_NAME, _QUOTE_NAME_VERB, _TRAILING):
        match = pattern.search(text)
        if match:
            speaker = _as_speaker(match.group("who"))
            if speaker:
                return speaker
    match = _LEADING.search(CONNECTIVES.sub("", text))
    if match and match.group("who")[:1].isupper():
        return _as_speaker(match.group("who"))
    if match and match.group("apposition"):
        return _as_speaker(match.group("who"))
    return ""


def _in_full(speaker, names):
    """A surname alone as the full name the article used before, when one ends with it."""
    if " " in speaker or not speaker[:1].isupper():
        return speaker
    for name in reversed(names):
        if name.endswith(" " + speaker):
            return name
    return speaker


def find_speakers(texts, *, language="en"):
    """The speaker of each of `texts`, an article's statements in order ("" when the text does
    not say); see the module docstring."""
    if language and language != "en":
        return ["" for _ in texts]
    speakers, names, previous = [], [], ""
    for text in texts:
        speaker = _found(text)
        if speaker.lower() in PRONOUNS or (not speaker and text.lstrip()[:1] in "“\""):
            speaker = previous
        speaker = _in_full(speaker, names)[:200]
        names.extend(_strip_titles(name) for name in _NAMES.findall(text))
        speakers.append(speaker)
        previous = speaker
    return speakers
