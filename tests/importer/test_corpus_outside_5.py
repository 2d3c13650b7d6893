"""The eighth outside test's pages (tests/importer/corpus-outside-5/, 2026-12): right-to-left
pages (Arabic live blog, Hebrew, Urdu), Hindi, Tamil, Turkish, Indonesian, Vietnamese, Polish,
Ukrainian, Greek, Japanese, Taiwanese Chinese, Catalan, Croatian, Bulgarian and Slovak news
pages; Arc XP, Newspack (WordPress VIP) and Drupal newsrooms, a beehiiv newsletter, AMP, a
think-tank report with footnotes, government press releases (India's PIB, a US congresswoman's),
fact-checks, a Q&A explainer, a dpa FAQ, a page whose text is partly in <noscript>; with the pages
held out until the fixes were made (corpus-outside-5-heldout/, scored apart, docs/importer.md)."""

import pytest

from briefings.importers import import_briefing

from .corpus_scoring import CORPUS, load_corpus, missing, published_text

DOCUMENTS = load_corpus(CORPUS.parent / "corpus-outside-5") + load_corpus(
    CORPUS.parent / "corpus-outside-5-heldout"
)
# Held out, scored once after the fixes: "Read also" labels in Georgian, Lithuanian, Nepali and
# Filipino, follow lines in Malay and Portuguese, a portal's "VÍDEOS: mais assistidos" lines, the
# UN's "For information media. Not an official record." and a Lithuanian standfirst in an unmarked
# <p> inside a <div class="article-lead"> were missed; all were fixed by general rules with the
# ninth outside test (briefings/importers/page_calls.py, docs/importer.md).
#
# Left out on purpose: ja-noscript-01's last paragraphs, which only a <noscript> holds. What a page
# hides from readers with script is never imported (docs/security.md, briefings/importers/rescues.py).
KNOWN_MISSES = {"ja-noscript-01.html"}


def _marks(expect):
    return [pytest.mark.xfail(strict=True, reason="known miss")] if expect.name in KNOWN_MISSES else []


@pytest.mark.parametrize("expect", [pytest.param(e, marks=_marks(e), id=e.name) for e in DOCUMENTS])
def test_an_eighth_outside_page_shows_what_it_must_and_nothing_it_must_not(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert missing(published_text(briefing), expect) == ([], [])


@pytest.mark.parametrize("expect", DOCUMENTS, ids=[expect.name for expect in DOCUMENTS])
def test_an_eighth_outside_page_gets_its_title(db, expect):
    briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
    assert briefing.title == expect.title
