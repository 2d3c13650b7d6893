"""Sentence rules for the languages a second outside test added (2026-12-07,
bench/data/sentence_holdout_4/): Czech, Slovak, the Scandinavian languages, Hungarian, Estonian,
Serbo-Croatian, Indonesian and Malay, Vietnamese, Catalan, Persian, Hebrew and Thai. sentences.py
merges these tables into its own.

sentencex has rules of its own for Czech, Slovak, Danish, Finnish and Catalan only; for every other
of these languages it falls back to its English rules, whose abbreviations include "no.", "lt.",
"hr.", "rs." and "id.", so a sentence ending in a web address ("www.nav.no.") went on into the next.
"""

import re

from .sentence_endings import ends_no_sentence

#: Codes that share one set of rules: py3langid takes some Indonesian paragraphs for Malay, and the
#: two share their titles and street types. (It calls Norwegian "no" where a page declares "nb",
#: and Serbian in Latin script "bs" or "hr": Croatian and Bosnian follow the Serbian rules, and
#: sentencex gives all of them its English rules.)
RULES_OF = {"ms": "id", "hr": "sr", "bs": "sr"}

NOT_FINAL = {
    # "kb." (about) and "ún." (so-called) stand before what they qualify: "kb. 3 milliárd".
    "hu": {"kb.", "ún."},
    # "nt." (for example) and "nn." (so-called), when written with a period.
    "et": {"nt.", "nn."},
    # Titles and street types before a name: Ir. (engineer), H. / Hj. (haji), Jl. / Jln. (street);
    # company forms before theirs, PT. (perseroan terbatas) and CV. ("PT. Pertamina"); Bpk. / Sdr.
    # / Sdri. (Mr, Ms) and Yth. (the honourable). Not "Tbk." (listed), which closes a company's
    # name and so often a sentence.
    "id": {
        "Ir.",
        "H.",
        "Hj.",
        "Drs.",
        "KH.",
        "Jl.",
        "Jln.",
        "Prof.",
        "Dr.",
        "PT.",
        "CV.",
        "Bpk.",
        "Sdr.",
        "Sdri.",
        "Yth.",
    },
    # Titles before a name and places before theirs: TS. (doctor), PGS. (associate professor), GS.
    # (professor), ThS. (master), BS. (physician), TP. (city), P. (ward), Q. (district).
    "vi": {"TS.", "PGS.", "PGS.TS.", "GS.", "GS.TS.", "ThS.", "BS.", "KS.", "TP.", "Tp.", "P.", "Q."},
    # Street types before their name ("a l'av. Diagonal", "la pl. de Catalunya").
    "ca": {"av.", "Av.", "pl.", "Pl.", "Sr.", "Sra.", "Dr.", "Dra."},
    # Persian (verb-final: a date closes no sentence) solar and lunar Hijri years and BC.
    "fa": {"ه.ش.", "ه.ق.", "ق.م."},
    # Lithuanian titles before a name: "doc." (associate professor), "prof.".
    "lt": {"doc.", "prof."},
    # Serbian (both scripts) before a name or what it qualifies: professor, street, so-called, for
    # example, saint. Not "др." / "dr.", also "и др." (and others), which ends sentences.
    "sr": {"проф.", "prof.", "ул.", "ul.", "тзв.", "tzv.", "нпр.", "npr.", "св.", "sv.", "инж.", "inž."},
    # Slovenian "npr." (for example) and the titles "mag." and "prof." before a name. Not "dr.",
    # also "in dr." (and others), which ends sentences.
    "sl": {"npr.", "mag.", "prof."},
}
NOT_FINAL_BEFORE_NUMBER = {
    # Nordic "kl." (o'clock) before a time: "kl. 13.30", "kl. 10".
    # Serbo-Croatian "бр." / "br." (number), "стр." / "str." (page) and "чл." / "čl." (article).
    "*": {"kl.", "бр.", "br.", "стр.", "str.", "чл.", "čl."},
}
#: "and so on" and a currency or per cent that sentencex takes for an abbreviation in the middle of
#: a sentence: a capital after one starts a new sentence ("vajcia atď." | "Obchodníci").
FINAL_BEFORE_CAPITAL = {
    # "May" is a whole month's name (AP abbreviates the others), but sentencex's English rules took
    # "May." for an abbreviation: "…reopen in May." | "Workers were recalled".
    "en": ("May.",),
    "cs": ("atd.", "apod."),
    "sk": ("atď.", "a pod."),
    "da": ("kr.", "pct.", "osv.", "mv.", "m.v."),
    "vi": ("v.v.",),
}

