"""The article page writes some markup in Python rather than through Django's filters and one
ClaimReview at a time (factcheck/article_html.py, factcheck/claimreview.py): what it writes must
be what those would have written, character for character."""

import pytest
from django.template.defaultfilters import linebreaksbr

from factcheck.article import build_article
from factcheck.article_html import _lines
from factcheck.claimreview import claim_review, claim_reviews, json_ld

from .rich_world import rich_world


@pytest.mark.parametrize(
    "text",
    ["one line", "two\nlines", "dos\r\nline ends", "old mac\rline ends", "\r\r\n\n\r", "<b> & \"'\n\u2028"],
)
def test_a_rationale_breaks_its_lines_as_djangos_linebreaksbr_does(text):
    assert _lines(text) == linebreaksbr(text, autoescape=True)


def test_the_articles_claimreviews_are_each_as_json_ld_writes_one(db):
    briefing = rich_world()  # its texts hold <, >, & and U+2028, which the tags escape
    versions = build_article(briefing).claims
    each = "".join(
        f'\n  <script type="application/ld+json">{json_ld(claim_review(version, briefing=briefing))}</script>'
        for version in versions
    )
    assert len(versions) > 1
    assert claim_reviews(versions, briefing=briefing) == each


def test_an_article_without_verdicts_carries_no_claimreview(db):
    assert claim_reviews([], briefing=rich_world()) == ""


def test_a_quotation_is_written_as_a_blockquote(client, db):
    page = client.get(rich_world().get_absolute_url()).content.decode()
    quote = page.index("<blockquote>")
    assert page.index("The minister said") > quote
    assert page.index("The minister said") < page.index("</blockquote>")
