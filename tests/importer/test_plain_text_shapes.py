"""Plain text with hard-wrapped lines (issue 14): a line that begins with a dash in the middle of a
sentence goes on with the sentence; a list after a finished sentence stays a list."""

import pytest

from briefings.importers.plain_text import looks_like_heading, parse_text


def blocks(text):
    return [(block.kind, block.texts) for block in parse_text(text).blocks]


def test_a_wrapped_line_beginning_with_a_dash_goes_on_with_the_sentence():
    text = "Title\n\nThe figures\n - and the report - show growth.\n"
    assert blocks(text) == [("paragraph", ["The figures - and the report - show growth."])]


def test_a_wrapped_line_beginning_with_an_en_dash_goes_on_with_the_sentence():
    text = "Titel\n\nDie Polizei\n– beide hatten es gefordert – sieht einen Erfolg.\n"
    assert blocks(text) == [("paragraph", ["Die Polizei – beide hatten es gefordert – sieht einen Erfolg."])]


def test_a_list_after_a_finished_sentence_stays_a_list():
    text = "Title\n\nThe busiest routes were:\n- Portsmouth\n- Southampton\n"
    assert blocks(text) == [
        ("paragraph", ["The busiest routes were:"]),
        ("list", ["Portsmouth", "Southampton"]),
    ]


def test_a_list_after_a_blank_line_stays_a_list():
    text = "Title\n\nThe figures rose\n\n- Portsmouth\n"
    assert blocks(text)[-1] == ("list", ["Portsmouth"])


def test_a_run_of_items_after_a_line_ending_no_sentence_stays_a_list():
    text = "Title\n\nKey figures\n- 140 ships\n- 3 berths\n"
    assert blocks(text)[-1] == ("list", ["140 ships", "3 berths"])


@pytest.mark.parametrize(
    "line",
    [
        "该政策将于三月一日起实施。",
        "这会影响油价吗？",
        "सरकार फैसला मंगलवार को लेगी।",
        "کرایہ وہی رہے گا۔",
        "هل ستستمر في الارتفاع؟",
    ],
)
def test_a_short_line_ending_a_sentence_in_another_script_is_not_a_heading(line):
    """A line without spaces is always few enough words for a heading: only its end tells."""
    assert not looks_like_heading(line)
