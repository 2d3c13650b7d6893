"""The desk's claim list (GET /admin/factcheck/claim/); its bulk actions are in
test_claim_bulk_actions.py."""

import pytest
from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_user
from ..signing_in import login_page_for

S = Claim.Status
URL = reverse("admin:factcheck_claim_changelist")


@pytest.mark.parametrize("claim_count", [10, 200])
def test_it_runs_a_bounded_number_of_queries(client, editor, claim_count, django_assert_max_num_queries):
    first = make_claim(S.IN_REVIEW, assignee=editor, submitted_by=make_user("c", "Checker"))
    for _ in range(claim_count - 1):
        make_claim(S.IN_REVIEW, statement=first.statement, assignee=editor, submitted_by=first.submitted_by)
    client.force_login(editor)
    with django_assert_max_num_queries(20):
        assert client.get(URL).status_code == 200


def test_it_lists_the_claims(client, checker):
    make_claim(S.NEW, text="The port handled 140 ships last week.")
    client.force_login(checker)
    response = client.get(URL)
    assert response.status_code == 200
    assert "The port handled 140 ships last week." in response.text


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    make_claim(S.NEW)
    client.force_login(staff_member)
    assert client.get(URL).status_code == 403


def test_it_redirects_anonymous_to_login(client, db):
    response = client.get(URL, follow=True)
    assert response.redirect_chain[0][1] == 302
    assert response.redirect_chain[-1][0] == login_page_for(URL)
