"""Bidirectional controls (U+202A–U+202E, U+2066–U+2069) that a hostile or careless page leaves
open: an override (RLO) or isolate (LRI) with no closing PDF/PDI reverses everything after it in
the same line of display, the site's words and other statements included ("Title RLO gnp.exe"
shows as "Title exe.png"; a verdict label after the statement reads backwards).

Statements are exact slices of their revision's text, so their stored text is never changed:
`closed` adds, on output only, the closers a run leaves open, which ends its controls' reach at
the run's end and changes nothing for text without them (legitimate Arabic or Hebrew included:
the Unicode bidi algorithm orders it as before). Titles are not slices: `without_unbalanced`
drops the controls a title cannot close, on import and on every save. Marks (LRM, RLM,
U+200E/U+200F) are strong characters, not scopes: they reach nothing past their neighbours and
are kept. Used by both apps, so it lives here (briefings knows nothing of factcheck).
"""

import re

PDF, PDI = "\u202c", "\u2069"
EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO: closed by PDF
ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI: closed by PDI
CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _has_controls(text):
    """One `isascii` for nearly every text, a regular expression (in C) for the rest."""
    return not text.isascii() and CONTROLS.search(text) is not None


def _match(text):
    """UAX #9's matching, as (indices of openers left open, innermost last; indices of closers
    that close nothing). A PDI closes the nearest open isolate and whatever opened inside it; a
    PDF closes the innermost embedding unless an isolate opened after it."""
    stack, strays = [], []
    for index, char in enumerate(text):
        if char in EMBEDDINGS or char in ISOLATES:
            stack.append(index)
        elif char == PDF:
            if stack and text[stack[-1]] in EMBEDDINGS:
                stack.pop()
            else:
                strays.append(index)
        elif char == PDI:
            if any(text[opened] in ISOLATES for opened in stack):
                while text[stack.pop()] not in ISOLATES:
                    pass
            else:
                strays.append(index)
    return stack, strays


def closed(text):
    """`text` with the closers its open controls need appended (for display); as it is when it
    has none, which is nearly always and costs one `isascii`."""
    if text.__class__ is not str:  # a lazy or None value, rarely
        text = "" if text is None else str(text)
    if not _has_controls(text):
        return text
    still_open, _ = _match(text)
    return text + "".join(PDI if text[index] in ISOLATES else PDF for index in reversed(still_open))


def without_unbalanced(text):
    """`text` without the controls that close nothing or are never closed (for titles)."""
    if not text or not _has_controls(text):
        return text
    still_open, strays = _match(text)
    dropped = set(still_open) | set(strays)
    return "".join(char for index, char in enumerate(text) if index not in dropped)