# Top-level domains a news article names: a web address ends a sentence with one.
_TLDS = (
    "com|org|net|edu|gov|int|info|io|eu|news|online|tv|ai|app|dev|cat|eus|gal|"
    "no|se|dk|fi|is|ee|lv|lt|pl|cz|sk|hu|ro|bg|rs|hr|si|ba|me|mk|al|gr|cy|tr|de|at|ch|li|lu|be|nl|"
    "fr|it|es|pt|ie|uk|ru|ua|by|md|ge|am|az|kz|il|ir|pk|in|bd|lk|id|my|sg|ph|vn|th|kr|jp|cn|tw|hk|"
    "au|nz|za|ng|ke|eg|ma|tn|dz|sa|ae|qa|br|ar|mx|cl|pe|us|ca"
)
# A web address ("www.nav.no", "borger.dk", "bbc.co.uk") and the period that ends its sentence, before
# a letter (_merged joins again before a lower-case one). Lower case only, its first label of two
# characters or more and its last a known domain: "m.in.", "t.ex.", "prof.dr.", "Dipl.-Ing." are
# no addresses. It starts only where a run of letters, digits, dots and hyphens starts, so each
# character is read by one attempt only: linear on any input.
_ADDRESS_END = re.compile(
    rf"(?<![\w.@/-])(?:https?://)?[a-z0-9][a-z0-9-]{{1,62}}(?:\.[a-z0-9-]{{1,63}}){{0,8}}\.(?:{_TLDS})"
    r"\.(?=\s+[\"“‘«„]?[^\W\d_])"
)
_SPACES = re.compile(r"\s*")
# Hebrew has no capitals and writes initials as a lone letter and a period ("א. ב. יהושע"); a lone
# letter is no word in Hebrew (its one-letter words are prefixes written onto the next). Nor in
# Georgian, which has no capitals either: a lone letter is an initial ("გ. ბერიძე"), "ქ." (city)
# before its name or "წ." (year) after a number, and Georgian puts its verb last ("1958 წ. აშენდა").
_LONE_LETTER = {"he": re.compile(r"(?<!\S)[א-ת]\.$"), "ka": re.compile(r"(?<!\S)[ა-ჰ]\.$")}


def merged(table, more):
    """`table` with the words of `more` added to each language's."""
    return {code: table.get(code, set()) | more.get(code, set()) for code in table.keys() | more.keys()}


def rules_language(language):
    """The code whose post-pass rules `language` follows."""
    return RULES_OF.get(language, language)


def split_after_addresses(paragraph, spans):
    """Each span cut after a web address that ends a sentence before a word."""
    if "." not in paragraph:
        return spans
    result = []
    for start, end in spans:
        for match in _ADDRESS_END.finditer(paragraph, start, end):
            result.append((start, match.end()))
            start = _SPACES.match(paragraph, match.end(), end).end()
        result.append((start, end))
    return result


def joins_in_language(previous, following, language):
    """Whether a break is wrong by a rule of one of these languages: after a Hebrew initial, after
    a period in Thai, which ends no sentence with one (it uses a space): "พ.ศ." | "2569", or by
    sentence_endings (a company's form before a title, "d." | "C.", a date opening its sentence)."""
    if language in _LONE_LETTER:
        return bool(_LONE_LETTER[language].search(previous, max(0, len(previous) - 3)))
    if language == "th":
        return previous.endswith(".")
    return ends_no_sentence(previous, following, language)
