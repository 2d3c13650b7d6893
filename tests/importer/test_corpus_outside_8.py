"""The eighth outside test's saved pages (tests/importer/corpus-outside-8/, 2026-12): newsroom
platforms the earlier tests lacked or held once (Brightspot, Arc XP's Fusion live blog, Ghost's
call-to-action and bookmark cards, WordPress VIP blocks, Drupal 10 with its cookie popup, Medium,
Quintype), Bluesky and X embeds, Datawrapper charts, paywall and gift boxes, source lines and
inline read-more links; in English, Spanish, Portuguese, Polish, Turkish, Japanese, Korean,
Arabic, Hindi, Bengali, Indonesian and Swahili; with the eight pages written before any fix and
scored once after them (corpus-outside-8-heldout/, docs/importer.md)."""

import json

import pytest

from briefings.importers import import_briefing

from .corpus_scoring import CORPUS, load_corpus, missing, published_text

DOCUMENTS = load_corpus(CORPUS.parent / "corpus-outside-8") + load_corpus(
    CORPUS.parent / "corpus-outside-8-heldout"
)
# Held out, scored once after the fixes and left as they are (see docs/importer.md): AP's "Ritter
# reported from Stockholm." (a reporting credit without "contributed"), Infobae's "Seguir leyendo:"
# and Tempo's "Pilihan Editor:" with their linked headlines (lead-ins no list holds), and Yonhap's
# subheadline, an `<h2>` under the byline box rather than the headline, lost.
KNOWN_MISSES = {"en-apwire-02.html", "es-infobae-01.html", "id-tempo-01.html", "ko-yonhap-02.html"}
# Tuned, and left: Polish degrees "-27,1 st. C." read as an initial before "To …", so two
# sentences stay one (the splitter's initials rule; a fix there broke "st." alone).
KNOWN_SPLIT_MISSES = {"pl-onet-01.html"}


def _marks(expect):
    return [pytest.mark.xfail(strict=True, reason="known miss")] if expect.name in KNOWN_MISSES else []


def _briefing(expect):
    return import_briefing(expect.path.read_bytes(), filename=expect.path.name).briefing


@pytest.mark.parametrize("expect", [pytest.param(e, marks=_marks(e), id=e.name) for e in DOCUMENTS])
def test_an_eighth_outside_page_shows_what_it_must_and_nothing_it_must_not(db, expect):
    assert missing(published_text(_briefing(expect)), expect) == ([], [])


@pytest.mark.parametrize("expect", DOCUMENTS, ids=[expect.name for expect in DOCUMENTS])
def test_an_eighth_outside_page_gets_its_title(db, expect):
    assert _briefing(expect).title == expect.title


SPLIT = [e for e in DOCUMENTS if e.statements]


@pytest.mark.parametrize(
    "expect",
    [
        pytest.param(
            e,
            marks=[pytest.mark.xfail(strict=True, reason="known miss")]
            if e.name in KNOWN_SPLIT_MISSES
            else [],
            id=e.name,
        )
        for e in SPLIT
    ],
)
def test_an_eighth_outside_page_splits_its_sentences_as_labelled(db, expect):
    texts = list(_briefing(expect).statements.order_by("position").values_list("text", flat=True))
    for run in expect.statements:
        assert any(texts[i : i + len(run)] == run for i in range(len(texts))), (run, texts)


def test_every_eighth_outside_label_file_names_a_language(db):
    labels = [json.loads(e.path.with_name(e.name + ".json").read_text(encoding="utf-8")) for e in DOCUMENTS]
    assert all(label.get("language") for label in labels)
