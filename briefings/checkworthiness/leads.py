"""What stands before a statement's words and is not part of them: a live blog's time stamp
("07:10 The Met Office…"), a transcript's turn ("HARRIS: Rents have gone up…") and an interview's
"Q:" and "A:". The speaker finder takes a turn for its speaker; the scorer reads only the words
after the lead, so a time stamp is not a figure and a name in capitals not a name.

A label in capitals is a turn only where it opens two statements of the article or more: a
dateline ("NEW DELHI: …") opens one, and "BREAKING:", "UPDATE:" and their like are never turns.
"""

import re

# "07:10", "7:10pm", "7.10am", "14:05 GMT", then an optional dash, before a capital or a quotation.
_STAMP = re.compile(
    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\.?)?|(?:1[0-2]|0?\d)\.[0-5]\d\s?[ap]\.?m\.?)"
    r"(?:\s(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|PST|PDT))?\s+(?:[-–—]\s+)?(?=[A-Z“\"‘'])"
)
_LABEL = re.compile(r"(?P<label>[QA]|[A-Z][A-Z’'.-]+(?:\s[A-Z][A-Z’'.-]+){0,2}):\s+(?=\S)")
NOT_TURNS = frozenset(
    [
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "WATCH",
        "LIVE",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "COMMENT",
        "EDITORIAL",
        "NOTE",
        "CORRECTION",
        "CLARIFICATION",
        "VIDEO",
        "PHOTOS",
        "PHOTO",
        "LISTEN",
        "SOURCE",
        "SOURCES",
        "RELATED",
        "CLAIM",
        "VERDICT",
        "FACT",
        "CHECK",
        "WARNING",
        "ALERT",
        "NEW",
        "MORE",
        "READ",
        "ALSO",
        "TRANSCRIPT",
        "PS",
        "NB",
        "FYI",
    ]
)
INTERVIEW = frozenset({"Q", "A"})


def split_lead(text):
    """(label, words): the turn label in capitals, "Q" or "A" ("" when there is none), and the
    words after the time stamp and the label."""
    stamp = _STAMP.match(text)
    start = stamp.end() if stamp else 0
    label = _LABEL.match(text, start)
    if label is None or NOT_TURNS.intersection(label.group("label").split()):
        return "", text[start:]
    return label.group("label"), text[label.end() :]


def words_of(text):
    """`text` without its time stamp and turn label: what the statement itself says."""
    if not text[:1].isdigit() and not text[1:2].isupper() and text[1:2] != ":":
        return text  # the importer's hottest path: most statements have no lead
    return split_lead(text)[1]


def turn_labels(leads):
    """The labels of `leads` ((label, words) pairs, an article's) that open two statements or
    more: a transcript's turns, not a dateline."""
    seen, turns = set(), set()
    for label, _ in leads:
        if label and label not in INTERVIEW:
            (turns if label in seen else seen).add(label)
    return turns
