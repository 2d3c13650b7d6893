"""A checker links an earlier check suggested beside their claim, and unlinks it, by clicking;
the panel passes axe-core."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from factcheck.models import Claim, PreviousCheck

from ..browser import serious_violations, signed_in_page
from ..factories import make_claim, make_public_claim, make_statement

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

EARLIER = "Russia invaded Ukraine on February 24, 2022."


@pytest.fixture
def claims():
    users = ensure_demo_users()
    earlier = make_public_claim(text=EARLIER, statement=make_statement(f"Archive\n\n{EARLIER}"))
    claim = make_claim(
        Claim.Status.IN_PROGRESS,
        text="When did Russia begin its full-scale invasion of Ukraine?",
        assignee=users["checker"],
    )
    return claim, earlier


def test_a_checker_links_and_unlinks_an_earlier_check(chromium, live_server, claims):
    claim, earlier = claims
    page = signed_in_page(chromium, live_server, "checker")
    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))

    page.get_by_role("button", name="Link as previously checked").click()
    page.locator(".messagelist").get_by_text("as previously checked.").wait_for()

    assert PreviousCheck.objects.filter(claim=claim, earlier=earlier).exists()
    assert page.get_by_text("Linked as previously checked").is_visible()
    assert serious_violations(page, context=".field-checked_before") == []

    page.get_by_role("button", name="Unlink").click()
    page.locator(".messagelist").get_by_text("no longer listed as previously checked").wait_for()
    assert not PreviousCheck.objects.exists()
    page.context.close()
