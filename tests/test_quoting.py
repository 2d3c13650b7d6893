"""briefings.quoting: a quotation that ends a sentence gets one full stop, never two."""

import pytest

from briefings.quoting import quoted_at_end, stop_after


def test_a_quotation_without_a_stop_gets_a_full_stop():
    assert quoted_at_end("Russia invaded Ukraine") == "“Russia invaded Ukraine”."


@pytest.mark.parametrize("text", ["in January.", "Did it?", "It did!", "and then…", "2022..."])
def test_a_quotation_ending_in_its_own_stop_gets_none(text):
    assert quoted_at_end(text) == f"“{text}”"


def test_a_stop_before_a_closing_quote_inside_the_text_counts():
    assert quoted_at_end("He said “we will win.”") == "“He said “we will win.””"


def test_a_stop_in_another_script_counts():
    assert stop_after("東京は日本の首都です。") == ""


def test_a_stop_followed_by_spaces_counts():
    assert stop_after("In January. ") == ""


def test_a_colon_is_no_stop():
    assert stop_after("He said:") == "."


def test_it_quotes_any_object_by_its_text():
    assert quoted_at_end(2022) == "“2022”."
