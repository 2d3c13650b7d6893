"""Lines that only say when, loading placeholders and a podcast's chapter list are dropped;
sentences, headings and live-blog entries like them stay (datelines.py)."""

from briefings.importers.datelines import drop_chapter_lists, is_date_line, is_loading_placeholder
from briefings.importers.document import Block, Document


def test_a_french_date_and_time_under_the_headline_is_a_date_line():
    assert is_date_line("Le 27/11/2026 à 17:45")


def test_a_spanish_publication_date_with_its_time_in_words_is_a_date_line():
    assert is_date_line("Publicado el 3 de marzo de 2026 a las 10:15")


def test_an_update_some_hours_ago_with_a_reading_time_is_a_date_line():
    assert is_date_line("Updated 3 hours ago · 4 min read")


def test_a_korean_input_time_stamp_is_a_date_line():
    assert is_date_line("입력 2026.12.04 10:15")


def test_a_press_releases_place_and_date_is_a_date_line():
    assert is_date_line("Paris, le 4 décembre 2026")


def test_a_date_alone_is_no_time_stamp():
    assert not is_date_line("9. November 1989")


def test_a_heading_naming_a_year_is_no_date_line():
    assert not is_date_line("Updated figures for 2025")


def test_a_phrase_a_comma_and_a_date_is_no_press_release_dateline():
    assert not is_date_line("Election night, 9 November 2026")


def test_a_sentence_opening_with_a_date_and_time_is_no_date_line():
    assert not is_date_line(
        "On 3 December 2026 at 17:45 the operator had already warned that reserves were thin."
    )


def test_a_date_without_a_stamp_is_a_date_after_a_byline():
    assert is_date_line("November 27, 2026", stamped=False)


def test_a_german_loading_placeholder_is_one():
    assert is_loading_placeholder("Artikel wird geladen …")


def test_a_korean_loading_placeholder_is_one():
    assert is_loading_placeholder("로딩 중...")


def test_a_sentence_about_loading_is_no_placeholder():
    assert not is_loading_placeholder("Loading the dishwasher is a chore.")


def _document(*texts_of_blocks, kind=Block.PARAGRAPH):
    return Document(title="T", blocks=[Block(kind, list(texts)) for texts in texts_of_blocks])


def test_three_chapter_lines_in_rising_order_are_dropped():
    document = _document(
        ["Intro text."], ["(00:00) Intro"], ["(04:12) What a levee is"], ["[38:05] Who pays"]
    )
    drop_chapter_lists(document)
    assert [block.texts for block in document.blocks] == [["Intro text."]]


def test_a_chapter_list_in_one_list_is_dropped():
    document = _document(["00:00 Giriş", "03:15 Obruk nedir?", "12:40 Kuyular"], kind=Block.LIST)
    drop_chapter_lists(document)
    assert document.blocks == []


def test_a_live_blogs_times_falling_stay():
    document = _document(["12:40 Polls close in Ohio"], ["11:35 Turnout is high"], ["10:15 Doors open"])
    drop_chapter_lists(document)
    assert len(document.blocks) == 3


def test_two_chapter_lines_stay():
    document = _document(["00:00 Intro"], ["04:12 The rule"])
    drop_chapter_lists(document)
    assert len(document.blocks) == 2
