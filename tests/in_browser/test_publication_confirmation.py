"""An editor publishes a briefing and withdraws it on the desk, as a person would: each button
first shows what will change and asks to confirm; axe-core checks both confirmation pages at
desk and phone widths."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from factcheck.models import Claim

from ..browser import audit_at_both_widths, sign_in
from ..factories import make_claim
from ..stores import stores_down

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def on_the_desk_of_a_briefing_to_publish(page, live_server):
    """Signed in as the demo editor, on the desk of a new briefing with one approved claim."""
    users = ensure_demo_users()
    claim = make_claim(Claim.Status.APPROVED, checked=True, submitted_by=users["checker"])
    sign_in(page, live_server)
    page.goto(
        live_server.url + reverse("admin:briefings_briefing_change", args=[claim.statement.briefing_id])
    )
    return claim


def test_an_editor_confirms_before_publishing_and_before_withdrawing(page, live_server):
    claim = on_the_desk_of_a_briefing_to_publish(page, live_server)
    briefing = claim.statement.briefing

    page.get_by_role("button", name="Publish briefing and approved claims").click()
    page.get_by_role("heading", name="Verdicts that go out (1)").wait_for()
    assert page.get_by_role("link", name=claim.text).is_visible()
    audit_at_both_widths(page)
    briefing.refresh_from_db()
    assert briefing.status == "draft"
    page.get_by_role("button", name="Yes, publish the briefing and 1 new verdict").click()
    page.get_by_text("The briefing is public with 1 verdict: 1 new, 0 already published.").wait_for()

    page.get_by_text("Withdraw from the public…").first.click()
    page.get_by_label("Public reason (optional)").fill("A court order.")
    page.get_by_role("button", name="Withdraw from the public").click()
    page.get_by_role("heading", name="Verdicts that come down (1)").wait_for()
    assert page.get_by_label("Public reason (optional)").input_value() == "A court order."
    audit_at_both_widths(page)
    briefing.refresh_from_db()
    assert briefing.status == "published"
    page.get_by_role("button", name="Yes, withdraw the briefing and 1 verdict").click()
    page.get_by_text("it and its 1 verdict are no longer public.").wait_for()
    briefing.refresh_from_db()
    assert (briefing.status, briefing.withdrawal_reason) == ("withdrawn", "A court order.")


def test_an_editor_who_publishes_while_redis_is_down_is_told_nothing_was_saved_and_tries_again(
    page, live_server, settings
):
    briefing = on_the_desk_of_a_briefing_to_publish(page, live_server).statement.briefing
    page.get_by_role("button", name="Publish briefing and approved claims").click()

    with stores_down(settings, "pages"):
        page.get_by_role("button", name="Yes, publish the briefing and 1 new verdict").click()
        page.get_by_role("heading", name="Not saved").wait_for()
        assert page.get_by_text("Nothing was saved").is_visible()
        audit_at_both_widths(page)
    briefing.refresh_from_db()
    assert briefing.status == "draft"

    page.get_by_role("button", name="Try again").click()
    page.get_by_text("The briefing is public with 1 verdict: 1 new, 0 already published.").wait_for()
