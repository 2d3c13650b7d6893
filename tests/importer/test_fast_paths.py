"""The importer's shortcuts give what the plain patterns give: whitespace collapsed by str.split,
patterns skipped for a text without what each of their matches holds, and patterns that end in
$ searched in the end of a sentence only."""

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefings.importers import boilerplate, sentences
from briefings.importers.document import _CONTROL, clean_inline, has_words

# Pieces of what the patterns look for, spelt in odd cases and with the letters that match
# ASCII ones when case is ignored (dotless ı, long ſ, the Kelvin sign).
PIECES = [
    "pic.twitter.com/abc", "PIC.TWITTER.COM/x", "pıc.twıtter.com/x", "{{ name }}", "{% if %}", "{{",
    "<b>", "</p>", "<br/>", "<", "(Photo: AP)", "(FOTO: dpa)", "(crédit : X)", "(Bild:Y)", "(images: Z)",
    ". Photo: Jane Doe", ". Foto : dpa", "! Bild: AP", ". crédit photo: X", "We use cookies", "COOKIE SETTINGS",
    "cooKie policy", "Wir verwenden Cookies", "gérer mes préférences", "GÉRER MES PRÉFÉRENCES", "ı", "ſ",
    "\u212a", "\u00a0", "\u2009", "\u200b", "\x1c", "\t", "\n", " ", "  ", ".", ":", "(", ")", "word",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=12).map("".join),
)


@settings(max_examples=400)
@given(text=TEXTS)
def test_clean_inline_collapses_whitespace_as_the_pattern_did(text):
    expected = re.sub(r"\s+", " ", _CONTROL.sub("", unicodedata.normalize("NFC", text))).strip()
    assert clean_inline(text) == expected


@settings(max_examples=400)
@given(text=TEXTS)
def test_strip_noise_removes_what_the_patterns_remove(text):
    expected = clean_inline(boilerplate._TRAILING_CREDIT.sub("", boilerplate._NOISE.sub("", text)))
    assert boilerplate.strip_noise(text) == expected


@settings(max_examples=400)
@given(text=TEXTS)
def test_a_cookie_notice_is_found_whether_or_not_the_hint_is_searched(text):
    assert bool(boilerplate._COOKIES_HINT.search(text) and boilerplate._COOKIES.search(text)) == bool(
        boilerplate._COOKIES.search(text)
    )


# Sentences and pieces around the boundaries the post-pass mends, joined by spaces or not at all.
SENTENCE_PIECES = [
    "The drive reaches 2 GB/s.", "The", "He", "Then it rained.", "“Wir", "10:00 a.m.", "5 P.M.", "PDT", "(5",
    "(UTC)", "Android/Filecoder.C", "a/b.", "5 km.", "3 kWh.", "(The meeting ended.)", "Fruit etc.", "xetc.",
    "The end…", "l'art.", "l’Art.", "im 3.", "am 13.", "Mai", "Stock", "12.", "Dupont", "approximately.",
    "Äpfel.", "Éric", "1.", "word", "lower", ".", "!", "?", ")", "…", "\n", "S.", "J. R.", "в XV ст.",
    "у 2009 р.", "в 2020 г.", "до н. е.", "У", "Київ", "Пізніше", "С.", "Садовий", "。", "」", "と",
    *sorted(set().union(*sentences.NOT_FINAL.values())),
]  # fmt: skip
PIECES_OR_TEXT = st.one_of(st.sampled_from(SENTENCE_PIECES), st.text(max_size=4))
PARAGRAPHS = st.tuples(st.sampled_from([" ", ""]), st.lists(PIECES_OR_TEXT, max_size=12)).map(
    lambda parts: parts[0].join(parts[1])
)


def split_searching_every_span(paragraph, spans):
    result = []
    for start, end in spans:
        for match in sentences._MISSED.finditer(paragraph, start, end):
            cut = match.end()
            rest = cut + len(paragraph[cut:end]) - len(paragraph[cut:end].lstrip())
            result.append((start, cut))
            start = rest
        result.append((start, end))
    return result


