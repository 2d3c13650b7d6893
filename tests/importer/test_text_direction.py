"""Which way a language tag's text runs: by its script subtag when it names one, else by its
language, and nothing for what is no tag."""

import pytest

from briefings.importers.language import text_direction


@pytest.mark.parametrize("tag", ["ar", "he", "fa-IR", "ur", "ps", "yi", "dv", "ckb", "pa-Arab", "ku-Arab"])
def test_it_runs_these_right_to_left(tag):
    assert text_direction(tag) == "rtl"


@pytest.mark.parametrize("tag", ["en", "de-AT", "az", "az-Latn", "ug-Cyrl", "zh-Hant", "ru", "ja"])
def test_it_runs_these_left_to_right(tag):
    assert text_direction(tag) == "ltr"


@pytest.mark.parametrize("tag", ["", None, "not a tag", "e"])
def test_it_gives_nothing_for_what_is_no_language_tag(tag):
    assert text_direction(tag) == ""
