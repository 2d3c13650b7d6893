"""An editor withdraws one published verdict from its desk page: the consequence is said beside
the button before the click, the reason is asked for, and a reader then finds the 410 page with
that reason; axe-core on each page at both widths."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from factcheck.models import Claim

from ..browser import audit_at_both_widths, sign_in
from ..factories import make_published_briefing

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
REASON = "The figure it checked came from a report the agency has since retracted."


def test_an_editor_withdraws_a_verdict_and_a_reader_finds_why(page, live_server, chromium):
    users = ensure_demo_users()
    _, claim = make_published_briefing(users["checker"], users["editor"])
    sign_in(page, live_server, "editor")
    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))

    button = page.get_by_role("button", name="Withdraw verdict…")
    assert page.locator(f"#{button.get_attribute('aria-describedby')}").inner_text()
    audit_at_both_widths(page)
    page.get_by_label("Why the verdict is withdrawn (printed on its page)").fill(REASON)
    button.click()
    page.wait_for_load_state()
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.WITHDRAWN

    context = chromium.new_context(viewport={"width": 1280, "height": 900})  # a reader: no session
    reader = context.new_page()
    answer = reader.goto(live_server.url + claim.get_absolute_url())
    assert answer.status == 410
    assert REASON in reader.locator("main").inner_text()
    audit_at_both_widths(reader)
    context.close()
