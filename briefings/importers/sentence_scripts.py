"""Sentence rules from a fourth outside test of news paragraphs (2026-12,
bench/data/sentence_holdout_10/): scripts sentencex has no rules for (Khmer "។"; Georgian, which
has no capitals, so sentencex ends a sentence at every period), Bulgarian years, Greek times,
German amounts, and titles and citations in French, Spanish and Lithuanian. sentences.py merges
these tables into its own and runs the two passes below.

- Khmer ends a sentence with "។" (sentencex's fallback rules know only "." "?" "!"): a space after
  one ends it, but not after "។ល។" (and so on), which stands inside its sentence.
- German "Mio.", "Mrd." and "Tsd." never end a sentence to sentencex ("2,2 Mrd. Euro"), since a
  capitalised noun follows them. An article, a pronoun or a preposition cannot follow an amount
  inside a sentence: before one ("…2,2 Mrd." | "Der Vorstand…") the sentence ends.
"""

import re

NOT_FINAL = {
    # Georgian "for example", "that is", "years" (a range), "page", "professor": words a Georgian
    # sentence goes on after (a lone letter, "ქ." city, "წ." year or an initial, is joins_in_language's).
    "ka": {"მაგ.", "ე.ი.", "წწ.", "გვ.", "პროფ.", "აკად."},
    # Spanish titles before a name: doña, señores, licenciado, ingeniero, architect, general, colonel…
    "es": {
        "Dña.", "Dª.", "Sres.", "Sras.", "Lic.", "Lda.", "Ldo.", "Ing.", "Arq.", "Gral.", "Cnel.", "Tte.",
        "Pbro.", "Mons.", "Sto.", "Sta.", "Prof.", "Profa.",
    },
    # Lithuanian "pvz." (for example) and "gerb." (honourable) before what they qualify.
    "lt": {"pvz.", "gerb."},
    # British and Commonwealth titles sentencex ends a sentence after (holdout-11, "said Cllr." |
    # "A. K. Osei."): councillor, alderman, private, commander, reverend, ambassador, Mx.
    "en": {"Cllr.", "Cllrs.", "Cr.", "Ald.", "Pte.", "Cdr.", "Revd.", "Amb.", "Mx."},
}  # fmt: skip
#: French codes number their articles by part, legislative, regulatory or decree: "art. L. 121-1",
#: "l'article R. 4127-1", "D. 45".
NOT_FINAL_BEFORE_NUMBER = {"fr": {"L.", "R.", "D."}}
#: Greek times before and after noon end a sentence before a capital: a Greek name has its article
#: ("στις 10 π.μ. ο υπουργός"), so a capital opens a sentence.
FINAL_BEFORE_CAPITAL = {"el": ("π.μ.", "μ.μ.")}
#: Bulgarian year and century after a number ("през 1936 г.", "XV в."), read as the Russian ones
#: (sentences._DATE), with the words that may stand before a date opening its sentence.
DATE_ABBREVIATIONS = {"bg": r"г\.|гг\.|в\.|вв\."}
OPENER_WORDS = {
    "bg": "в|във|от|до|през|след|преди|на|по|към|с|със|около|между|и|а|но|още|вече|само|именно|"
    "началото|края|средата|половината|периода|януари|февруари|март|април|май|юни|юли|август|"
    "септември|октомври|ноември|декември",
}
#: Lone letters that are initials (or, in Georgian, "ქ." city and "წ." year) in scripts without
#: capitals: a one-letter Hebrew or Georgian word before a period is no word that ends a sentence.
LONE_LETTERS = {"he": "א-ת", "ka": "ა-ჰ"}

#: Hyphenated initials before a surname ("H.-J. Meier", "J.-C. Juncker", sentences._INITIAL), but not
#: French "av. J.-C." / "apr. J.-C." (BC / AD), which end sentences.
HYPHENATED_INITIALS = r"(?<!\S)(?<!av\. )(?<!apr\. )[^\W\d_]\.-[^\W\d_]"

#: Burmese marks that sentencex ends a sentence at but that stand inside one: "၏" (of, the genitive:
#: "ကုမ္ပဏီ၏" | "CEO…") and "၊" (the comma). A Burmese sentence ends with "။".
INSIDE_SENTENCE = ("၏", "၊")
#: Full stops of scripts that never stand inside a sentence: a break after one stands even without a
#: space after it ("…သည်။သူသည်…"), as after a Chinese "。".
SCRIPT_STOPS = ("။", "።")
_KHMER_STOP = re.compile(r"(?<!។ល)[។៕](?=\s)")
_SPACES = re.compile(r"\s*")
_GERMAN_AMOUNT = re.compile(
    r"(?<![\w.])(?:Mio|Mrd|Tsd)\.(?=\s{1,3}(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Einer|Es|Er|Sie|Wir|"
    r"Ich|Man|Dies|Diese|Dieser|Dieses|Damit|Dabei|Dafür|Dagegen|Davon|Daher|Deshalb|Doch|Aber|Auch|"
    r"Außerdem|Zudem|Trotzdem|Im|Am|Zum|Zur|Nach|Laut|Seit|Bis|Für|Mit|Bei|In|Vor|Wie|Was|Wer|Wenn|"
    r"Als|Noch|Nun|Jetzt|Heute|So)\b)"
)


def ends_inside_sentence(previous):
    """Whether `previous` ends in a mark that stands inside a sentence (INSIDE_SENTENCE)."""
    return previous.rstrip().endswith(INSIDE_SENTENCE)


def opens_with_abbreviation(previous, not_final):
    """Whether `previous` is all one abbreviation of `not_final` written with a capital because it
    opens its sentence ("Gerb." | "Seimo narys…" where the list has "gerb."): an abbreviation alone
    is no sentence. `previous` is the sentence's end: a long one is never all one word."""
    word = previous.lstrip("\"“„«‘'(")
    return " " not in word and word[:1].isupper() and word[:1].lower() + word[1:] in not_final


def _cut(paragraph, spans, pattern):
    result = []
    for start, end in spans:
        for match in pattern.finditer(paragraph, start, end):
            if match.end() >= end:
                continue
            result.append((start, match.end()))
            start = _SPACES.match(paragraph, match.end(), end).end()
        result.append((start, end))
    return result


def split_after_khmer_stops(paragraph, spans):
    """Each span cut after a Khmer full stop before a space, whatever the paragraph's language."""
    if "។" not in paragraph and "៕" not in paragraph:
        return spans
    return _cut(paragraph, spans, _KHMER_STOP)


def split_after_german_amounts(paragraph, spans, language):
    """Each span of a German paragraph cut after "Mio.", "Mrd." or "Tsd." before an article, a
    pronoun or a preposition that opens the next sentence."""
    return _cut(paragraph, spans, _GERMAN_AMOUNT) if language == "de" else spans
