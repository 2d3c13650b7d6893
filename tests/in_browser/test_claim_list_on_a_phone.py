"""The claims list at a phone's 390 px: each claim is a card, its words across the screen and
its other columns named under them; nothing scrolls sideways, not even inside the list's box
(the table did, hiding status, rating and assignee off screen). At 1280 px it stays a table."""

import pytest
from django.urls import reverse

from factcheck.demo import load_demo

from ..browser import serious_violations, signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
PHONE = (390, 844)


@pytest.fixture
def claim_list(chromium, live_server):
    load_demo()
    page = signed_in_page(chromium, live_server, "checker", viewport=PHONE)
    page.goto(live_server.url + reverse("admin:factcheck_claim_changelist"))
    yield page
    page.context.close()


def test_the_claims_list_does_not_scroll_sideways_at_390_px(claim_list):
    results = claim_list.locator(".results")
    assert results.evaluate("box => box.scrollWidth <= box.clientWidth")
    assert claim_list.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    assert serious_violations(claim_list) == []


def test_a_claims_words_and_status_read_on_a_phone(claim_list):
    words = claim_list.locator("#result_list th.field-text").first.bounding_box()
    status = claim_list.locator("#result_list td.field-status").first
    assert words["width"] > 0.7 * PHONE[0]
    assert status.is_visible()
    assert status.bounding_box()["x"] + status.bounding_box()["width"] <= PHONE[0]
    assert status.evaluate("cell => getComputedStyle(cell, '::before').content") == '"Status: "'


def test_a_card_leaves_out_what_the_claim_has_not(claim_list):
    """A new claim's card read "Rating: —", "Assignee: —", "Claimant: —", "Due date: —": four
    lines of nothing between one claim and the next."""
    cards = claim_list.locator("#result_list tbody tr")
    lines = cards.evaluate_all(
        "rows => rows.flatMap(row => [...row.querySelectorAll('td')]"
        ".filter(cell => cell.offsetParent !== null).map(cell => cell.innerText))"
    )
    assert lines
    assert not [line for line in lines if line.strip().endswith("—")]
    assert claim_list.locator("#result_list td.field-status").first.is_visible()


def test_the_table_at_1280_px_still_writes_nothing_as_a_dash(claim_list):
    claim_list.set_viewport_size({"width": 1280, "height": 900})
    assert claim_list.locator("#result_list td.field-due_on .desk-none").first.is_visible()


def test_the_claims_list_keeps_its_columns_at_1280_px(claim_list):
    claim_list.set_viewport_size({"width": 1280, "height": 900})
    assert claim_list.locator("#result_list thead th.column-status").is_visible()
