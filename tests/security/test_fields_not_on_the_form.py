"""A checker's claim form saves what the form shows and nothing else posted beside it: the
workflow's fields (status, who submitted, reviewed or is assigned, the version, the live
version, the publication date, the due date) and another claim's evidence are not theirs to set
by adding them to the POST (the eighth outside test; this held)."""

import datetime

import pytest

from factcheck.models import Claim, Evidence

from ..admin.test_claim_change import change_url, form_data
from ..factories import add_verdict, make_claim, make_user, publish_a_check

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk():
    checker = make_user("checker", "Checker")
    editor = make_user("editor", "Editor")
    claim = add_verdict(make_claim(Claim.Status.IN_PROGRESS, assignee=checker))
    return checker, editor, claim


def test_a_checker_cannot_set_the_workflows_fields_by_posting_them(client, desk):
    checker, editor, claim = desk
    published = publish_a_check(checker, editor)
    client.force_login(checker)
    extra = {
        "status": "published",
        "assignee": editor.pk,
        "submitted_by": editor.pk,
        "reviewed_by": editor.pk,
        "version": 99,
        "live_version": published.live_version_id,
        "published_at": "2020-01-01 00:00",
        "due_on": "2099-01-01",
        "revisers": [editor.pk],
    }
    client.post(change_url(claim), form_data(claim, rationale="Checked again.", **extra))
    claim.refresh_from_db()
    assert claim.rationale == "Checked again."
    assert (claim.status, claim.assignee, claim.submitted_by, claim.reviewed_by) == (
        Claim.Status.IN_PROGRESS,
        checker,
        None,
        None,
    )
    assert (claim.live_version_id, claim.published_at, claim.due_on) == (None, None, None)
    assert claim.version == 2


def test_a_checker_cannot_edit_another_claims_evidence_through_their_own_form(client, desk):
    checker, _, claim = desk
    other = add_verdict(make_claim(Claim.Status.IN_PROGRESS, assignee=make_user("other", "Checker")))
    theirs = other.evidence.get()
    client.force_login(checker)
    data = form_data(claim)
    data.update({"evidence-0-id": theirs.pk, "evidence-0-excerpt": "Rewritten by someone else."})
    client.post(change_url(claim), data)
    assert Evidence.objects.get(pk=theirs.pk).excerpt == theirs.excerpt
    assert list(Evidence.objects.filter(claim=claim).values_list("excerpt", flat=True)) == ["140 ships"]


def test_a_due_date_posted_by_a_checker_is_not_saved_even_with_the_others(client, desk):
    checker, _, claim = desk
    client.force_login(checker)
    client.post(change_url(claim), form_data(claim, due_on=str(datetime.date(2099, 1, 1))))
    claim.refresh_from_db()
    assert claim.due_on is None
