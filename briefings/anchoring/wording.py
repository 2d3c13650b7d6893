"""What counts as the same wording, the tokens fuzzy matching compares, and word-level diffs.

"Same wording" decides `exact` and `moved`, so it forgives only what a reader cannot see as an
edit: Unicode compatibility forms (NFKC: non-breaking spaces, "…", full-width letters),
runs of whitespace, typographic quotes and dashes, invisible format characters a CMS leaves
behind (soft hyphens, zero-width spaces, direction marks, byte-order marks), the Arabic
tatweel that only stretches a word, and Arabic-Indic digits written as ASCII ones ("٧" is "7":
the same figure). Letters, case, names, negations and the value of every number are untouched,
so a changed number, date, name or "not" is never the same wording.
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
        # Invisible: soft hyphen, zero-width space, word joiner, byte-order mark, direction marks
        # and embeddings (not ZWJ/ZWNJ, which change how Persian or an emoji is drawn), and the
        # Arabic tatweel, a stretch of the line between two letters.
        **dict.fromkeys("\u00ad\u200b\u2060\ufeff\u200e\u200f\u061c\u0640", None),
        **dict.fromkeys("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", None),
        # Arabic-Indic and Extended Arabic-Indic digits: the same figure as ASCII digits.
        **{chr(0x0660 + value): str(value) for value in range(10)},
        **{chr(0x06F0 + value): str(value) for value in range(10)},
    }
)
# Tokens for fuzzy matching: numbers whole ("3.25", "41,000", "16:40"), words, and each Chinese
# or Japanese character alone: those scripts put no space between words, so "\w+" would make a
# whole clause one token and any edit in it a different clause ("已有5万人" is 已 有 5 万 人).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"\d+(?:[.,:]\d+)*%?|[{_CJK}]|[^\W{_CJK}]+")
# Tokens for diffs keep the spaces, so the pieces join back into the original text; a number is
# one token, so "2.6" → "2.7" shows whole; a Chinese or Japanese character is one, so "二级" →
# "一级" shows as 二 → 一, not as the whole clause.
_DIFF_TOKEN = re.compile(rf"\s+|\d+(?:[.,:]\d+)*|[{_CJK}]|[^\W{_CJK}]+|[^\w\s]")


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
