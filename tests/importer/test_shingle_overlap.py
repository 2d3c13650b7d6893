"""The shingle-overlap measure the importer is scored by against the gold clean texts."""

import pytest

from .corpus_scoring import Overlap, shingle_overlap, shingles

ARTICLE = (
    "The council approved the new budget on Monday after a long debate.\n"
    "Spending on schools rises by four percent next year, the treasurer said."
)


def test_identical_texts_overlap_fully():
    overlap = shingle_overlap(ARTICLE, ARTICLE)
    assert (overlap.precision, overlap.recall, overlap.f1) == (1.0, 1.0, 1.0)


def test_disjoint_texts_do_not_overlap():
    overlap = shingle_overlap("Accept all cookies to continue reading this site", ARTICLE)
    assert (overlap.matched, overlap.precision, overlap.recall, overlap.f1) == (0, 0.0, 0.0, 0.0)


def test_boilerplate_added_lowers_precision_only():
    overlap = shingle_overlap(
        ARTICLE + "\nSign up for our newsletter to get the news every morning.", ARTICLE
    )
    assert overlap.recall == 1.0
    assert overlap.precision < 1.0


def test_a_missing_paragraph_lowers_recall_only():
    overlap = shingle_overlap(ARTICLE.splitlines()[0], ARTICLE)
    assert overlap.precision == 1.0
    assert overlap.recall < 1.0


def test_case_punctuation_and_line_breaks_do_not_count():
    candidate = "the COUNCIL approved | the new budget, on Monday —\nafter a long debate"
    assert shingle_overlap(candidate, ARTICLE.splitlines()[0]).f1 == 1.0


def test_shingles_are_word_four_grams_counted_as_a_multiset():
    assert shingles("a b c d a b c d") == {
        ("a", "b", "c", "d"): 2,
        ("b", "c", "d", "a"): 1,
        ("c", "d", "a", "b"): 1,
        ("d", "a", "b", "c"): 1,
    }


def test_a_repeated_paragraph_counts_against_precision():
    overlap = shingle_overlap(ARTICLE + "\n" + ARTICLE, ARTICLE)
    assert overlap.recall == 1.0
    assert overlap.precision == pytest.approx(0.5, abs=0.05)


def test_a_text_shorter_than_a_shingle_is_one_shingle():
    assert shingles("Budget approved") == {("budget", "approved"): 1}
    assert shingles("") == {}


def test_two_empty_texts_agree_and_an_empty_candidate_recalls_nothing():
    assert shingle_overlap("", "").f1 == 1.0
    assert shingle_overlap("", ARTICLE).f1 == 0.0


def test_overlaps_add_up_for_a_micro_average():
    total = Overlap(3, 4, 6) + Overlap(1, 4, 2)
    assert total == Overlap(4, 8, 8)
    assert total.precision == total.recall == 0.5
