"""The claim's desk page as a checker and a reviewing editor use it: the editor's checklist beside
Submit before submitting, a jump to the verdict for the reviewer, and a wording box that holds a
long sentence; axe-core checks each page at desk and phone widths."""

import datetime
import re

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from factcheck.models import Claim

from ..browser import audit_at_both_widths, sign_in
from ..factories import make_claim, make_submitted_claim

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
S = Claim.Status


def open_claim(page, live_server, claim, username):
    sign_in(page, live_server, username)
    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))


def test_a_checker_sees_the_editors_checklist_beside_submit_before_submitting(page, live_server):
    users = ensure_demo_users()
    claim = make_claim(S.IN_PROGRESS, assignee=users["checker"], checked=True)
    Claim.objects.filter(pk=claim.pk).update(rationale="140 ships.")
    open_claim(page, live_server, claim, "checker")

    submit = page.get_by_role("button", name="Submit for review")
    line = page.locator(".workflow-action").filter(has=submit).locator("#submit-checklist")
    assert "1 of 5 not met yet (a rationale long enough to follow)" in line.inner_text()
    audit_at_both_widths(page)
    line.get_by_role("link", name="What each needs").click()
    page.wait_for_url("**#checklist-heading")
    assert page.get_by_text("needs a rationale of at least 100 characters (it has 10)").is_visible()


def test_a_reviewing_editor_jumps_to_the_verdict_and_tabs_on_to_the_rating(page, live_server):
    users = ensure_demo_users()
    claim = make_submitted_claim(users["checker"])
    open_claim(page, live_server, claim, "editor")

    audit_at_both_widths(page)
    page.get_by_role("navigation", name="Jump to the verdict").get_by_role("link", name="the verdict").click()
    page.wait_for_url("**#fieldset-0-1-heading")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_rating"


def test_a_reviewing_editor_jumps_to_the_evidence_and_tabs_on_into_it(page, live_server):
    users = ensure_demo_users()
    claim = make_submitted_claim(users["checker"])
    open_claim(page, live_server, claim, "editor")

    page.get_by_role("link", name="the evidence (1)").click()
    page.wait_for_url("**#evidence-heading")
    # Scrolled to the top edge, a heading may sit a fraction of a pixel above it (-0.48 px).
    in_view = "h => h.getBoundingClientRect().top > -1 && h.getBoundingClientRect().bottom <= innerHeight"
    assert page.locator("#evidence-heading").evaluate(in_view)
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('#evidence-group .form-row')")


LONG = (
    "On 11 March 2025, after talks in Jeddah, Ukraine said it would accept a 30-day ceasefire proposed "
    "by the United States, on condition that Russia did the same, and Washington resumed intelligence "
    "sharing and military aid that it had paused a week earlier."
)
SCROLLS = "t => t.scrollHeight > t.clientHeight"


@pytest.mark.parametrize("width", [1280, 390])
def test_a_long_claim_sentence_fits_the_wording_box_without_scrolling(page, live_server, width):
    users = ensure_demo_users()
    claim = make_claim(S.IN_PROGRESS, assignee=users["checker"])
    page.set_viewport_size({"width": width, "height": 900})
    open_claim(page, live_server, claim, "checker")

    wording = page.get_by_label("Claim:")
    wording.fill(LONG)
    assert not wording.evaluate(SCROLLS)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    audit_at_both_widths(page)


DRAWN = "b => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color, getComputedStyle(b).borderTopColor]"


def test_a_reviewing_editor_sees_dismiss_drawn_apart_from_request_changes(page, live_server):
    users = ensure_demo_users()
    claim = make_submitted_claim(users["checker"])
    open_claim(page, live_server, claim, "editor")

    box = page.get_by_role("region", name=re.compile("^Workflow"))
    dismiss = box.get_by_role("button", name="Dismiss")
    request_changes = box.get_by_role("button", name="Request changes")
    assert dismiss.evaluate(DRAWN) != request_changes.evaluate(DRAWN)
    assert dismiss.bounding_box()["x"] > request_changes.bounding_box()["x"]
    audit_at_both_widths(page)


def test_an_editor_sets_a_due_date_in_the_same_widget_in_the_assign_box_and_the_workflow_section(
    page, live_server
):
    users = ensure_demo_users()
    claim = make_claim(S.IN_PROGRESS, assignee=users["checker"], due_on=datetime.date(2026, 12, 9))
    open_claim(page, live_server, claim, "editor")

    assign_due = page.locator(".workflow-actions").get_by_label("Due date")
    workflow_due = page.locator("#id_due_on")
    assert workflow_due.input_value() == "09/12/2026"
    for due in (assign_due, workflow_due):
        shortcuts = due.locator("xpath=following-sibling::span[contains(@class, 'datetimeshortcuts')]")
        assert shortcuts.get_by_role("link", name="Today").is_visible()
    assign_due.locator("xpath=following-sibling::span[1]").get_by_role("link", name="Today").click()
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", assign_due.input_value())
    audit_at_both_widths(page)
