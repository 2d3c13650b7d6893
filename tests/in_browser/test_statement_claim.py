"""A checker clicks "+ Claim" on the briefing's desk page, as a person would: the new claim's
page says what was made and links back to the statement; a refusal is said on the briefing's
page. axe-core reads both at a desktop's and a phone's width."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from briefings.importers import import_briefing
from briefings.models import Statement
from factcheck.models import Claim

from ..browser import audit_at_both_widths, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

ARTICLE = "A short article\nThe port handled 140 ships last week. Officials expect more.\n"


def open_the_desk(page, live_server):
    ensure_demo_users()
    briefing = import_briefing(ARTICLE).briefing
    sign_in(page, live_server, "checker")
    page.goto(live_server.url + reverse("admin:briefings_briefing_change", args=[briefing.pk]))
    return briefing


def test_a_checker_is_told_which_claim_was_made_and_finds_the_way_back(page, live_server):
    briefing = open_the_desk(page, live_server)
    page.get_by_role("button", name="Make a claim from statement 1", exact=True).click()
    page.wait_for_url("**/admin/factcheck/claim/*/change/")
    said = page.locator(".messagelist").inner_text()
    assert said == (
        "Made a claim from statement 1 of “A short article”: “The port handled 140 ships last week.”"
        " It is yours: you are on it now."
    )
    assert page.get_by_text("Workflow · In progress").is_visible()
    audit_at_both_widths(page)
    page.locator(".messagelist").get_by_role("link", name="statement 1 of “A short article”").click()
    page.wait_for_url(f"**/admin/briefings/briefing/{briefing.pk}/change/#s-1")
    assert page.locator("#s-1 .claim-chip").count() == 1


def test_the_keyboard_goes_on_from_what_the_desk_said(page, live_server):
    open_the_desk(page, live_server)
    page.get_by_role("button", name="Make a claim from statement 1", exact=True).click()
    page.wait_for_url("**/admin/factcheck/claim/*/change/")
    assert page.evaluate("document.activeElement.classList.contains('messagelist')")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "statement 1 of “A short article”"


def test_a_keyboard_skips_past_the_briefings_fields_to_the_statements(page, live_server):
    open_the_desk(page, live_server)
    page.get_by_role("link", name="Skip to the statements").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "statements"
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('statements').contains(document.activeElement)")
    audit_at_both_widths(page)


def test_a_checker_is_told_why_no_claim_was_made(page, live_server):
    """Another editor hid the statement while the page was open."""
    briefing = open_the_desk(page, live_server)
    Statement.objects.filter(briefing=briefing, position=1).update(hidden=True)
    page.get_by_role("button", name="Make a claim from statement 1", exact=True).click()
    page.wait_for_url(f"**/admin/briefings/briefing/{briefing.pk}/change/#s-1")
    assert page.locator(".messagelist").inner_text().startswith("No claim made: Statement 1 is hidden")
    audit_at_both_widths(page)
    assert not Claim.objects.exists()
