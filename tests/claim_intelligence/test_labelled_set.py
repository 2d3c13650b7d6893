"""The labelled set behind docs/claim-intelligence.md: its make-up, and floors its figures must
keep (bench/checkworthiness_quality.py prints them). Nothing here times anything."""

import pytest

from bench import checkworthiness_quality as quality

PARTS = {part: quality.articles(part) for part in quality.PARTS}


def test_it_holds_at_least_300_labelled_statements_in_articles_of_20_to_45():
    sizes = [len(rows) for articles in PARTS.values() for rows in articles.values()]
    assert sum(sizes) >= 300
    assert all(20 <= size <= 45 for size in sizes)


def test_about_a_third_of_the_articles_are_held_out():
    held_out, everything = len(PARTS["held_out"]), sum(len(articles) for articles in PARTS.values())
    assert everything / 4 <= held_out <= everything / 2


def test_every_article_has_check_worthy_statements_and_others():
    for articles in PARTS.values():
        for rows in articles.values():
            assert all(text.strip() for _, _, text in rows)
            assert any(worthy for worthy, _, _ in rows)
            assert not all(worthy for worthy, _, _ in rows)


@pytest.mark.parametrize("part", quality.PARTS)
def test_the_rules_keep_their_floor_on_each_part(part):
    figures = quality.figures(part, quality.THRESHOLD, quality.assess)
    assert figures["P@5"] >= 0.9
    assert figures["precision"] >= 0.8
    assert figures["recall"] >= 0.8
    assert figures["speaker accuracy"] >= 0.9


def test_the_rules_beat_a_figure_alone():
    rules = quality.figures("held_out", quality.THRESHOLD, quality.assess)
    figure = quality.figures("held_out", quality.THRESHOLD, quality.has_a_figure)
    assert rules["recall"] > figure["recall"]
    assert rules["speaker accuracy"] > figure["speaker accuracy"]


def test_a_speaker_matches_by_name_without_titles_or_the():
    assert quality.same_speaker("Zelensky", "Volodymyr Zelensky")
    assert quality.same_speaker("the county health department", "county health department")
    assert not quality.same_speaker("", "Angela Stent")
    assert not quality.same_speaker("Angela Stent", "")
