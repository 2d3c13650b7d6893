"""The furniture, attribution and sentence-language rules on 2 MB of input shaped against them
(the importer's limit, FACTDESK_MAX_DOCUMENT_BYTES): long runs of the characters their patterns
repeat on, many near misses, no newline. Each finishes within a CPU bound far above its linear
time (under a second here) and far below what a quadratic rule would take on 2 MB."""

import pytest

from briefings.importers import attributions, bylines, datelines, furniture, imprint, sentence_languages
from briefings.importers.document import Block, Document

from .cpu_time import cpu_seconds_at_most

SIZE = 2 * 1024 * 1024
BOUND = 5  # CPU seconds


def two_megabytes_of(unit):
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def paragraphs_of(unit, length):
    """2 MB of paragraphs of `length` characters each: the furniture rules read only paragraphs
    of at most 300 characters (a publication line 160)."""
    return [(unit * (length // len(unit) + 1))[:length]] * (SIZE // length)


MARKER_ATTACKS = {
    "brackets": two_megabytes_of("["),
    "edit-near-misses": two_megabytes_of(" [ edit source "),
    "open-parentheses": two_megabytes_of("（"),
    "credits-never-closed": two_megabytes_of(" （记者 李强 摄 "),
    "credit-then-spaces": "（a摄）" + " " * SIZE + "x",
    "credits-between-spaces": two_megabytes_of("（a摄）" + " " * 50) + "x",
    "end-marks-not-at-the-end": two_megabytes_of(" （ 完 ） ") + "x",
    "longest-credits": two_megabytes_of("(" + "a" * 19 + " 摄) ") + "x",
    "spaced-parentheses": two_megabytes_of(" (") + "摄",
}
FURNITURE_ATTACKS = {
    "signatory-and-ifcn": paragraphs_of("signatory ifcn ", 300),
    "view-this-email": paragraphs_of("a view this email in your browser ", 300),
    "published-and-digits": paragraphs_of("Published 1 ", 160),
    "contacts": paragraphs_of("a@b.c tel: ", 300),
    "updated-near-misses": paragraphs_of("updated 1 ", 300),
    "follow-us": paragraphs_of("follow us on telegram ", 300),
    "one-long-paragraph": [two_megabytes_of("signatory ifcn ")],
    "date-words": paragraphs_of("le 12 mars 2026 à ", 300),
    "places-and-commas": paragraphs_of("Paris Lyon Nice, ", 300),
    "loading-words": paragraphs_of("loading ", 300),
    "button-words": paragraphs_of("print this page share ", 300),
    "credits-never-ending": paragraphs_of("Produced by Lena Wu and ", 300),
    "downloads-never-closed": paragraphs_of("report (pdf 3 ", 300),
    "one-long-date-line": [two_megabytes_of("12:40 ")],
}
ADDRESS_ATTACKS = {
    "addresses-ending-sentences": two_megabytes_of("www.nav.no. A "),
    "too-many-labels": "www." + two_megabytes_of("a-a.") + "no. A",
    "address-before-spaces": "www.nav.no." + " " * SIZE + "1",
    "labels-after-commas": two_megabytes_of(",ab.ab.ab.ab.ab.ab.ab.ab.no"),
    "one-long-label": "a" * SIZE + ".no. A",
}


@pytest.mark.parametrize("text", MARKER_ATTACKS.values(), ids=MARKER_ATTACKS.keys())
def test_stripping_markers_from_two_megabytes_takes_linear_time(text):
    with cpu_seconds_at_most(BOUND):
        furniture.strip_markers(text)


@pytest.mark.parametrize("paragraphs", FURNITURE_ATTACKS.values(), ids=FURNITURE_ATTACKS.keys())
def test_reading_two_megabytes_of_near_furniture_takes_linear_time(paragraphs):
    with cpu_seconds_at_most(BOUND):
        for paragraph in paragraphs:
            furniture.is_furniture(paragraph)


def test_a_two_megabyte_byline_of_commas_is_read_at_once():
    with cpu_seconds_at_most(BOUND):
        assert not bylines.is_byline("By Priya Nair" + two_megabytes_of(", 27"))


def test_a_two_megabyte_line_of_postcodes_is_read_at_once():
    with cpu_seconds_at_most(BOUND):
        assert not imprint.is_postal_address(two_megabytes_of("Main 12345, "))


def test_a_two_megabyte_chapter_list_is_read_in_linear_time():
    document = Document(
        blocks=[
            Block(Block.LIST, [f"{m // 3600}:{m // 60 % 60:02}:{m % 60:02} Part" for m in range(SIZE // 12)])
        ]
    )
    with cpu_seconds_at_most(BOUND):
        datelines.drop_chapter_lists(document)
    assert document.blocks == []


def test_a_two_megabyte_relative_time_is_read_at_once():
    with cpu_seconds_at_most(BOUND):
        assert furniture.RELATIVE_TIME.match(two_megabytes_of("5 ")) is None


@pytest.mark.parametrize("paragraph", ADDRESS_ATTACKS.values(), ids=ADDRESS_ATTACKS.keys())
def test_cutting_after_addresses_in_two_megabytes_takes_linear_time(paragraph):
    with cpu_seconds_at_most(BOUND):
        sentence_languages.split_after_addresses(paragraph, [(0, len(paragraph))])


def test_cutting_after_addresses_in_many_short_spans_takes_linear_time():
    paragraph = two_megabytes_of("www.nav.no. A ")
    spans = [(start, start + 14) for start in range(0, SIZE - 14, 14)]
    with cpu_seconds_at_most(BOUND):
        sentence_languages.split_after_addresses(paragraph, spans)


def test_a_two_megabyte_run_of_hebrew_initials_is_joined_at_once():
    with cpu_seconds_at_most(BOUND):
        sentence_languages.joins_in_language(two_megabytes_of("א. "), "כהן", "he")


def test_moving_apostrophes_in_two_megabytes_of_them_takes_linear_time():
    paragraph = two_megabytes_of("ab ’")
    spans = [(start, start + 4) for start in range(0, SIZE - 4, 4)]
    with cpu_seconds_at_most(BOUND):
        attributions.apostrophes_moved_to_their_sentence(paragraph, spans)


def test_moving_an_apostrophe_after_two_megabytes_of_spaces_takes_linear_time():
    paragraph = "a" + " " * SIZE + "’s"
    with cpu_seconds_at_most(BOUND):
        attributions.apostrophes_moved_to_their_sentence(paragraph, [(0, SIZE + 2), (SIZE + 2, SIZE + 3)])


def test_reading_two_megabytes_of_quotations_and_attributions_takes_linear_time():
    paragraph = two_megabytes_of("“你们什么时候复工？”一位市民问道。")
    spans = [(start, start + 11) for start in range(0, SIZE - 19, 19)]
    with cpu_seconds_at_most(BOUND):
        for start, end in spans:
            attributions.is_attribution(paragraph, (start, end), (end, start + 19))


def test_a_two_megabyte_quotation_is_not_read_for_an_attribution():
    paragraph = "“" + "你" * SIZE + "？”问道。"
    with cpu_seconds_at_most(BOUND):
        assert not attributions.is_attribution(paragraph, (0, SIZE + 3), (SIZE + 3, SIZE + 6))
