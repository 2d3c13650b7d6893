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
    entry = (
        "<article class='block'><header><time>11.52 GMT</time></header><div class='block-body'>"
        "<p>Entry {n}: the ferry to island number {n} was cancelled for the rest of the day.</p>"
        "<p>The operator says the next sailing is planned for Thursday morning, weather permitting.</p>"
        "</div><footer><button class='share-btn'>Share</button></footer></article>"
    )
    page = "<main><h1>Storm live</h1>" + "".join(entry.format(n=n) for n in range(1, 5)) + "</main>"
    found = [text for text in statements(page) if text.startswith("Entry")]
    assert found == [
        f"Entry {n}: the ferry to island number {n} was cancelled for the rest of the day."
        for n in range(1, 5)
    ]


def test_an_article_beside_a_few_teaser_cards_stays_the_article():
    cards = "<article class='card'><a href='/a'>Another story</a></article>" * 2
    page = f"<main><article><h1>Port news</h1>{BODY}</article>{cards}</main>"
    assert "Another story" not in statements(page)


def test_an_article_with_the_headline_beside_many_longer_cards_stays_the_article():
    card = (
        "<article class='card'><h2><a href='/{n}'>Another story number {n}</a></h2>"
        "<p>A teaser of the other story, long enough to outweigh a short article when added up.</p></article>"
    )
    cards = "".join(card.format(n=n) for n in range(8))
    tree = lxml_html.fromstring(f"<main><article><h1>Port news</h1>{BODY}</article>{cards}</main>")
    reshape(tree)
    assert len(tree.findall("article")) == 9


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


def test_a_subscription_offer_classed_teaser_below_the_article_is_dropped():
    offer = "<div class='abo-teaser'><p>Want to read more? Try Harbour+ for four weeks.</p></div>"
    assert "Want to read more?" not in " ".join(
        statements(f"<article><h1>Port news</h1>{BODY}{offer}</article>")
    )


def test_a_teaser_linking_to_another_article_keeps_its_class():
    tree = lxml_html.fromstring(
        "<div><h1>Port</h1><div class='teaser'><p><a href='/b'>Ferries</a></p></div></div>"
    )
    reshape(tree)
    assert tree[1].get("class") == "teaser"


def test_a_page_of_many_line_breaks_is_reshaped_at_once():
    tree = lxml_html.fromstring("<div>" + "".join(f"Line {n}.<br><br>" for n in range(50_000)) + "</div>")
    with cpu_seconds_at_most(5):
        reshape(tree)
    assert len(tree) == 50_000


def test_a_donation_box_is_dropped_whole():
    box = (
        "<div class='donate-box'><h3>Support local news</h3><p>Your gift keeps our reporting free.</p></div>"
    )
    assert "Your gift keeps our reporting free." not in statements(
        f"<article><h1>Port news</h1>{BODY}{box}</article>"
    )


def test_a_running_head_repeated_on_every_page_is_dropped():
    tree = lxml_html.fromstring(
        "<body><div><p>Harbour Board | Annual Report</p><p>Cargo grew.</p></div>"
        "<div><p>Harbour Board | Annual Report</p><p>Ships grew.</p></div></body>"
    )
    reshape(tree)
    assert [p.text for p in tree.iter("p")] == ["Cargo grew.", "Ships grew."]


def test_a_repeated_speaker_label_is_not_a_running_head():
    tree = lxml_html.fromstring(
        "<div><p>Martin:</p><p>It was late.</p><p>Martin:</p><p>It was dark.</p></div>"
    )
    reshape(tree)
    assert [p.text for p in tree.iter("p")] == ["Martin:", "It was late.", "Martin:", "It was dark."]


def test_a_sentence_in_a_tables_cell_stays_in_its_cell():
    tree = lxml_html.fromstring(
        "<table><tr><td><div>Approved by the council in March.</div></td></tr></table>"
    )
    reshape(tree)
    assert next(tree.iter("td"))[0].tag == "div"
