"""The outside tests' pages (tests/importer/corpus-outside/, 2026-12-07): saved pages of shapes the
corpus lacked, written by an outside tester; one miss stays known."""

import pytest

from briefings.importers import import_briefing

from .corpus_scoring import CORPUS, load_corpus, missing, published_text

OUTSIDE = CORPUS.parent / "corpus-outside"
DOCUMENTS = load_corpus(OUTSIDE)
# The fact-check site's blurb is one paragraph with a sentence of its own ("CheckPoint is a
# verified signatory of the IFCN Code of Principles.").
KNOWN_MISSES = {"en-factcheck-01.html"}


def _marks(expect):
    return [pytest.mark.xfail(strict=True, reason="known miss")] if expect.name in KNOWN_MISSES else []


@pytest.mark.parametrize("expect", [pytest.param(e, marks=_marks(e), id=e.name) for e in DOCUMENTS])
def test_an_outside_page_shows_what_it_must_and_nothing_it_must_not(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert missing(published_text(briefing), expect) == ([], [])


@pytest.mark.parametrize("expect", DOCUMENTS, ids=[expect.name for expect in DOCUMENTS])
def test_an_outside_page_gets_its_title(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert briefing.title == expect.title
