"""What an editor trips over on the desk, found walking the editor's day (desk7): each field named
once for a screen reader; axe-core on each page at both widths."""

import re

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from factcheck import services
from factcheck.models import Claim

from ..browser import audit_at_both_widths, sign_in
from ..factories import make_claim, make_published_briefing

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
S = Claim.Status


def test_an_editors_claim_page_names_its_two_due_dates_apart(page, live_server):
    users = ensure_demo_users()
    claim = make_claim(S.IN_PROGRESS, assignee=users["checker"])
    sign_in(page, live_server, "editor")
    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))

    assert (
        page.get_by_label("Due date with this assignment").get_attribute("name") == "workflow-assign-due_on"
    )
    assert page.get_by_label(re.compile(r"^Due date:?$")).get_attribute("name") == "due_on"
    audit_at_both_widths(page)


def test_a_refused_publication_says_why_and_leads_back_to_the_briefing(page, live_server):
    users = ensure_demo_users()
    briefing, _ = make_published_briefing(users["checker"], users["editor"])
    sign_in(page, live_server, "editor")
    page.goto(live_server.url + reverse("admin:briefings_briefing_publish", args=[briefing.pk]))

    assert page.get_by_role("heading", name="Not allowed").is_visible()
    audit_at_both_widths(page)
    page.get_by_role("link", name="the briefing’s desk page").click()
    page.wait_for_url(f"**/briefing/{briefing.pk}/change/")


def test_a_withdrawn_briefing_says_its_verdicts_return_when_published_again(page, live_server):
    users = ensure_demo_users()
    briefing, _ = make_published_briefing(users["checker"], users["editor"])
    services.withdraw_briefing(briefing=briefing, user=users["editor"], reason="Legal review.")
    sign_in(page, live_server, "editor")
    page.goto(live_server.url + reverse("admin:briefings_briefing_change", args=[briefing.pk]))

    assert page.get_by_role("button", name="Publish briefing again: 1 verdict returns…").is_visible()
    assert "Legal review. Readers see" in page.locator(".revision-notice").inner_text()
    audit_at_both_widths(page)


def test_my_desk_lists_an_editor_the_approved_verdicts_to_publish(page, live_server):
    users = ensure_demo_users()
    claim = make_claim(
        S.APPROVED, assignee=users["checker"], submitted_by=users["checker"], text="Ready claim."
    )
    sign_in(page, live_server, "editor")

    panel = page.get_by_role("region", name="Approved, waiting to be published (1)")
    panel.get_by_role("link", name="Ready claim.").click()
    page.wait_for_url(f"**/claim/{claim.pk}/change/")
    assert page.get_by_role("button", name="Publish", exact=True).is_visible()
    page.goto(live_server.url + reverse("admin:index"))
    audit_at_both_widths(page)
