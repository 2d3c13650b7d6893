"""A checker adds evidence citing a page that is already a source: the add-source popup names it
and one click selects it in the evidence row; axe-core checks the popup."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from briefings.demo import ensure_demo_users

from ..browser import serious_violations, sign_in
from ..factories import make_claim, make_source

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_a_checker_uses_the_source_already_on_the_desk_from_the_popup(page, live_server):
    users = ensure_demo_users()
    claim = make_claim(assignee=users["checker"], status="in_progress")
    report = make_source("https://port.example.org/report-2023", "Port authority annual report 2023")
    sign_in(page, live_server, "checker")
    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))
    with page.expect_popup() as opened:
        page.locator("#add_id_evidence-0-source").click()
    popup = opened.value
    popup.get_by_label("Web address").fill("port.example.org/report-2023")
    popup.get_by_label("Title").fill("Port report")
    popup.get_by_role("button", name="Save").click()
    popup.get_by_text("This page is already a source:").first.wait_for()
    assert serious_violations(popup) == []

    popup.get_by_role("button", name="Use this source for the evidence").click()
    # Playwright's `expect` polls without eval, which the desk's CSP refuses (wait_for_function
    # with a string failed whenever the popup had not answered yet).
    expect(page.locator("#id_evidence-0-source")).to_have_value(str(report.pk))
