"""The JSON-LD `articleBody` completes a body the page's HTML holds only the start of, and never
adds a word to a complete one (structured_body.rest_of_article)."""

import json

from briefings.importers import html

from .cpu_time import cpu_seconds_at_most

TEASER = "The port authority has pushed back dredging of the Wend estuary by two years after a court ruling."
REST = [
    "The project was due to start in March 2026 and will now begin in 2028.",
    "Shipping companies warned that larger ships would keep avoiding the port.",
]
HEADLINE = "Port delays dredging"


def page(body, article=None, headline=HEADLINE):
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
    data |= article if article is not None else {"articleBody": "\n\n".join([TEASER, *REST])}
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title>
<script type="application/ld+json">{json.dumps(data)}</script></head><body><main><article><h1>{HEADLINE}</h1>
<div class="story-body">{body}<div class="skeleton-loader"></div></div></article></main></body></html>"""


def texts(page_text):
    return [text for block in html.parse_html(page_text).blocks for text in block.texts]


def test_a_teaser_is_completed_from_the_json_ld_body():
    assert texts(page(f"<p>{TEASER}</p>")) == [TEASER, *REST]


def test_a_complete_body_gets_no_sentence_from_the_json_ld_body():
    body = "".join(f"<p>{text}</p>" for text in [TEASER, *REST])
    hidden = {"articleBody": " ".join([TEASER, *REST, "Readers can claim compensation by writing to us."])}
    assert "Readers can claim compensation by writing to us." not in texts(page(body, hidden))


def test_a_paywalled_json_ld_body_is_not_read():
    paywalled = {"articleBody": "\n".join([TEASER, *REST]), "isAccessibleForFree": "False"}
    assert texts(page(f"<p>{TEASER}</p>", paywalled)) == [TEASER]


def test_a_json_ld_body_under_another_headline_is_not_read():
    assert REST[0] not in texts(page(f"<p>{TEASER}</p>", headline="Another story"))


def test_a_json_ld_body_that_does_not_hold_the_visible_text_is_not_read():
    other = {
        "articleBody": "\n".join(["A different story about ferries and their fares this winter.", *REST] * 3)
    }
    assert texts(page(f"<p>{TEASER}</p>", other)) == [TEASER]


def test_an_article_listed_inside_the_json_ld_is_not_read():
    listed = {
        "articleBody": "",
        "hasPart": {"@type": "NewsArticle", "headline": HEADLINE, "articleBody": "\n".join([TEASER, *REST])},
    }
    assert texts(page(f"<p>{TEASER}</p>", listed)) == [TEASER]


def test_a_one_paragraph_json_ld_body_is_read_after_the_teaser():
    single = {"articleBody": " ".join([TEASER, *REST])}
    assert " ".join(texts(page(f"<p>{TEASER}</p>", single))) == " ".join([TEASER, *REST])


def test_broken_json_ld_is_ignored():
    broken = page(f"<p>{TEASER}</p>").replace('"@type"', '"@type" ,,', 1)
    assert texts(broken) == [TEASER]


def test_a_json_ld_body_of_two_megabytes_is_read_in_linear_time():
    long_body = {
        "articleBody": TEASER + "\n" + "\n".join(["The port said more work was needed. " * 20] * 2800)
    }
    with cpu_seconds_at_most(10):
        assert len(texts(page(f"<p>{TEASER}</p>", long_body))) > 1


def test_a_paywall_mark_of_any_json_shape_is_read_without_error():
    for mark in ([], {}, [False], {"value": False}, 1.5, None):
        article = {"articleBody": "\n\n".join([TEASER, *REST]), "isAccessibleForFree": mark}
        assert texts(page(f"<p>{TEASER}</p>", article))[0] == TEASER


def test_a_json_ld_body_or_headline_of_another_shape_is_not_read():
    for article in ({"articleBody": ["a list"]}, {"articleBody": None}, {"articleBody": {"x": 1}}):
        assert texts(page(f"<p>{TEASER}</p>", article)) == [TEASER]
