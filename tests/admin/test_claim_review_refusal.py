"""On a claim in review, whoever may not review it reads who does where Approve would be; an editor
held back by the two-person rule also reads why, in the service's own refusal. A checker is not
told on every claim that they lack the Editor role. A reviewing editor reads no such line."""

from django.urls import reverse

from factcheck import services
from factcheck.models import Claim

from ..factories import make_claim, make_submitted_claim, make_user

S = Claim.Status
REFUSAL = 'class="review-refusal"'


def change_page(client, user, claim):
    client.force_login(user)
    return client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text


def test_a_second_checker_reads_who_reviews_the_claim(client, checker):
    page = change_page(client, make_user("checker2", "Checker"), make_submitted_claim(checker))
    assert REFUSAL in page
    assert "an editor who neither submitted nor revised this check approves it" in page


def test_a_checker_is_not_told_they_lack_the_editor_role(client, checker):
    page = change_page(client, checker, make_submitted_claim(checker))
    assert "needs the Editor role" not in page


def test_an_editor_who_revised_the_check_reads_the_two_person_rule(client, editor, checker):
    claim = make_submitted_claim(checker)
    claim.rationale += " Checked again against the minutes."
    services.save_claim(claim=claim, user=editor, opened_version=claim.version)
    page = change_page(client, editor, claim)
    assert "You may not approve this claim: nobody approves a check they submitted or revised." in page


def test_the_refusal_stands_before_the_claims_fields(client, checker):
    page = change_page(client, make_user("checker2", "Checker"), make_submitted_claim(checker))
    assert page.index(REFUSAL) < page.index("In context")


def test_a_reviewing_editor_reads_no_refusal(client, editor, checker):
    assert REFUSAL not in change_page(client, editor, make_submitted_claim(checker))


def test_nobody_reads_a_refusal_on_a_claim_not_in_review(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    assert REFUSAL not in change_page(client, make_user("checker2", "Checker"), claim)


def test_an_editor_who_revised_reads_the_refusal_before_the_workflow_buttons(client, editor, checker):
    claim = make_submitted_claim(checker)
    claim.rationale += " Checked again against the minutes."
    services.save_claim(claim=claim, user=editor, opened_version=claim.version)
    page = change_page(client, editor, claim)
    assert page.index(REFUSAL) < page.index('id="workflow-heading"')
