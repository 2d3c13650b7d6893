"""How the HTML importer reads what the extractor gives it: however deeply wrapped, with a space
at every line break, tables a row per statement, and the title without the site's suffix."""

import pytest

from briefings.importers import html, import_briefing
from briefings.importers.document import Block
from briefings.models import Statement

WRAPPED = """<doc title="Pool vote" sitename="Herald"><main><div>Pool vote<p> The council voted to build a pool.</p>
<p>It will open in 2026.</p><div><div><p>The vote was carried by 23 votes to 9.</p></div></div>
Construction starts in the spring.</div></main></doc>"""

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{site}"></head><body><article><h1>Port traffic grows again</h1>
{body}<p>The port handled 4.1 million tonnes of cargo in the first half of the year.</p>
<p>Officials expect to pass 8 million tonnes for the whole year, a record for the port.</p>
</article></body></html>"""


def page(body="", title="Port traffic grows again", site="Harbour Gazette"):
    return PAGE.format(body=body, title=title, site=site)


def texts(briefing):
    return list(briefing.statements.order_by("position").values_list("text", flat=True))


def test_it_reads_an_article_the_extractor_wraps_in_divs(monkeypatch):
    monkeypatch.setattr(html, "_extract", lambda text: (WRAPPED, ""))
    document = html.parse_html("<html></html>")
    assert [block.texts for block in document.blocks] == [
        ["The council voted to build a pool."],
        ["It will open in 2026."],
        ["The vote was carried by 23 votes to 9."],
        ["Construction starts in the spring."],
    ]


def test_it_puts_a_space_where_a_line_break_was(db):
    body = "<p>Weiche &amp; glatte Haut<br>Für eine reichhaltige Pflege gibt es die Creme.</p>"
    briefing = import_briefing(page(body), format="html").briefing
    assert "Weiche & glatte Haut Für eine reichhaltige Pflege gibt es die Creme." in texts(briefing)


def test_two_line_breaks_start_a_new_paragraph(monkeypatch):
    extracted = "<doc title='Cranes'><main><p>The first crane came in March.<lb/><lb/>The second in May.</p></main></doc>"
    monkeypatch.setattr(html, "_extract", lambda text: (extracted, ""))
    document = html.parse_html("<html></html>")
    assert document.blocks == [
        Block(Block.PARAGRAPH, ["The first crane came in March.", "The second in May."])
    ]


TABLE = """<table><tr><th>Service</th><th>Spending</th></tr><tr><td>Social care</td><td>£341 million</td></tr>
<tr><td>Education</td><td>£198 million</td></tr></table>"""


def test_a_table_row_is_a_statement_with_its_header(db):
    briefing = import_briefing(page(TABLE), format="html").briefing
    rows = briefing.statements.filter(kind=Statement.Kind.TABLE_ROW).order_by("position")
    assert [row.text for row in rows] == [
        "Service: Social care; Spending: £341 million",
        "Service: Education; Spending: £198 million",
    ]


def test_a_table_rows_offsets_point_at_its_text(db):
    briefing = import_briefing(page(TABLE), format="html").briefing
    for statement in briefing.statements.all():
        assert briefing.text[statement.start : statement.end] == statement.text


def test_a_table_without_a_header_row_joins_its_cells():
    table = html.etree.fromstring("<table><row><cell>North</cell><cell>4.2</cell></row></table>")
    assert html.table_rows(table) == ["North; 4.2"]


CAPTIONED = TABLE.replace("<table>", "<table><caption>Table 2: County spending, 2023</caption>")


def test_a_table_header_under_a_caption_still_labels_the_rows(db):
    briefing = import_briefing(page(CAPTIONED), format="html").briefing
    assert "Service: Social care; Spending: £341 million" in texts(briefing)


def test_a_table_laid_out_for_the_page_is_read_as_text():
    table = html.etree.fromstring("<table><row><cell><p>The pool opens in 2026.</p></cell></row></table>")
    document = html.Document(title="Pool")
    html._table(document, table)
    assert document.blocks == [Block(Block.PARAGRAPH, ["The pool opens in 2026."])]


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Upgrading Django | Caktus Group", "Caktus Group", "Upgrading Django"),
        ("Kohleausstieg bis 2038 | DW | 19.01.2020", "DW", "Kohleausstieg bis 2038"),
        ("Water bills rise - The Valley Ledger", "The Valley Ledger", "Water bills rise"),
        ("Pros and cons - a guide to heat pumps", "Energy Weekly", "Pros and cons - a guide to heat pumps"),
        ("Why rents rise | Explained", "", "Why rents rise"),
    ],
)
def test_the_site_suffix_is_cut_from_the_title(title, site, expected):
    assert html.cut_site_suffix(title, site) == expected


def test_a_heading_that_repeats_the_title_is_dropped(db):
    body = "<p>Cargo rose by 12 percent in the year.</p><h2>Port traffic grows again</h2>"
    briefing = import_briefing(page(body), format="html").briefing
    assert list(briefing.sections.exclude(heading="").values_list("heading", flat=True)) == []


def test_a_page_whose_text_all_reads_as_furniture_is_imported_not_refused():
    page = (
        "<html><head><title>Newsletter</title></head><body><article>"
        "<p>Sign up to get the best content of the week delivered to your inbox.</p>"
        "</article></body></html>"
    )
    document = html.parse_html(page)
    assert [block.texts for block in document.blocks] == [
        ["Sign up to get the best content of the week delivered to your inbox."]
    ]


def test_it_drops_a_live_blog_entry_time_marked_as_such(db):
    # The extractor glues the second entry's time to its sentence ("13:05 Uhr About 400…").
    body = (
        '<div class="post"><span class="time">14:20 Uhr</span><p>The storm warning was lifted.</p></div>'
        '<div class="post"><span class="time">13:05 Uhr</span><p>About 400 cellars were flooded.</p></div>'
    )
    briefing = import_briefing(page(body), format="html").briefing
    assert texts(briefing)[:2] == ["The storm warning was lifted.", "About 400 cellars were flooded."]


def test_it_keeps_a_time_inside_a_sentence_even_when_marked(db):
    body = '<p>The meeting starts at <span class="time">10:30</span> in the town hall.</p>'
    briefing = import_briefing(page(body), format="html").briefing
    assert "The meeting starts at 10:30 in the town hall." in texts(briefing)


def test_it_keeps_a_paragraph_whose_class_reads_like_a_share_button(db):
    body = '<p class="topic share">Social care spending rose by 7 percent last year.</p>'
    briefing = import_briefing(page(body), format="html").briefing
    assert "Social care spending rose by 7 percent last year." in texts(briefing)


SENTENCE = "<p>Cargo rose by 12 percent in the year.{marker} The harbour master expects more.</p>"


@pytest.mark.parametrize(
    "marker",
    [
        '<sup><a href="#fn1">[1]</a></sup>',  # hand-written, MediaWiki
        '<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>',  # Pandoc
        '<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>',  # Hugo
        '<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a>',  # Substack
    ],
)
def test_a_footnote_marker_is_removed_from_its_sentence(db, marker):
    briefing = import_briefing(page(SENTENCE.format(marker=marker)), format="html").briefing
    assert texts(briefing)[:2] == [
        "Cargo rose by 12 percent in the year.",
        "The harbour master expects more.",
    ]


NOTES = {
    "pandoc": '<section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>{note}'
    '<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>',
    "hugo": '<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>{note}&#160;'
    '<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li></ol></div>',
    "jekyll": '<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>{note} '
    '<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li></ol></div>',
    "wordpress": '<ol class="wp-block-footnotes"><li id="a1b2">{note} '
    '<a href="#a1b2-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>',
}


@pytest.mark.parametrize("shape", NOTES)
def test_a_footnote_with_a_back_link_is_kept_as_a_statement(db, shape):
    note = "Harbour Board annual report 2024, page 17."
    body = SENTENCE.format(marker='<sup><a href="#fn1">1</a></sup>') + NOTES[shape].format(note=note)
    briefing = import_briefing(page(body), format="html").briefing
    assert note in texts(briefing)


def test_a_link_with_words_to_a_footnoted_paragraph_keeps_its_words(db):
    """Only a label, an arrow or nothing pointing at a marker is a back link (an outside test:
    "As , taxes will fall next year.")."""
    body = (
        '<p id="p3">Rates rose sharply in March.<a class="footnote" href="#n1">1</a></p>'
        '<p>As <a href="#p3">the chancellor said in March</a>, taxes will fall next year.</p>'
        '<ol><li id="n1">Office for National Statistics data. <a href="#p3">↩</a></li></ol>'
    )
    briefing = import_briefing(page(body), format="html").briefing
    assert "As the chancellor said in March, taxes will fall next year." in texts(briefing)
