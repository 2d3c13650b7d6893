"""The ninth outside test's pages (tests/importer/corpus-outside-6/, 2026-12): newsroom platforms
(Arc XP, Substack, Ghost, WordPress, Drupal, AMP, a pdf2htmlEX export), broadcaster and wire shapes
(BBC, BBC Arabic, Reuters, AP, Xinhua, Yonhap, NOS, Kompas), government and UN press releases, NGO
statements, a Didomi cookie wall, live blogs; in English, German, French, Spanish, Portuguese,
Italian, Dutch, Turkish, Indonesian, Swahili, Russian, Ukrainian, Arabic, Persian, Hebrew, Hindi,
Japanese, Chinese and Korean; with the ten pages written before any fix and scored once after them
(corpus-outside-6-heldout/, docs/importer.md)."""

import pytest

from briefings.importers import import_briefing

from .corpus_scoring import CORPUS, load_corpus, missing, published_text

DOCUMENTS = load_corpus(CORPUS.parent / "corpus-outside-6") + load_corpus(
    CORPUS.parent / "corpus-outside-6-heldout"
)
# Held out, scored once after the fixes: its four misses (Al Jazeera's source line, AP's "Follow
# AP's coverage of climate at https://…", a Ghost call-to-action card, Yonhap's reporter glued to
# the first paragraph) were fixed by general rules in the tenth outside test (corpus-outside-8,
# docs/importer.md).
KNOWN_MISSES = set()


def _marks(expect):
    return [pytest.mark.xfail(strict=True, reason="known miss")] if expect.name in KNOWN_MISSES else []


@pytest.mark.parametrize("expect", [pytest.param(e, marks=_marks(e), id=e.name) for e in DOCUMENTS])
def test_a_ninth_outside_page_shows_what_it_must_and_nothing_it_must_not(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert missing(published_text(briefing), expect) == ([], [])


@pytest.mark.parametrize("expect", DOCUMENTS, ids=[expect.name for expect in DOCUMENTS])
def test_a_ninth_outside_page_gets_its_title(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert briefing.title == expect.title
