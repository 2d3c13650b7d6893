"""Withdraw verdict… on the claim's desk page (POST .../workflow/withdraw/): editors only, with the
public reason, the consequence said before clicking."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim

from ..factories import make_public_claim, make_user, stored_state
from ..signing_in import login_page_for

S = Claim.Status
pytestmark = pytest.mark.django_db
REASON = {"comment": "The figures were misread."}


def withdraw_url(claim):
    return reverse("admin:factcheck_claim_workflow", args=[claim.pk, "withdraw"])


def opened(claim):
    return {"opened_version": claim.version, **REASON}


def test_an_editor_withdraws_the_verdict(client, editor):
    claim = make_public_claim()
    client.force_login(editor)
    client.post(withdraw_url(claim), opened(claim))
    claim.refresh_from_db()
    assert (claim.status, claim.live_version_id) == (S.WITHDRAWN, None)
    assert claim.withdrawal_reason == REASON["comment"]


def test_it_says_what_became_of_the_verdict(client, editor):
    claim = make_public_claim()
    client.force_login(editor)
    response = client.post(withdraw_url(claim), opened(claim), follow=True)
    assert "its page now answers 410 Gone" in response.text


def test_it_refuses_a_checker(client, checker):
    claim = make_public_claim()
    before = stored_state(claim)
    client.force_login(checker)
    response = client.post(withdraw_url(claim), opened(claim), follow=True)
    assert "needs the Editor role" in response.text
    assert stored_state(claim) == before


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    claim = make_public_claim()
    before = stored_state(claim)
    client.force_login(staff_member)
    client.post(withdraw_url(claim), opened(claim))
    assert stored_state(claim) == before


def test_it_refuses_get(client, editor):
    claim = make_public_claim()
    client.force_login(editor)
    assert client.get(withdraw_url(claim)).status_code == 405
    assert stored_state(claim)[0] == S.PUBLISHED


def test_it_redirects_anonymous_to_login(client):
    claim = make_public_claim()
    url = withdraw_url(claim)
    response = client.post(url, opened(claim), follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(url)
    assert stored_state(claim)[0] == S.PUBLISHED


def test_it_refuses_without_a_reason(client, editor):
    claim = make_public_claim()
    client.force_login(editor)
    response = client.post(withdraw_url(claim), {**opened(claim), "comment": " "}, follow=True)
    assert "needs a comment" in response.text
    assert stored_state(claim)[0] == S.PUBLISHED


def test_the_page_offers_it_to_an_editor_with_its_consequence(client, editor):
    client.force_login(editor)
    page = client.get(reverse("admin:factcheck_claim_change", args=[make_public_claim().pk])).text
    assert 'name="_workflow" value="withdraw"' in page
    assert 'aria-describedby="consequence-withdraw"' in page
    assert "answers 410 Gone with the date and your reason" in page


def test_the_page_does_not_offer_it_to_a_checker(client):
    checker = make_user("checker", "Checker")
    claim = make_public_claim(assignee=checker)
    client.force_login(checker)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    assert 'value="withdraw"' not in page


def test_a_withdrawn_claims_page_offers_reconsider_and_tells_its_history(client, editor):
    claim = services.withdraw_claim(claim=make_public_claim(), user=editor, reason="Misread figures.")
    client.force_login(editor)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    assert 'name="_workflow" value="reconsider"' in page
    assert 'value="withdraw"' not in page
    assert "Withdrew the published verdict" in page
    assert "Misread figures." in page
