import pytest

from briefings.importers.sentences import sentence_spans


def sentences(paragraph):
    return [paragraph[start:end] for start, end in sentence_spans(paragraph)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Gen. Keith Kellogg met officials in Kyiv on Feb. 24 last year. The talks failed.",
        "The U.S. and the U.K. signed the memo. Both said it was a first step.",
        "“We will not accept this,” said Dr. Smith of the Institute. Nobody else spoke.",
    ],
)
def test_abbreviations_and_quotations_do_not_break_sentences(paragraph):
    assert len(sentences(paragraph)) == 2


def test_spans_cover_each_sentence_exactly():
    paragraph = "  First sentence here.   Second one!  "
    assert sentences(paragraph) == ["First sentence here.", "Second one!"]


def test_punctuation_alone_is_not_a_sentence():
    assert sentences("It ended. ...") == ["It ended. ..."]
