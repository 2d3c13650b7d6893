"""A workflow button on the claim's desk page (POST .../workflow/<action>/): the service decides
who may, and the page offers only what the service would allow."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, Rating

from ..factories import make_claim, make_submitted_claim, make_user, stored_state
from ..signing_in import login_page_for

S = Claim.Status


@pytest.fixture
def admin_user(db):
    return make_user("admin", superuser=True)


def opened(claim):
    """What every workflow button sends: the version of the claim its page showed."""
    return {"opened_version": claim.version}


def workflow_url(claim, action):
    return reverse("admin:factcheck_claim_workflow", args=[claim.pk, action])


def change_url(claim):
    return reverse("admin:factcheck_claim_change", args=[claim.pk])


def test_it_approves_for_another_editor(client, checker, editor):
    claim = make_submitted_claim(checker)
    client.force_login(editor)
    client.post(workflow_url(claim, "approve"), opened(claim))
    claim.refresh_from_db()
    assert claim.status == S.APPROVED
    assert claim.reviewed_by == editor


def test_it_refuses_to_let_anyone_approve_their_own_check(client, admin_user):
    claim = make_submitted_claim(admin_user)
    client.force_login(admin_user)
    response = client.post(workflow_url(claim, "approve"), opened(claim), follow=True)
    assert "nobody approves a check they submitted or revised" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_it_refuses_a_checker(client, checker):
    claim = make_submitted_claim(make_user("other", "Checker"))
    client.force_login(checker)
    response = client.post(workflow_url(claim, "approve"), opened(claim), follow=True)
    assert "You may not approve claims: that needs the Editor role." in response.text
    assert stored_state(claim) == (S.IN_REVIEW, 1, 0)


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    claim = make_claim(S.NEW)
    client.force_login(staff_member)
    client.post(workflow_url(claim, "take"), opened(claim))
    claim.refresh_from_db()
    assert (claim.status, claim.assignee, claim.version) == (S.NEW, None, 1)


def test_it_refuses_get(client, editor, checker):
    claim = make_submitted_claim(checker)
    client.force_login(editor)
    assert client.get(workflow_url(claim, "approve")).status_code == 405
    assert stored_state(claim) == (S.IN_REVIEW, 1, 0)


def test_it_redirects_anonymous_to_login(client, checker):
    claim = make_submitted_claim(checker)
    url = workflow_url(claim, "approve")
    response = client.post(url, follow=True)
    assert response.redirect_chain[0][1] == 302
    assert response.redirect_chain[-1][0] == login_page_for(url)
    assert stored_state(claim) == (S.IN_REVIEW, 1, 0)


def test_it_refuses_an_unknown_action(client, editor, checker):
    claim = make_submitted_claim(checker)
    client.force_login(editor)
    assert client.post(workflow_url(claim, "explode")).status_code == 403


def test_it_refuses_request_changes_without_a_comment(client, editor, checker):
    claim = make_submitted_claim(checker)
    client.force_login(editor)
    response = client.post(
        workflow_url(claim, "request_changes"), {"comment": "  ", **opened(claim)}, follow=True
    )
    assert "needs a comment" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_it_refuses_a_button_on_a_stale_page(client, checker, editor):
    claim = services.take_action(
        claim=make_claim(S.IN_PROGRESS, assignee=checker, checked=True), action="submit", user=checker
    )
    opened = claim.version
    claim.rating = Rating.objects.get(slug="false")
    services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    client.force_login(editor)
    response = client.post(workflow_url(claim, "approve"), {"opened_version": opened}, follow=True)
    assert "changed this claim" in response.text
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


# The buttons the claim's page offers


def test_the_submitter_is_offered_no_approve_button(client, admin_user):
    claim = make_submitted_claim(admin_user)
    client.force_login(admin_user)
    page = client.get(change_url(claim)).content.decode()
    assert 'name="_workflow" value="approve"' not in page
    assert 'name="_workflow" value="dismiss"' in page


def test_the_submit_button_says_what_is_still_needed(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, rationale="Figures from the port.")
    client.force_login(checker)
    response = client.get(change_url(claim))
    assert "Still needed: a rating, at least one piece of evidence." in response.text


def test_the_submit_button_says_nothing_is_needed_for_a_complete_check(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    response = client.get(change_url(claim))
    assert 'value="submit"' in response.text
    assert "Still needed" not in response.text


def test_it_refuses_a_post_that_does_not_say_which_version_it_saw(client, editor, checker):
    claim = make_submitted_claim(checker)
    client.force_login(editor)
    response = client.post(workflow_url(claim, "approve"), follow=True)
    assert "did not say which version of the claim you opened" in response.text
    assert stored_state(claim) == (S.IN_REVIEW, 1, 0)
