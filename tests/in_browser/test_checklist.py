"""The pre-publication checklist as an editor meets it on a claim's desk page: Publish refused
with what is missing, the checklist beside the buttons, an override with a reason, then Publish
goes through; axe-core checks the page at desk and phone widths."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from factcheck.models import Claim

from ..browser import audit_at_both_widths, sign_in
from ..factories import make_unready_claim

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_an_editor_overrides_what_is_missing_then_publishes(page, live_server):
    users = ensure_demo_users()
    claim = make_unready_claim(users["checker"])
    Claim.objects.filter(pk=claim.pk).update(reply_status="not_applicable")
    sign_in(page, live_server)
    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))

    page.get_by_role("heading", name="Before publishing").wait_for()
    assert page.get_by_text("needs a rationale of at least 100 characters (it has 10)").is_visible()
    audit_at_both_widths(page)

    page.get_by_role("button", name="Publish", exact=True).click()
    page.get_by_text("This verdict cannot be published yet: it needs a rationale of at least 100").wait_for()

    page.get_by_label("Override for the next publication").select_option("rationale")
    page.get_by_label("Why it may go out without it").fill("The ruling is one line by design.")
    page.get_by_role("button", name="Override").click()
    page.get_by_text("Overridden for the next publication: A rationale long enough to follow.").wait_for()
    assert page.locator(".checklist-overridden").get_by_text("The ruling is one line by design.").is_visible()
    audit_at_both_widths(page)

    page.get_by_role("button", name="Publish", exact=True).click()
    page.get_by_text("Published").first.wait_for()
    claim.refresh_from_db()
    assert claim.live_version.checklist["rationale"]["state"] == "overridden"