@settings(max_examples=400)
@given(paragraph=PARAGRAPHS, language=st.sampled_from(["en", "de", "fr"]))
@example(paragraph="(The meeting ended.) Then it rained.", language="en")
@example(paragraph="The drive reaches 2 GB/s. T", language="en")  # the capital ends the span
@example(paragraph="The drive reaches 2 GB/s. The end… Then etc. Il pleut.", language="fr")
def test_the_post_pass_cuts_where_a_search_of_every_span_cuts(paragraph, language):
    spans = sentences._raw_spans(paragraph, language)
    assert sentences._split(paragraph, spans) == split_searching_every_span(paragraph, spans)


def joins_searching_whole_sentences(previous, following, gap, language):
    """_joins with every pattern that ends in $ searched in the whole sentence, not its end."""
    cjk = sentences._CJK_END.search(previous)
    without_space = bool(cjk) and not (
        language == "ja" and cjk.group(1) and following.startswith(sentences._JAPANESE_QUOTATIVE)
    )
    if (not gap and not without_space) or not has_words(following) or sentences._LIST_NUMBER.match(previous):
        return True
    if sentences._goes_on(following, language):
        return True
    if sentences._AFTER_TIME.search(previous) and (
        sentences._TIME_ZONE.match(following) or sentences._DATE_AFTER_TIME.match(following)
    ):
        return True
    initial = sentences._INITIAL.search(previous)
    if sentences._starts_a_name(following) and initial and initial.group()[-2].isupper():
        return True
    opener = sentences.DATE_OPENER.get(language)
    opening = opener and opener.search(previous)
    if opening and (opening.start() > 0 or len(previous) < sentences._TAIL):
        return True
    last = sentences._LAST_WORD.search(previous)
    if last and (
        last.group(1) in sentences.NOT_FINAL.get(language, ())
        or (sentences._before_number(last.group(1), language) and following[:1].isdigit())
        or following.startswith(sentences.NOT_FINAL_BEFORE_WORD.get(language, {}).get(last.group(1), "\0"))
    ):
        return True
    if language == "de" and sentences._ENDS_ORDINAL.search(previous):
        return bool(sentences._GERMAN_ORDINAL.search(previous) or sentences._GERMAN_MONTH.match(following))
    return False


@settings(max_examples=400)
@given(
    previous=st.tuples(PARAGRAPHS, st.sampled_from(SENTENCE_PIECES)).map(" ".join),
    following=st.tuples(st.sampled_from(SENTENCE_PIECES), PARAGRAPHS).map(" ".join),
    gap=st.sampled_from(["", " ", "\n"]),
    language=st.sampled_from(["en", "de", "fr", "es", "ru", "uk", "ja"]),
)
@example(previous="It costs approx.", following="The", gap=" ", language="en")
@example(previous="The drive reaches 2 GB/s. S.", following="The", gap=" ", language="en")
@example(previous="У XV ст.", following="Київ", gap=" ", language="uk")
@example(previous="Місто заснували в XV ст.", following="Пізніше", gap=" ", language="uk")
@example(previous="Он сказал: «Да.»", following="Потом", gap=" ", language="ru")
@example(previous="「行く。」", following="と彼は言った", gap="", language="ja")
@example(previous="Hola, Excmo.", following="Sr.", gap=" ", language="es")
@example(previous="It starts at 10:00 a.m.", following="PDT", gap=" ", language="en")
@example(previous="Am 13.", following="Mai", gap=" ", language="de")
@example(previous="Das Büro liegt im 3.", following="Stock", gap=" ", language="de")
def test_the_post_pass_joins_where_a_search_of_whole_sentences_joins(previous, following, gap, language):
    expected = joins_searching_whole_sentences(previous, following, gap, language)
    assert sentences._joins(previous, following, gap, language) == expected
