"""The desk's claim list (GET /admin/factcheck/claim/); its bulk actions are in
test_claim_bulk_actions.py."""

import pytest
from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_user

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


def test_it_redirects_anonymous_to_login(client, db):
    response = client.get(URL)
    assert response.status_code == 302
