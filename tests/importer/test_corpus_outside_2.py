"""The second outside test's pages (tests/importer/corpus-outside-2/, 2026-12-07): saved pages in
languages and shapes the other corpora lacked, written before the rules were read; two misses
stay known."""

import pytest

from briefings.importers import import_briefing

from .corpus_scoring import CORPUS, load_corpus, missing, published_text

OUTSIDE = CORPUS.parent / "corpus-outside-2"
# With the five pages held out until the first fixes were made (scored apart, docs/importer.md).
DOCUMENTS = load_corpus(OUTSIDE) + load_corpus(CORPUS.parent / "corpus-outside-2-heldout")
# The Indonesian page's "Simak breaking news … WhatsApp Channel." (a known miss until the ninth
# outside test's follow lines, page_calls.py) and the newsletter's postal address (the seventh
# test's) are dropped now: no page is a known miss.
KNOWN_MISSES = set()


def _marks(expect):
    return [pytest.mark.xfail(strict=True, reason="known miss")] if expect.name in KNOWN_MISSES else []


@pytest.mark.parametrize("expect", [pytest.param(e, marks=_marks(e), id=e.name) for e in DOCUMENTS])
def test_a_second_outside_page_shows_what_it_must_and_nothing_it_must_not(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert missing(published_text(briefing), expect) == ([], [])


@pytest.mark.parametrize("expect", DOCUMENTS, ids=[expect.name for expect in DOCUMENTS])
def test_a_second_outside_page_gets_its_title(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert briefing.title == expect.title
