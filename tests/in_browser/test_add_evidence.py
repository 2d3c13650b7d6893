"""The claim page's evidence rows: a checker adds one with "Add evidence" (Django's inline said
"Add another Evidence")."""

import pytest
from django.urls import reverse

from ..browser import claim_taken_by_the_checker, serious_violations, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
ROWS = "#evidence-group tbody tr.form-row:not(.empty-form)"


@pytest.fixture
def claim(sample_bytes):
    return claim_taken_by_the_checker(sample_bytes)


def test_a_checker_adds_a_row_of_evidence_with_add_evidence(page, live_server, claim):
    sign_in(page, live_server, "checker")
    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))
    before = page.locator(ROWS).count()
    page.locator("#evidence-group").get_by_text("Add evidence", exact=True).click()
    page.locator(ROWS).nth(before).wait_for()
    assert page.locator(ROWS).count() == before + 1
    assert serious_violations(page, "#evidence-group") == []
