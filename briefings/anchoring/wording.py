"""What counts as the same wording, the tokens fuzzy matching compares, and word-level diffs.

"Same wording" decides `exact` and `moved`, so it forgives only what a reader cannot see as an
edit: Unicode compatibility forms (NFKC: non-breaking spaces, "…", full-width letters),
runs of whitespace, and typographic quotes and dashes. Digits, names, case and words are
untouched, so a changed number, date or name is never the same wording.
"""

import difflib
import re
import unicodedata

_OPEN, _CLOSE = "\x01", "\x02"  # guillemets, until the spaces inside them are gone
_FOLD = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′‹›", "'"),
        **dict.fromkeys("“”„‟″〝〞", '"'),
        # Every dash and hyphen is "-" ("2024–25" is "2024-25"); a minus sign too (U+2212), as
        # typesetting changes it.
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        "«": _OPEN,
        "»": _CLOSE,
    }
)
# Tokens for fuzzy matching: numbers whole ("3.25", "41,000", "16:40"), words, single punctuation.
_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*%?|\w+")
# Tokens for diffs keep the spaces, so the pieces join back into the original text; a number is
# one token, so "2.6" → "2.7" shows whole.
_DIFF_TOKEN = re.compile(r"\s+|\d+(?:[.,:]\d+)*|\w+|[^\w\s]")


def wording_key(text):
    """`text` with invisible and typographic differences removed (the key `exact` compares).

    Spaces around a dash go ("war—such", "war -- such" and "war - such" read the same), and so
    do the spaces French typography puts inside guillemets (« oui » is «oui»). Plain string
    operations, not regular expressions: this runs on every statement of both revisions."""
    text = " ".join(unicodedata.normalize("NFKC", text).translate(_FOLD).split())
    if "-" in text:
        text = text.replace("--", "-").replace(" -", "-").replace("- ", "-")
    if _OPEN in text or _CLOSE in text:
        text = text.replace(_OPEN + " ", _OPEN).replace(" " + _CLOSE, _CLOSE)
        text = text.replace(_OPEN, '"').replace(_CLOSE, '"')
    return text


def same_wording(a, b):
    """True when `a` and `b` differ at most typographically (see the module's docstring)."""
    return wording_key(a) == wording_key(b)


def tokens(text):
    """The lower-cased tokens of a wording key, as fuzzy matching compares them."""
    return _TOKEN.findall(text.lower())


def word_diff(old, new):
    """Word-level differences from `old` to `new` as [(op, text), ...], op one of "equal",
    "delete", "insert". Joining the equal and delete pieces gives `old`; joining the equal and
    insert pieces gives `new`. A space between two edits joins them, so "Russia proposed" →
    "Ukraine rejected" reads as one replacement, not two."""
    a, b = _DIFF_TOKEN.findall(old), _DIFF_TOKEN.findall(new)
    pieces = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            pieces.append(["delete", "".join(a[i1:i2])])
        if op in ("insert", "replace"):
            pieces.append(["insert", "".join(b[j1:j2])])
        if op == "equal":
            pieces.append(["equal", "".join(a[i1:i2])])
    return _merged(_spaces_joined(pieces))


def _spaces_joined(pieces):
    """Fold an equal run of nothing but whitespace that sits between two edits into both sides."""
    out = []
    for index, (op, text) in enumerate(pieces):
        between_edits = 0 < index < len(pieces) - 1 and pieces[index + 1][0] != "equal"
        if op == "equal" and not text.strip() and between_edits and out and out[-1][0] != "equal":
            out.append(["delete", text])
            out.append(["insert", text])
        else:
            out.append([op, text])
    return out


def _merged(pieces):
    """Adjacent pieces with the same op joined; within a run of edits, deletes before inserts."""
    out = []
    run = {"delete": "", "insert": ""}
    for op, text in [*pieces, ["equal", ""]]:
        if op != "equal":
            run[op] += text
            continue
        out.extend((kind, run[kind]) for kind in ("delete", "insert") if run[kind])
        run = {"delete": "", "insert": ""}
        if text and out and out[-1][0] == "equal":
            out[-1] = ("equal", out[-1][1] + text)
        elif text:
            out.append(("equal", text))
    return out
