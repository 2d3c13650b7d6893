"""The gold clean texts (`<name>.gold.txt`) agree with their document's labels, and the
importer keeps at least as much of the article as the extractor alone (issue 14).

A gold text is what a careful reader takes for the article, written by hand from the page
(CleanEval's convention: title, headings, body, list items and a figure's descriptive caption
in reading order, one block a line; no navigation, cookie notices, comments, related links,
bylines, credits, timestamps, front matter or code). See docs/importer.md, "Shingle overlap".
"""

import pytest

from briefings.importers import import_briefing

from .corpus_scoring import Overlap, extractor_text, load_corpus, missing, published_text, shingle_overlap

DOCUMENTS = load_corpus()
GOLDEN = [expect for expect in DOCUMENTS if expect.gold is not None]


def test_every_corpus_document_has_a_gold_text():
    assert [expect.name for expect in DOCUMENTS if expect.gold is None] == []


@pytest.mark.parametrize("expect", GOLDEN, ids=[expect.name for expect in GOLDEN])
def test_a_gold_text_holds_every_must_passage_and_no_must_not_passage(expect):
    assert missing(expect.gold, expect) == ([], [])


@pytest.mark.parametrize("expect", GOLDEN, ids=[expect.name for expect in GOLDEN])
def test_a_gold_text_starts_with_the_document_title(expect):
    assert expect.gold.partition("\n")[0] == expect.title


def test_the_importer_overlaps_the_gold_texts_at_least_as_well_as_the_extractor_alone(db):
    importer, extractor = Overlap(), Overlap()
    for expect in GOLDEN:
        briefing = import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing
        importer += shingle_overlap(published_text(briefing), expect.gold)
        extractor += shingle_overlap(extractor_text(expect), expect.gold)
    assert extractor.f1 > 0.5
    assert importer.f1 >= extractor.f1
