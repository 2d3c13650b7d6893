"""Each labelled hard case (tests/importer/sentences/) splits exactly as labelled, with the
rules of its language."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.importers.document import has_words
from briefings.importers.sentences import sentence_spans

from .sentence_cases import load_cases

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_a_hard_case_splits_as_labelled(case):
    paragraph = case.paragraph
    assert [paragraph[start:end] for start, end in sentence_spans(paragraph, case.language)] == case.sentences


def test_every_language_has_its_cases():
    assert {case.language for case in CASES} == {
        *("en", "de", "fr", "es", "pl", "ru", "uk", "ar", "hi", "el", "bg", "ka", "hy"),
        *("it", "pt", "nl", "tr", "ro", "lt", "my", "km", "th"),
    }


PIECES = st.lists(
    st.one_of(
        st.text(max_size=30),
        st.sampled_from(
            [
                "10:00 a.m. PDT",
                "1.",
                "M.",
                "Abs. 1",
                "im 3.",
                "2 GB/s.",
                "etc.",
                "…",
                "(Page B1)",
                " ",
                "“",
                ".)",
            ]
        ),
        st.sampled_from(["The", "Die", "Il", "la", "and", "Mai", "C,"]),
    ),
    max_size=20,
).map(" ".join)


@given(paragraph=PIECES, language=st.sampled_from(["en", "de", "fr", "es", "nl", ""]))
@settings(max_examples=300, deadline=None)
def test_spans_are_ordered_trimmed_and_inside_the_paragraph(paragraph, language):
    """The post-pass moves boundaries; whatever the text, each span still reads as a trimmed piece
    of the paragraph with words in it, in order and without overlap."""
    end = 0
    for start, stop in sentence_spans(paragraph, language):
        assert end <= start < stop <= len(paragraph)
        piece = paragraph[start:stop]
        assert piece == piece.strip()
        assert has_words(piece)
        end = stop
