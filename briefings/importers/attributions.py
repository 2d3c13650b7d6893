"""Quotation marks for the sentence splitter (sentences.py): an apostrophe that opens a sentence,
and whether a short clause after a quotation is its attribution ("“你们什么时候复工？”一位市民问道。",
'"متى تعود الكهرباء؟" تساءل أحد السكان.').

In a script with capitals a lower-case word after the quotation says that the sentence goes on
("“Who?” asked the senator"). Chinese, Japanese, Arabic, Hebrew, Devanagari… have no capitals, so
sentencex's break after a quotation's "？”" or "؟\"" stood. A sentence that is all one quotation,
ending in its own mark, followed by a short clause without quotation marks in such a script, is
one sentence with that clause: the clause says who spoke. A longer clause is left a sentence of its
own ("“真的吗？”记者联系了相关部门，对方拒绝置评。").
"""

OPENING_QUOTES = '"“«„「『‘'
CLOSING_QUOTES = '"”»」』’“'  # "“" closes „…“ (German, Georgian, Bulgarian…)
QUOTE_MARKS = set(OPENING_QUOTES + CLOSING_QUOTES)
ENDS = set(".?!。？！؟।።။។")  # and the Ethiopic, Burmese and Khmer full stops
#: A quotation longer than this is not looked at: the test reads it whole.
LONGEST_QUOTATION = 400
#: An attribution has at most this many words, or characters when it has no spaces (Chinese; Thai,
#: Lao, Burmese and Khmer may have MOST_CHARACTERS).
MOST_WORDS = 6
MOST_CHARACTERS = 40
MOST_UNSPACED_CHARACTERS = 12


def is_attribution(paragraph, quotation, clause):
    """Whether the span `clause` of `paragraph` attributes the quotation that is the span before it."""
    start, end = quotation
    if end - start > LONGEST_QUOTATION or clause[1] - clause[0] > MOST_CHARACTERS:
        return False
    if not _is_quotation(paragraph[start:end]):
        return False
    text = paragraph[clause[0] : clause[1]]
    return _is_short_clause(text) and _opens_without_case(text)


def _is_quotation(sentence):
    return (
        len(sentence) > 3
        and sentence[0] in OPENING_QUOTES
        and sentence[-1] in CLOSING_QUOTES
        and sentence[-2] in ENDS
        and not any(mark in QUOTE_MARKS for mark in sentence[1:-1])
    )


def _is_short_clause(text):
    if len(text) > MOST_CHARACTERS or text[-1] not in ENDS or any(mark in QUOTE_MARKS for mark in text):
        return False
    words = text.split()
    if len(words) > 1:
        return len(words) <= MOST_WORDS
    return len(text) <= (MOST_CHARACTERS if _writes_words_unspaced(text) else MOST_UNSPACED_CHARACTERS)


def _writes_words_unspaced(text):
    """Whether `text` opens in Thai, Lao, Burmese or Khmer: scripts that write a sentence's words
    without spaces and spell a word in several characters (vowel signs, stacked consonants), so a
    clause of a few words is longer than a Chinese one of as many ("តំណាងរាស្ត្រម្នាក់បានសួរ។",
    a deputy asked: 25 characters)."""
    first = next((character for character in text if character.isalpha()), "")
    return "\u0e00" <= first <= "\u0eff" or "\u1000" <= first <= "\u109f" or "\u1780" <= first <= "\u17ff"


def _opens_without_case(text):
    """Whether the first letter of `text` is in a script without capitals: Georgian's letters are
    lower case to Unicode, which gave them capitals (Mtavruli) that a sentence never opens with."""
    first = next((character for character in text if character.isalpha()), "")
    return bool(first) and ("ა" <= first <= "ჿ" or not (first.isupper() or first.islower()))


def apostrophes_moved_to_their_sentence(paragraph, spans):
    """The spans with an apostrophe that sentencex ends a sentence with after a space ("warm. ’" |
    "s Nachts") given to the sentence it opens: a quotation mark after a space opens, not closes."""
    result = []
    for start, end in spans:
        if result and start == result[-1][1] and _ends_in_opening_apostrophe(paragraph, *result[-1]):
            previous_start, start = result[-1][0], start - 1
            previous_end = start
            while paragraph[previous_end - 1].isspace():
                previous_end -= 1
            result[-1] = (previous_start, previous_end)
        result.append((start, end))
    return result


def _ends_in_opening_apostrophe(paragraph, start, end):
    return end - start > 2 and paragraph[end - 1] in "'’‘" and paragraph[end - 2].isspace()
