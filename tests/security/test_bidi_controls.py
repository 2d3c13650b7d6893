"""An override (RLO) or isolate (LRI) a page leaves open reversed whatever followed it on the same
line: the site's words in the <title>, the next statements and the verdict labels. Statements
stay exact slices of their revision (never changed); every run of imported or written text is
closed on output, and titles lose their unbalanced controls on import and save."""

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefings.bidi import _match, closed, without_unbalanced
from briefings.importers import import_briefing
from factcheck.models import Claim

from ..factories import make_claim
from .bidi_corpus import HELD_OUT, HOSTILE, LEGITIMATE, LRI, PDF, PDI, RLE, RLO

ALPHABET = st.text(
    alphabet=["a", "ש", "ع", " ", "1", *"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
)


def left_open(text):
    return _match(text)[0]


def page_text(response):
    """What a reader's browser lays out: the page without its tags and scripts (ClaimReview's
    JSON-LD carries text as data, as the API and feeds do), entities decoded."""
    page = re.sub(r"<script\b.*?</script>", "", response.content.decode(), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_closing_leaves_nothing_open(text):
    assert left_open(closed(text)) == []


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_closing_keeps_the_text_itself(text):
    assert closed(text).startswith(text)


@pytest.mark.parametrize("text", LEGITIMATE.values(), ids=LEGITIMATE.keys())
def test_legitimate_text_comes_out_unchanged(text):
    assert (closed(text), without_unbalanced(text)) == (text, text)


def test_nested_controls_close_innermost_first():
    assert closed(HOSTILE["nested_open"]).endswith(PDF + PDF)


def test_an_isolate_opened_after_an_override_is_closed_before_it():
    assert closed(f"{RLO}a{LRI}b") == f"{RLO}a{LRI}b{PDI}{PDF}"


def test_a_title_loses_only_its_unbalanced_controls():
    assert without_unbalanced(f"The {RLE}budget{PDF} {RLO}rose{PDI}") == f"The {RLE}budget{PDF} rose"


@given(ALPHABET)
def test_any_text_closed_leaves_nothing_open(text):
    assert (left_open(closed(text)), closed(text)[: len(text)]) == ([], text)


@given(ALPHABET)
def test_any_title_cleaned_is_balanced(text):
    assert _match(without_unbalanced(text)) == ([], [])


ARTICLE = f"""{HELD_OUT["title_override"]}
{HELD_OUT["statement_isolate"]} {HOSTILE["rlo_left_open"]} The port handled 140 ships last week.
{HELD_OUT["statement_with_arabic"]}
"""


@pytest.fixture
def published(db):
    briefing = import_briefing(ARTICLE, slug="bidi").briefing
    statements = list(briefing.statements.order_by("position"))
    claims = [
        make_claim(Claim.Status.PUBLISHED, statement=s, checked=True, text=s.text, claimant_unknown=True)
        for s in statements[:2]
    ]
    briefing.status = briefing.Status.PUBLISHED
    briefing.save()
    return briefing, statements, claims


def test_an_imported_title_loses_its_open_override(published):
    briefing, *_ = published
    assert (briefing.title, briefing.revisions.get().title) == (
        "Port report fdp.xcod",
        "Port report fdp.xcod",
    )


def test_statements_stay_exact_slices_of_their_revision(published):
    _, statements, _ = published
    assert [s.text for s in statements[:2]] == [HELD_OUT["statement_isolate"], HOSTILE["rlo_left_open"]]


@pytest.mark.parametrize("page", ["briefing", "claim", "home", "search"])
def test_no_public_page_leaves_a_control_open(client, published, page):
    briefing, statements, claims = published
    url = {
        "briefing": briefing.get_absolute_url(),
        "claim": claims[1].get_absolute_url(),
        "home": "/",
        "search": "/search/?q=mayor",
    }[page]
    response = client.get(url)
    assert response.status_code == 200
    assert RLO in response.content.decode() or page == "home"
    assert left_open(page_text(response)) == []


def test_the_window_title_is_closed_before_the_newsrooms_name(client, published):
    _, _, claims = published
    title = re.search(
        r"<title>(.*?)</title>", client.get(claims[1].get_absolute_url()).content.decode(), re.S
    )
    assert left_open(html.unescape(title.group(1))) == []


def test_legitimate_arabic_reaches_the_article_unchanged(client, published):
    briefing, *_ = published
    assert (
        html.escape(HELD_OUT["statement_with_arabic"].split(": ", 1)[1])
        in client.get(briefing.get_absolute_url()).content.decode()
    )
