"""An editor imports a revision of a published article on the desk, compares it and confirms the
claim whose sentence was reworded, as a person would; axe-core checks each page."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from briefings.importers import import_briefing
from factcheck.models import Claim

from ..browser import serious_violations, sign_in
from ..factories import make_claim
from ..revisions.conftest import SAMPLE, revised, statement_with

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@pytest.fixture
def published():
    users = ensure_demo_users()
    briefing = import_briefing(SAMPLE, slug="peace").briefing
    claim = make_claim(
        Claim.Status.PUBLISHED,
        statement=statement_with(briefing, "proposed 30-day ceasefire"),
        checked=True,
        submitted_by=users["checker"],
    )
    briefing.status = briefing.Status.PUBLISHED
    briefing.save()
    return briefing, claim


def test_an_editor_revises_compares_and_confirms(page, live_server, published):
    briefing, claim = published
    sign_in(page, live_server)
    page.goto(live_server.url + reverse("admin:briefings_briefing_change", args=[briefing.pk]))
    page.get_by_role("link", name="Import a new revision").click()
    page.wait_for_url("**" + reverse("admin:briefings_briefing_revise", args=[briefing.pk]))
    assert serious_violations(page) == []
    page.get_by_label("Or paste the article").fill(revised("number"))
    page.get_by_role("button", name="Import revision").click()
    page.get_by_text("Imported revision 2 of").wait_for()
    page.get_by_text("Claims to check after a revision (1)").wait_for()
    assert serious_violations(page) == []

    page.get_by_role("button", name="Compare").click()
    assert page.locator("del", has_text="30").count() >= 1
    assert page.locator("ins", has_text="45").count() >= 1
    assert serious_violations(page) == []

    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))
    # The claim form's own evidence widgets have known findings (the desk's issue); this checks ours.
    assert serious_violations(page, context=".anchor-notice") == []
    page.get_by_role("button", name="Confirm: the verdict holds for the new wording").click()
    page.get_by_text("Confirmed: the verdict holds for the new wording.").wait_for()
    assert Claim.objects.get(pk=claim.pk).anchor == "exact"
