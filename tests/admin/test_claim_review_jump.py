""" "In review: jump to the verdict" at the top of a claim's desk page: offered to an editor who may
approve or return a submitted verdict, and to nobody else."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_submitted_claim

S = Claim.Status
JUMP = 'class="review-jump"'


def change_page(client, user, claim):
    client.force_login(user)
    return client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text


def test_a_reviewing_editor_is_offered_a_jump_to_the_verdict_and_the_evidence(client, editor, checker):
    page = change_page(client, editor, make_submitted_claim(checker))
    assert '<a href="#fieldset-0-1-heading">the verdict (rating, rationale, right of reply)</a>' in page
    assert '<a href="#evidence-heading">the evidence (1)</a>' in page


def test_the_jump_comes_before_the_claims_fields(client, editor, checker):
    page = change_page(client, editor, make_submitted_claim(checker))
    assert page.index(JUMP) < page.index('id="workflow-heading"') < page.index('name="text"')


def test_the_checker_who_submitted_is_offered_no_jump(client, checker):
    assert JUMP not in change_page(client, checker, make_submitted_claim(checker))


def test_an_editor_is_offered_no_jump_on_a_claim_not_in_review(client, editor, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    assert JUMP not in change_page(client, editor, claim)
