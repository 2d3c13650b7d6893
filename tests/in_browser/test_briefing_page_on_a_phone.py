"""The briefing's desk page at a phone's 390 px: each statement's text reads across the screen, its
actions (+ Claim, Split…, Merge with next, Hide) stack under it inside the screen at a finger's
size, and nothing scrolls sideways; at the desk's 1280 px a statement keeps its one row."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from briefings.importers import import_briefing

from ..browser import serious_violations, signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
PHONE = (390, 844)
ACTIONS = ".factdesk-article li button.button, .factdesk-article li details.correction summary"


@pytest.fixture
def briefing_url(live_server, sample_bytes):
    ensure_demo_users()
    briefing = import_briefing(sample_bytes, slug="peace").briefing
    return live_server.url + reverse("admin:briefings_briefing_change", args=[briefing.pk])


@pytest.fixture
def phone(chromium, live_server, briefing_url):
    page = signed_in_page(chromium, live_server, "editor", viewport=PHONE)
    page.goto(briefing_url)
    yield page
    page.context.close()


def test_nothing_on_the_briefing_page_scrolls_sideways_at_390_px(phone):
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    assert serious_violations(phone) == []


def test_a_statements_text_takes_most_of_the_width_at_390_px(phone):
    widths = phone.locator(".factdesk-article li .text").evaluate_all(
        "texts => texts.map(t => t.getBoundingClientRect().width)"
    )
    assert min(widths) > 0.7 * PHONE[0]


def test_every_statement_action_is_inside_the_screen_and_finger_sized_at_390_px(phone):
    boxes = phone.locator(ACTIONS).evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.height]; })"
    )
    assert len(boxes) > 40
    assert all(left >= 0 and right <= PHONE[0] for left, right, _ in boxes)
    assert min(height for _, _, height in boxes) >= 40


def test_a_split_opened_at_390_px_fits_and_its_button_is_reachable(phone):
    row = phone.locator(".factdesk-article li").nth(2)
    row.locator("details.correction summary").click()
    split = row.get_by_role("button", name="Split statement 3")
    split.scroll_into_view_if_needed()
    assert split.is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    assert serious_violations(phone) == []


def test_at_the_desks_width_a_statement_keeps_its_one_row(chromium, live_server, briefing_url):
    page = signed_in_page(chromium, live_server, "editor", viewport=(1280, 900))
    page.goto(briefing_url)
    row = page.locator(".factdesk-article li").first
    text_top, button_top = (
        row.locator(selector).evaluate("e => e.getBoundingClientRect().top")
        for selector in (".text", ":scope > button")
    )
    assert abs(text_top - button_top) < 10
    page.context.close()
