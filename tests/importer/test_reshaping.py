"""Page shapes the extractor misread, reshaped before extraction (briefings/importers/reshaping.py):
a live blog of `<article>` entries, paragraphs set off by two `<br>`s, sentences in `<div>`s among
paragraphs, a standfirst classed "teaser"."""

from lxml import html as lxml_html

from briefings.importers.html import parse_html
from briefings.importers.reshaping import reshape

from .cpu_time import cpu_seconds_at_most

HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port news</title></head><body>'
BODY = (
    "<p>The port handled 4.1 million tonnes of cargo in the first half of the year.</p>"
    "<p>Officials expect to pass 8 million tonnes for the whole year, a record for the port.</p>"
)


def statements(page):
    return [text for block in parse_html(HEAD + page + "</body></html>").blocks for text in block.texts]


def test_every_entry_of_a_live_blog_made_of_articles_is_read():
    entries = "".join(
        f"<article class='entry'><p>Entry {n}: the ferry to the island number {n} was cancelled today.</p></article>"
        for n in range(1, 5)
    )
    assert [f"Entry {n}: the ferry to the island number {n} was cancelled today." for n in range(1, 5)] == [
        text for text in statements(f"<main><h1>Storm live</h1>{entries}</main>") if text.startswith("Entry")
    ]


def test_an_article_beside_a_few_teaser_cards_stays_the_article():
    cards = "<article class='card'><a href='/a'>Another story</a></article>" * 2
    page = f"<main><article><h1>Port news</h1>{BODY}</article>{cards}</main>"
    assert "Another story" not in statements(page)


def test_two_line_breaks_end_a_paragraph_the_rules_then_judge_alone():
    page = (
        "<article><h1>Port news</h1><div class='text'>The port handled 4.1 million tonnes of cargo this year."
        "<br><br>Officials expect a record for the port next year.<br><br><i>Photo: Harbour Board</i>"
        "<br><br>More ships are expected in the spring.</div></article>"
    )
    assert "Photo: Harbour Board" not in " ".join(statements(page))


def test_one_line_break_stays_inside_its_paragraph():
    tree = lxml_html.fromstring("<div>Margaret Ellery<br>The Salt Road</div>")
    reshape(tree)
    assert lxml_html.tostring(tree, encoding="unicode") == "<div>Margaret Ellery<br>The Salt Road</div>"


def test_a_sentence_in_a_div_among_paragraphs_is_kept():
    page = f"<article><h1>Port news</h1>{BODY}<div class='callout'>Cargo volumes are published every month.</div></article>"
    assert "Cargo volumes are published every month." in statements(page)


def test_a_div_of_links_is_not_made_a_paragraph():
    tree = lxml_html.fromstring("<div><a href='/a'>Ships leave the harbour at dawn today.</a></div>")
    reshape(tree)
    assert tree.tag == "div"


def test_a_standfirst_classed_teaser_is_kept():
    page = (
        "<article><h1>Port news</h1><div class='field-teaser'><p>The busiest half-year in the port's history."
        f"</p></div>{BODY}</article>"
    )
    assert "The busiest half-year in the port's history." in statements(page)


def test_a_teaser_linking_to_another_article_keeps_its_class():
    tree = lxml_html.fromstring(
        "<div><div class='teaser'><a href='/b'>Read about the ferries</a></div></div>"
    )
    reshape(tree)
    assert tree[0].get("class") == "teaser"


def test_a_page_of_many_line_breaks_is_reshaped_at_once():
    tree = lxml_html.fromstring("<div>" + "a<br><br>" * 50_000 + "</div>")
    with cpu_seconds_at_most(5):
        reshape(tree)
    assert len(tree) == 50_000
