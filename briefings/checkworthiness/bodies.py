"""An English noun for a body ("…, the company said.", "The ministry said in a statement that …")
stands for the body the article named: the company the statement opens with ("Severn Trent made
…, the company said."), else the last speaker that carried the noun in its name ("the Department
for Environment said" → "the department"), else the last body found so; kept as written when the
article names none. outside_10 and outside_11 label these with the body's name.
"""

import re

from .languages.base import word_set

NOUNS = word_set(
    "company firm group airline carrier bank department ministry agency council operator regulator "
    "retailer supermarket insurer lender broadcaster authority utility manufacturer carmaker "
    "chain club union charity trust office service watchdog"
)
_OPENING = re.compile(
    r"^(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:of|for|and|&)\s+[A-Z][\w&’'.-]*|\s+[A-Z][\w&’'.-]*)*)"
)
_COMMON_OPENINGS = word_set("the a an it its this that these those there he she they we i in on at")


def noun_of(speaker):
    """The body noun `speaker` is ("company" for "the company"), or ""."""
    words = speaker.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return words[0] if len(words) == 1 and words[0] in NOUNS else ""


def _proper(word, texts):
    """Whether a single capitalised word is a name: it has a capital inside ("Rolls-Royce", "BP")
    or stands capitalised after a statement's first word somewhere in the article."""
    if re.search(r"[A-Z]", word[1:]):
        return True
    pattern = re.compile(rf"\s{re.escape(word)}\b")
    return any(pattern.search(text) for text in texts)


def opening_body(text, texts):
    """The name a statement opens with, when it is one ("Severn Trent", "Loganair"), else ""."""
    found = _OPENING.match(text)
    if not found or found.group("name").split()[0].lower() in _COMMON_OPENINGS:
        return ""
    name = found.group("name").rstrip(".")
    return name if " " in name or _proper(name, texts) else ""


def resolve(speaker, text, texts, known):
    """The body `speaker` stands for when it is a body noun (see the module docstring); `known`
    ({noun: body}, the article's so far) is updated with bodies named in full."""
    noun = noun_of(speaker)
    if not noun:
        for word in speaker.lower().split():
            if word in NOUNS and speaker[:1].isupper():
                known[word] = speaker  # "Department for Environment": the department from here
        return speaker
    body = opening_body(text, texts) if text.rstrip().endswith(".") or "," in text else ""
    if body and "," in text:
        known[noun] = known[""] = body
        return body
    return known.get(noun) or known.get("") or speaker.split()[-1]
