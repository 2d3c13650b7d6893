"""Each labelled hard case (tests/importer/sentences/) splits exactly as labelled, with the
rules of its language."""

import pytest

from briefings.importers.sentences import sentence_spans

from .sentence_cases import load_cases

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_a_hard_case_splits_as_labelled(case):
    paragraph = case.paragraph
    assert [paragraph[start:end] for start, end in sentence_spans(paragraph, case.language)] == case.sentences


def test_every_language_has_its_cases():
    assert {case.language for case in CASES} == {"en", "de", "fr", "es"}
