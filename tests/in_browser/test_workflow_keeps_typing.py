"""A checker types a rating and rationale and clicks a workflow button without saving first:
the typing is saved and kept, whatever the button's answer (issue 16, item 1)."""

import pytest
from django.urls import reverse

from factcheck.models import Claim

from ..browser import claim_taken_by_the_checker, serious_violations, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

RATIONALE = "The full-scale invasion began on 24 February 2022."


@pytest.fixture
def claim(sample_bytes):
    return claim_taken_by_the_checker(sample_bytes)


def open_as_checker(page, live_server, claim):
    sign_in(page, live_server, "checker")
    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))


def test_submit_for_review_keeps_the_typed_rating_and_rationale(page, live_server, claim):
    open_as_checker(page, live_server, claim)
    assert serious_violations(page, ".workflow-actions") == []
    page.get_by_label("Rating").select_option(label="Accurate")
    page.get_by_label("Rationale").fill(RATIONALE)
    page.get_by_role("button", name="Submit for review", exact=True).click()
    page.get_by_text("Before submitting, add at least one piece of evidence.").wait_for()
    assert page.get_by_label("Rationale").input_value() == RATIONALE
    assert page.get_by_label("Rating").locator("option:checked").inner_text() == "Accurate"
    assert serious_violations(page, ".workflow-actions") == []
    claim.refresh_from_db()
    assert (claim.status, claim.rationale) == (Claim.Status.IN_PROGRESS, RATIONALE)


def test_enter_in_a_field_saves_and_takes_no_workflow_step(page, live_server, claim):
    open_as_checker(page, live_server, claim)
    page.locator("#id_claimant").fill("The minister")
    page.locator("#id_claimant").press("Enter")
    page.get_by_text("was changed successfully").wait_for()
    claim.refresh_from_db()
    assert (claim.status, claim.claimant) == (Claim.Status.IN_PROGRESS, "The minister")


def test_a_second_claim_on_a_statement_is_asked_for_on_a_clean_page(page, live_server, claim):
    open_as_checker(page, live_server, claim)
    page.goto(
        live_server.url + reverse("admin:briefings_briefing_change", args=[claim.statement.briefing_id])
    )
    position = claim.statement.position
    page.get_by_role("button", name=f"Make a claim from statement {position}", exact=True).click()
    page.get_by_role("button", name="Make another claim on this statement").wait_for()
    assert serious_violations(page, "#content") == []
    assert Claim.objects.count() == 1
