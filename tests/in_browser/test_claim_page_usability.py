"""The claim's desk page as a checker and a reviewing editor use it: the editor's checklist beside
Submit before submitting, a jump to the verdict for the reviewer, and a wording box that holds a
long sentence; axe-core checks each page at desk and phone widths."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from factcheck.models import Claim

from ..browser import audit_at_both_widths, sign_in
from ..factories import make_claim

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
