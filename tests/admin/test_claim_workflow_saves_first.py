"""A workflow button on the claim's change form saves what was typed first, then acts; when the
save fails it acts not at all and shows the form again with the typing kept (issue 16, item 1)."""

from django.contrib.messages import get_messages
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, Evidence, Rating

from ..factories import make_claim, make_source, make_submitted_claim, stored_state
from ..signing_in import login_page_for
from .test_claim_change import change_url, form_data

S = Claim.Status
REFUSAL = "Before submitting, add"


def accurate():
    return Rating.objects.get(slug="accurate").pk


def with_button(data, action, **inputs):
    return {**data, "_workflow": action, **inputs}


def test_it_saves_the_typed_rating_and_rationale_then_submits(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    Evidence.objects.create(claim=claim, source=make_source(), stance=Evidence.Stance.SUPPORTS)
    client.force_login(checker)
    typed = form_data(claim, rating=accurate(), rationale="The figures show 140 ships.")
    response = client.post(change_url(claim), with_button(typed, "submit"), follow=True)
    claim.refresh_from_db()
    assert (claim.status, claim.rationale, claim.rating_id) == (
        S.IN_REVIEW,
        "The figures show 140 ships.",
        accurate(),
    )
    assert claim.submitted_by == checker
    assert "Submitted “The port handled 140 ships last week.” for review." in response.text


def test_it_keeps_the_saved_rating_and_rationale_when_submitting_is_refused(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(checker)
    typed = form_data(claim, rating=accurate(), rationale="The figures show 140 ships.")
    response = client.post(change_url(claim), with_button(typed, "submit"), follow=True)
    assert "Before submitting, add at least one piece of evidence." in response.text
    assert "The figures show 140 ships." in response.text
    claim.refresh_from_db()
    assert (claim.status, claim.rationale, claim.rating_id) == (
        S.IN_PROGRESS,
        "The figures show 140 ships.",
        accurate(),
    )


def test_it_neither_saves_nor_acts_on_a_stale_form_and_shows_the_typing_again(client, checker, editor):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    stale = form_data(claim, rationale="The checker's new wording.")
    claim.claimant = "The mayor"
    services.save_claim(claim=claim, user=editor, opened_version=claim.version)
    client.force_login(checker)
    response = client.post(change_url(claim), with_button(stale, "submit"))
    assert response.status_code == 200
    assert "The checker&#x27;s new wording." in response.text
    assert "editor changed this claim" in response.text
    assert "Nothing was done" in response.text
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (S.IN_PROGRESS, 2)
    assert claim.rationale != "The checker's new wording."


def test_it_does_not_act_when_the_form_does_not_validate(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    typed = form_data(claim, text="", rationale="Kept while the text is fixed.")
    response = client.post(change_url(claim), with_button(typed, "submit"))
    assert response.status_code == 200
    assert "Kept while the text is fixed." in response.text
    assert stored_state(claim)[0] == S.IN_PROGRESS


def test_an_unchanged_form_just_acts(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    response = client.post(change_url(claim), with_button(form_data(claim), "submit"), follow=True)
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (S.IN_REVIEW, 2)
    assert "Saved your changes" not in response.text


def test_its_saved_message_ends_a_quoted_claim_with_one_stop(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    typed = form_data(claim, rationale="The figures show 140 ships.")
    response = client.post(change_url(claim), with_button(typed, "submit"))
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert "Saved your changes to “The port handled 140 ships last week.”" in said


def test_it_sends_the_action_comment_with_the_form(client, checker, editor):
    claim = make_submitted_claim(checker)
    client.force_login(editor)
    data = with_button(
        form_data(claim), "request_changes", **{"workflow-request_changes-comment": "Cite the log."}
    )
    client.post(change_url(claim), data)
    claim.refresh_from_db()
    assert claim.status == S.CHANGES_REQUESTED
    assert claim.events.first().comment == "Cite the log."


def test_a_person_who_may_not_edit_acts_without_saving(client, checker, editor):
    claim = make_claim(S.NEW)
    other = make_claim(S.IN_PROGRESS, assignee=editor, statement=claim.statement)
    client.force_login(checker)
    data = {"_workflow": "take", "workflow_version": other.version, "rationale": "Not mine to write."}
    client.post(change_url(other), data)
    other.refresh_from_db()
    assert (other.assignee, other.rationale) == (editor, "")


def test_it_refuses_a_checker_an_approve_button(client, checker):
    claim = make_submitted_claim(checker)
    client.force_login(checker)
    response = client.post(change_url(claim), with_button(form_data(claim), "approve"), follow=True)
    assert "You may not approve claims" in response.text
    assert stored_state(claim)[0] == S.IN_REVIEW


def test_it_refuses_an_unknown_button(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    response = client.post(change_url(claim), with_button(form_data(claim), "explode"))
    assert response.status_code == 403
    assert stored_state(claim)[0] == S.IN_PROGRESS


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    claim = make_claim(S.NEW)
    client.force_login(staff_member)
    response = client.post(change_url(claim), {"_workflow": "take", "workflow_version": claim.version})
    assert response.status_code == 403
    assert stored_state(claim)[0] == S.NEW


def test_it_sends_anonymous_to_login(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    url = change_url(claim)
    response = client.post(url, with_button(form_data(claim), "submit"), follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(url)
    assert stored_state(claim)[0] == S.IN_PROGRESS


def test_the_page_offers_the_buttons_as_part_of_the_change_form(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    page = client.get(change_url(claim)).text
    assert 'form="claim_form" class="button default" name="_workflow" value="submit"' in page
    assert reverse("admin:factcheck_claim_workflow", args=[claim.pk, "submit"]) not in page
