"""A short article (a wire brief of two paragraphs) is read as the extractor found it, not
replaced by its dump of the whole page in one paragraph."""

from briefings.importers import html

BRIEF = """<!doctype html><html lang="el"><head><meta charset="utf-8"><title>Σεισμός στην Κρήτη</title></head>
<body><header><nav><a href="/">Αρχική</a> <a href="/p">Πολιτική</a></nav></header><main><article>
<h1>Σεισμός στην Κρήτη</h1><div class="byline">Newsroom <time>05.12.2026</time></div>
<div class="entry-content"><p>Σεισμός 4,8 Ρίχτερ σημειώθηκε το πρωί νότια της Κρήτης. Δεν αναφέρθηκαν ζημιές.</p>
<p>Το εστιακό βάθος ήταν περίπου 10 χιλιόμετρα.</p></div></article></main>
<footer><p>Όροι χρήσης | Πολιτική απορρήτου</p></footer></body></html>"""


def test_a_short_article_keeps_its_paragraphs_apart():
    document = html.parse_html(BRIEF)
    assert [block.texts for block in document.blocks] == [
        ["Σεισμός 4,8 Ρίχτερ σημειώθηκε το πρωί νότια της Κρήτης. Δεν αναφέρθηκαν ζημιές."],
        ["Το εστιακό βάθος ήταν περίπου 10 χιλιόμετρα."],
    ]
