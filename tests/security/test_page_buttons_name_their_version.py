"""A workflow button on the claim's page acts on the version the page showed, like the same
button posted alone (`workflow_view`) and every save: a page that names no version is refused.
Before (the tenth outside test), the change form's buttons took whatever version was current
when the form had nothing to save, so an approval sent without `opened_version` (a page from
before the field, a script, a replay) approved evidence added after the page was opened, which
the editor had never seen, and said "Saved your changes" though nothing was saved."""

from html import escape

import pytest

from factcheck import services
from factcheck.admin.forms import MISSING_VERSION
from factcheck.models import Claim, Evidence

from ..admin.test_claim_change import change_url, form_data
from ..factories import make_source, make_submitted_claim, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def evidence_added_after_the_page_was_opened():
    """A claim in review; the page the editor holds, then evidence the checker added since."""
    checker = make_user("checker", "Checker")
    claim = make_submitted_claim(checker)
    page = form_data(Claim.objects.get(pk=claim.pk))
    later = Evidence(
        claim=claim, source=make_source("https://example.org/later", "Later"), stance="contradicts"
    )
    services.save_evidence(evidence=later, user=checker)
    return claim, page


def test_an_approval_that_names_no_version_approves_nothing(client, evidence_added_after_the_page_was_opened):
    claim, page = evidence_added_after_the_page_was_opened
    before = Claim.objects.get(pk=claim.pk)
    page.pop("opened_version")
    client.force_login(make_user("editor", "Editor"))
    response = client.post(change_url(claim), {**page, "_workflow": "approve"}, follow=True)
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.status, stored.version) == (Claim.Status.IN_REVIEW, before.version)
    assert escape(MISSING_VERSION) in response.text
    assert "Saved your changes" not in response.text


def test_an_approval_from_the_page_as_it_was_opened_is_refused_as_stale(
    client, evidence_added_after_the_page_was_opened
):
    claim, page = evidence_added_after_the_page_was_opened
    client.force_login(make_user("editor", "Editor"))
    client.post(change_url(claim), {**page, "_workflow": "approve"})
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.IN_REVIEW


def test_an_approval_from_a_fresh_page_approves(client, evidence_added_after_the_page_was_opened):
    claim, _ = evidence_added_after_the_page_was_opened
    client.force_login(make_user("editor", "Editor"))
    page = form_data(Claim.objects.get(pk=claim.pk))
    client.post(change_url(claim), {**page, "_workflow": "approve"})
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.APPROVED
