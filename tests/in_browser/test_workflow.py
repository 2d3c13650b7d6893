"""The whole review path, clicked through as people do it: a checker takes a claim, adds
evidence and submits; an editor approves and publishes; an anonymous reader sees the verdict."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from briefings.importers import import_briefing
from factcheck import services
from factcheck.models import Claim, Source

from ..browser import signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@pytest.fixture
def desk(sample_bytes):
    users = ensure_demo_users()
    briefing = import_briefing(sample_bytes, slug="peace").briefing
    statement = briefing.statements.get(text__startswith="Despite diplomatic efforts")
    claim = services.make_claim(statement=statement, user=users["editor"])
    claim.text = "Russia invaded Ukraine on February 24, 2022."
    # The checker sharpens the wording: an editor who did would count as its author (two-person rule).
    services.save_claim(claim=claim, user=users["checker"], opened_version=claim.version)
    Source.objects.create(
        url="https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine",
        title="Russian invasion of Ukraine",
        publisher="Wikipedia",
        kind=Source.Kind.REFERENCE,
    )
    return briefing, Claim.objects.get()


SAID = {
    "Take this claim": "You are on “",
    "Submit for review": "Submitted “",
    "Approve": "Approved “",
    "Publish": "Published: “",
}


def click_workflow(page, label):
    page.get_by_role("button", name=label, exact=True).click()
    page.locator(".messagelist").get_by_text(SAID[label]).wait_for()


def test_checker_and_editor_take_a_claim_from_new_to_published(chromium, live_server, desk):
    briefing, claim = desk
    claim_url = live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk])

    checker = signed_in_page(chromium, live_server, "checker")
    checker.goto(claim_url)
    click_workflow(checker, "Take this claim")
    checker.get_by_label("Rating").select_option(label="Accurate")
    checker.get_by_label("Rationale").fill(
        "The full-scale invasion began on 24 February 2022, as the reference page on the invasion records it."
    )
    checker.get_by_label("Claimant not known").check()  # the pre-publication checklist asks (issue 19)
    checker.get_by_label("Right of reply").select_option(label="Not applicable")
    row = checker.locator("#evidence-0")
    row.locator(".select2-selection").click()
    checker.locator(".select2-search__field").fill("invasion")
    checker.locator(".select2-results__option", has_text="Russian invasion of Ukraine").click()
    row.locator("select[name='evidence-0-stance']").select_option("supports")
    row.locator("textarea[name='evidence-0-excerpt']").fill(
        "The full-scale invasion began on 24 February 2022."
    )
    checker.get_by_role("button", name="Save and continue editing").click()
    checker.get_by_text("was changed successfully").wait_for()
    click_workflow(checker, "Submit for review")
    assert checker.get_by_role("button", name="Approve").count() == 0
    checker.context.close()

    editor = signed_in_page(chromium, live_server, "editor")
    editor.goto(claim_url)
    click_workflow(editor, "Approve")
    click_workflow(editor, "Publish")
    editor.goto(live_server.url + reverse("admin:briefings_briefing_change", args=[briefing.pk]))
    editor.get_by_role("button", name="Publish briefing and approved claims").click()
    editor.get_by_role("button", name="Yes, publish the briefing").click()
    editor.get_by_text("The briefing is public with 1 verdict").wait_for()
    editor.context.close()

    reader = chromium.new_context().new_page()
    reader.goto(live_server.url + briefing.get_absolute_url())
    statement = reader.locator("details.statement").filter(has_text="Russia invaded Ukraine on February 24")
    assert "Accurate" in statement.locator("summary").inner_text()
    statement.locator("summary").click()
    assert statement.get_by_text("Russian invasion of Ukraine").is_visible()
    reader.context.close()

    claim.refresh_from_db()
    assert claim.status == Claim.Status.PUBLISHED
    assert [event.action for event in claim.events.order_by("id")] == [
        "created",
        "edited",
        "take",
        "edited",
        "evidence_added",
        "submit",
        "approve",
        "publish",
    ]
