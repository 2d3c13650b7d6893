"""Every corpus document, imported, shows a reader what it must and nothing it must not."""

import pytest

from briefings.importers import import_briefing

from .corpus_scoring import load_corpus, missing, published_text

DOCUMENTS = load_corpus()


@pytest.mark.parametrize("expect", DOCUMENTS, ids=[expect.name for expect in DOCUMENTS])
def test_a_corpus_document_shows_what_it_must_and_nothing_it_must_not(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    absent, present = missing(published_text(briefing), expect)
    assert (absent, present) == ([], [])


@pytest.mark.parametrize("expect", DOCUMENTS, ids=[expect.name for expect in DOCUMENTS])
def test_a_corpus_document_gets_its_title(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert briefing.title == expect.title


@pytest.mark.parametrize(
    "expect", [e for e in DOCUMENTS if e.statements], ids=[e.name for e in DOCUMENTS if e.statements]
)
def test_a_corpus_document_splits_into_the_statements_expected(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    texts = list(briefing.statements.order_by("position").values_list("text", flat=True))
    for run in expect.statements:
        assert any(texts[i : i + len(run)] == run for i in range(len(texts)))
