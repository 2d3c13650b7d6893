"""A claim's desk page leads back to its statement on the briefing's desk page (the way back
from a claim to the article it came from, for whoever may open the claim)."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_user


def test_the_claims_page_links_to_its_statement_on_the_briefings_desk_page(client, editor):
    claim = make_claim(Claim.Status.NEW)
    client.force_login(editor)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    desk = reverse("admin:briefings_briefing_change", args=[claim.statement.briefing_id])
    statement = claim.statement
    assert f'<a href="{desk}#{statement.anchor}">Statement {statement.position} on the desk page of' in page


def test_a_checker_reading_a_claim_they_may_not_edit_has_the_way_back_too(client, checker):
    claim = make_claim(Claim.Status.IN_REVIEW, assignee=make_user("checker2", "Checker"), checked=True)
    client.force_login(checker)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    assert "on the desk page of" in page
