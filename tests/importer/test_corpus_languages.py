"""Every corpus document is imported in the language its label names."""

import pytest

from briefings.importers import import_briefing

from .corpus_scoring import load_corpus

DOCUMENTS = [expect for expect in load_corpus() if expect.language]


@pytest.mark.parametrize("expect", DOCUMENTS, ids=[expect.name for expect in DOCUMENTS])
def test_a_corpus_document_is_imported_in_its_language(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert briefing.language == expect.language
