"""Boxes that ask for something (a sponsor's, a newsletter's sign-up, a subscription) are dropped
whole before extraction, and a layout table keeps its headings (briefings/importers/reshaping.py)."""

from lxml import html as lxml_html

from briefings.importers.html import parse_html
from briefings.importers.reshaping import reshape

from .cpu_time import cpu_seconds_at_most

BODY = (
    "<p>The port handled 4.1 million tonnes of cargo in the first half of the year, a record.</p>"
    "<p>Officials expect to pass 8 million tonnes for the whole year, the most since 1990.</p>"
    "<p>Dock workers will vote on a new contract next month, the union said on Tuesday.</p>"
)


HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port news</title></head><body>'


def statements(page):
    return [text for block in parse_html(HEAD + page + "</body></html>").blocks for text in block.texts]


def test_a_sponsors_box_is_dropped_whole():
    box = "<div class='sponsor'><p>Riverside Credit Union: Open a holiday savings account with 4.5% APY.</p></div>"
    assert not any(
        "Riverside" in text for text in statements(f"<article><h1>Port news</h1>{BODY}{box}</article>")
    )


def test_a_newsletter_box_marked_only_in_its_component_name_is_dropped():
    box = (
        "<div data-component='newsletter-inline' class='css-nl1'><h3>Get the Logistics Daily</h3>"
        "<p>The essential supply-chain briefing, every weekday morning.</p></div>"
    )
    page = f"<article><h1>Port news</h1>{BODY}{box}</article>"
    assert "The essential supply-chain briefing, every weekday morning." not in statements(page)


def test_a_long_block_classed_newsletter_is_not_dropped():
    page = f"<article><h1>Port news</h1><div class='newsletter-body'>{BODY * 3}</div></article>"
    tree = lxml_html.fromstring(page)
    reshape(tree)
    assert len(tree.xpath("//div[@class='newsletter-body']")) == 1


def test_a_heading_in_a_layout_table_is_kept():
    rows = "".join(
        f"<tr><td><h2>Item {n} of the day</h2><p>{BODY}</p></td></tr>".replace("<p><p>", "<p>")
        for n in (1, 2)
    )
    page = f"<html><body><table role='presentation'>{rows}</table></body></html>"
    headings = [block.texts[0] for block in parse_html(page).blocks if block.kind == "heading"]
    assert "Item 2 of the day" in headings


def test_a_page_of_many_marked_boxes_is_reshaped_at_once():
    page = "<body>" + "<div class='sponsor'><span>x</span></div>" * 50_000 + "</body>"
    tree = lxml_html.fromstring(page)
    with cpu_seconds_at_most(5):
        reshape(tree)
    assert not tree.xpath("//div[@class='sponsor']")


def test_a_subscription_box_marked_only_in_its_data_qa_name_is_dropped():
    box = "<div data-qa='subscribe-promo'><p>Support our journalism. Subscribe today.</p></div>"
    page = f"<article><h1>Port news</h1>{BODY}{box}</article>"
    assert not any("Support our journalism" in text for text in statements(page))
