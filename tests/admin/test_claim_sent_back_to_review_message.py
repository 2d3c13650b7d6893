"""An edit that sends an approved or published verdict back to review says so on the page, so an
editor who fills in the checklist and clicks Publish learns why it was not published and who
approves it now."""

from factcheck.models import Claim

from ..factories import make_claim
from .test_claim_change import change_url, form_data

S = Claim.Status
SENT_BACK = "back to review: changes to the verdict"


def approved_claim(checker, editor):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    Claim.objects.filter(pk=claim.pk).update(reviewed_by=editor, reply_status="")
    claim.refresh_from_db()
    return claim


def test_publish_after_answering_the_right_of_reply_says_the_edit_sent_it_back_to_review(
    client, checker, editor
):
    claim = approved_claim(checker, editor)
    client.force_login(editor)
    typed = {**form_data(claim, reply_status=Claim.ReplyStatus.NOT_APPLICABLE), "_workflow": "publish"}
    response = client.post(change_url(claim), typed, follow=True)
    assert SENT_BACK in response.text


def test_a_plain_save_that_changes_an_approved_verdict_says_it_went_back_to_review(client, checker, editor):
    claim = approved_claim(checker, editor)
    client.force_login(editor)
    response = client.post(change_url(claim), form_data(claim, rationale="A new rationale."), follow=True)
    assert SENT_BACK in response.text


def test_a_save_that_changes_nothing_reviewed_says_nothing_about_review(client, checker, editor):
    claim = approved_claim(checker, editor)
    client.force_login(editor)
    response = client.post(change_url(claim), form_data(claim, check_worthiness=12), follow=True)
    assert SENT_BACK not in response.text


def test_an_edit_to_a_claim_in_progress_says_nothing_about_review(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(checker)
    response = client.post(change_url(claim), form_data(claim, rationale="Draft."), follow=True)
    assert SENT_BACK not in response.text


def test_the_message_names_who_approves_it_now():
    from factcheck.admin.outcomes import sent_back_to_review

    claim = Claim(text="The port handled 140 ships last week.")
    assert "Another editor, who did not change it, approves it" in sent_back_to_review(claim)
