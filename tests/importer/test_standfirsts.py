"""The standfirst under the headline is kept when the extractor starts from the body's own block
(`div.article-body`) below it (reshaping.standfirst, html._keep_standfirst)."""

from lxml import html as lxml_html

from briefings.importers import html, reshaping

from .cpu_time import cpu_seconds_at_most

BODY = """<div class="article-body"><p>The council approved the budget on Tuesday by 23 votes to 9 after a long debate.</p>
<p>The new pool will open in the spring of 2027, a year later than first planned by the city.</p>
<p>Opposition members said the cost had doubled since the plans were first drawn up in 2022.</p></div>"""
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pool approved</title></head><body>
<main><article><div class="head"><h1>Pool approved</h1>{lead}<div class="meta"><span>Jo Lee</span>
<time>3 March 2026</time></div></div>{body}</article></main></body></html>"""
LEAD = "The city will spend 14 million euros on a new public pool in the north of town."


def paragraphs(page):
    return [text for block in html.parse_html(page).blocks for text in block.texts]


def test_a_standfirst_classed_perex_above_the_body_is_kept_first():
    page = PAGE.format(lead=f'<p class="perex">{LEAD}</p>', body=BODY)
    assert paragraphs(page)[0] == LEAD


def test_a_subtitle_set_as_a_subheading_above_the_body_is_kept():
    page = PAGE.format(lead=f'<h2 class="article-subtitle">{LEAD}</h2>', body=BODY)
    assert LEAD in paragraphs(page)


def test_a_nordic_ingress_above_the_body_is_kept_first():
    page = PAGE.format(lead=f'<p class="ingress">{LEAD}</p>', body=BODY)
    assert paragraphs(page)[0] == LEAD


def test_a_standfirst_is_not_repeated_when_the_extractor_kept_it():
    page = PAGE.format(lead="", body=BODY.replace("<p>", f'<p class="lead">{LEAD}</p><p>', 1))
    assert paragraphs(page).count(LEAD) == 1


def test_an_unmarked_paragraph_under_the_headline_is_not_taken_for_a_standfirst():
    tree = lxml_html.fromstring(PAGE.format(lead=f'<p class="promo">{LEAD}</p>', body=BODY))
    assert reshaping.standfirst(tree) == ""


def test_a_marked_link_under_the_headline_is_not_a_standfirst():
    tree = lxml_html.fromstring(PAGE.format(lead=f'<p class="intro"><a href="/x">{LEAD}</a></p>', body=BODY))
    assert reshaping.standfirst(tree) == ""


def test_a_lead_class_after_the_body_has_begun_is_not_a_standfirst():
    body = BODY.replace("</div>", f'<p class="lead">{LEAD}</p></div>')
    tree = lxml_html.fromstring(PAGE.format(lead="", body=body))
    assert reshaping.standfirst(tree) == ""


def test_finding_the_standfirst_on_a_page_of_many_elements_is_fast():
    page = "<html><body><h1>Title</h1>" + "<div><span>x</span></div>" * 100_000 + "</body></html>"
    tree = lxml_html.fromstring(page)
    with cpu_seconds_at_most(2):
        assert reshaping.standfirst(tree) == ""


def test_a_standfirst_classed_description_above_the_body_is_kept_first():
    page = PAGE.format(lead=f'<p class="description">{LEAD}</p>', body=BODY)
    assert paragraphs(page)[0] == LEAD


def test_a_standfirst_named_only_in_its_data_qa_mark_is_kept():
    page = PAGE.format(lead=f'<h2 data-qa="subheadline">{LEAD}</h2>', body=BODY)
    assert LEAD in paragraphs(page)


def test_an_unmarked_paragraph_alone_in_a_marked_wrapper_is_kept_first():
    page = PAGE.format(lead=f'<div class="article-lead"><p>{LEAD}</p></div>', body=BODY)
    assert paragraphs(page)[0] == LEAD


def test_an_unmarked_paragraph_beside_another_block_in_a_marked_wrapper_is_not_a_standfirst():
    lead = f'<div class="article-lead"><p>{LEAD}</p><p>Jo Lee reported from the town hall.</p></div>'
    tree = lxml_html.fromstring(PAGE.format(lead=lead, body=BODY))
    assert reshaping.standfirst(tree) == ""
