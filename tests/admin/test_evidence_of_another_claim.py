"""An evidence row posted with the id of another claim's evidence (a page kept open across a
merge, a hand-made request) is not saved; the desk says so instead of "saved" alone, and nothing
else on the page is held back."""

from factcheck.models import Claim, Evidence

from ..factories import make_claim
from .test_claim_change import change_url, form_data

S = Claim.Status


def post_with_the_other_claims_evidence(client, claim, other, **overrides):
    data = form_data(claim, **overrides)
    foreign = other.evidence.first()
    data.update(
        {
            "evidence-TOTAL_FORMS": 1,
            "evidence-INITIAL_FORMS": 1,
            "evidence-0-id": foreign.pk,
            "evidence-0-claim": claim.pk,
            "evidence-0-source": foreign.source_id,
            "evidence-0-stance": foreign.stance,
            "evidence-0-excerpt": "Rewritten through the wrong claim.",
            "evidence-0-locator": foreign.locator,
            "evidence-0-opened_version": foreign.version,
        }
    )
    return client.post(change_url(claim), data, follow=True)


def test_it_says_which_evidence_was_not_saved(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    other = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    response = post_with_the_other_claims_evidence(client, claim, other)
    said = [str(message) for message in response.context["messages"]]
    assert any("not saved" in line.lower() and "another claim" in line for line in said), said


def test_the_other_claims_evidence_is_untouched(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    other = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    before = list(Evidence.objects.filter(claim=other).values())
    client.force_login(checker)
    post_with_the_other_claims_evidence(client, claim, other)
    assert list(Evidence.objects.filter(claim=other).values()) == before
    assert not claim.evidence.exists()


def test_the_rest_of_the_page_is_still_saved(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    other = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    post_with_the_other_claims_evidence(client, claim, other, claimant="Dmitry Peskov")
    claim.refresh_from_db()
    assert claim.claimant == "Dmitry Peskov"
