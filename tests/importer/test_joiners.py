"""The zero-width joiners of Persian, Hindi or an emoji stay in the imported text: the extractor
drops them, and the words would be spelt otherwise (briefings/importers/joiners.py)."""

from briefings.importers import html, joiners

from .cpu_time import cpu_seconds_at_most

SENTENCE = (
    "شهرداری تهران قرارداد خرید ۵۰۰ اتوبوس برقی را امضا کرد که نخستین آن{j}ها تا خرداد وارد ناوگان می{j}شوند."
)
PAGE = """<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>اتوبوس{j}های برقی</title></head>
<body><article><h1>اتوبوس{j}های برقی</h1><p>{first}</p><p>{second}</p></article></body></html>"""
SECOND = "کارشناسان محیط زیست با استقبال از این طرح، تأکید کردند که آلودگی هوا به این ترتیب کاهش نخواهد یافت."


def paragraphs(page):
    return [text for block in html.parse_html(page).blocks for text in block.texts]


def test_a_persian_word_keeps_its_zero_width_non_joiner():
    page = PAGE.format(j="\u200c", first=SENTENCE.format(j="\u200c"), second=SECOND)
    assert SENTENCE.format(j="\u200c") in paragraphs(page)


def test_a_non_joiner_written_as_an_entity_is_kept_as_the_character():
    page = PAGE.format(j="&zwnj;", first=SENTENCE.format(j="&#x200C;"), second=SECOND)
    assert SENTENCE.format(j="\u200c") in paragraphs(page)


def test_the_title_keeps_its_non_joiner():
    page = PAGE.format(j="\u200c", first=SENTENCE.format(j="\u200c"), second=SECOND)
    assert html.parse_html(page).title == "اتوبوس\u200cهای برقی"


def test_an_emoji_sequence_keeps_its_zero_width_joiner():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert joiners.restore(joiners.protect(f"<p>{family}</p>"), f"<p>{family}</p>") == f"<p>{family}</p>"


def test_a_page_that_already_holds_a_stand_in_is_left_as_it_is():
    page = "<p>Linear B \U00010000 and a joiner\u200c</p>"
    assert joiners.protect(page) == page
    assert joiners.restore(page, page) == page


def test_protecting_a_page_of_ampersands_is_linear():
    page = "&zwn" * 200_000 + "&#820" * 200_000
    with cpu_seconds_at_most(2):
        assert joiners.protect(page) == page


def test_a_linear_b_character_written_as_an_entity_does_not_become_a_joiner():
    page = PAGE.format(j="\u200c", first=SENTENCE.format(j="&#65536;"), second=SECOND)
    assert not any("\u200c" in text for text in paragraphs(page))


def test_a_linear_b_character_written_as_a_hexadecimal_entity_does_not_become_a_joiner():
    page = PAGE.format(j="&zwj;", first=SENTENCE.format(j="&#x10001;"), second=SECOND)
    assert not any("\u200d" in text for text in paragraphs(page))
