"""The claim list's bulk actions: "Assign to me", "Assign to…" and "Dismiss as not checkable…",
each taken claim by claim through the service."""

import pytest
from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_user, stored_state
from ..signing_in import login_page_for

S = Claim.Status
URL = reverse("admin:factcheck_claim_changelist")


def test_assign_to_me_takes_only_claims_nobody_is_on(client, checker):
    free = make_claim(S.NEW)
    taken = make_claim(S.IN_PROGRESS, statement=free.statement, assignee=make_user("other", "Checker"))
    client.force_login(checker)
    client.post(URL, {"action": "take_claims", "_selected_action": [free.pk, taken.pk]})
    free.refresh_from_db()
    taken.refresh_from_db()
    assert free.assignee == checker
    assert taken.assignee.username == "other"


def test_assign_to_assigns_every_selected_claim(client, editor, checker):
    claims = [make_claim(S.NEW), make_claim(S.NEW)]
    client.force_login(editor)
    client.post(
        URL,
        {
            "action": "assign_claims",
            "_selected_action": [c.pk for c in claims],
            "confirm": "1",
            "assignee": checker.pk,
        },
    )
    assert set(Claim.objects.values_list("assignee__username", flat=True)) == {"checker"}


def test_a_checker_is_offered_only_assign_to_me(client, checker):
    make_claim(S.NEW)
    client.force_login(checker)
    page = client.get(URL).content.decode()
    assert 'value="take_claims"' in page
    assert 'value="assign_claims"' not in page
    assert 'value="dismiss_claims"' not in page


def test_dismiss_needs_a_reason(client, editor):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    client.post(
        URL, {"action": "dismiss_claims", "_selected_action": [claim.pk], "confirm": "1", "comment": ""}
    )
    claim.refresh_from_db()
    assert claim.status == S.NEW


def test_dismiss_keeps_the_reason_given(client, editor):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    client.post(
        URL,
        {
            "action": "dismiss_claims",
            "_selected_action": [claim.pk],
            "confirm": "1",
            "comment": "An opinion, not a fact.",
        },
    )
    claim.refresh_from_db()
    assert claim.status == S.DISMISSED
    assert claim.dismissal_reason == "An opinion, not a fact."


def test_assign_to_asks_whom_before_it_assigns(client, editor):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    response = client.post(URL, {"action": "assign_claims", "_selected_action": [claim.pk]})
    assert response.status_code == 200
    assert 'name="assignee"' in response.text
    assert stored_state(claim) == (S.NEW, 1, 0)


@pytest.mark.parametrize(
    "form",
    [
        {"action": "assign_claims", "confirm": "1", "assignee": "me"},
        {"action": "dismiss_claims", "confirm": "1", "comment": "Not a fact."},
    ],
    ids=["assign_to", "dismiss"],
)
def test_it_refuses_a_checker_the_editors_actions(client, checker, form):
    claim = make_claim(S.NEW)
    client.force_login(checker)
    form = {**form, "_selected_action": [claim.pk]}
    if form.get("assignee") == "me":
        form["assignee"] = checker.pk
    client.post(URL, form)
    claim.refresh_from_db()
    assert (claim.status, claim.assignee, claim.version) == (S.NEW, None, 1)


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    claim = make_claim(S.NEW)
    client.force_login(staff_member)
    assert client.post(URL, {"action": "take_claims", "_selected_action": [claim.pk]}).status_code == 403
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_it_takes_nothing_on_get(client, checker):
    claim = make_claim(S.NEW)
    client.force_login(checker)
    client.get(URL, {"action": "take_claims", "_selected_action": [claim.pk]})
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_it_redirects_anonymous_to_login(client, db):
    claim = make_claim(S.NEW)
    response = client.post(URL, {"action": "take_claims", "_selected_action": [claim.pk]}, follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(URL)
    assert stored_state(claim) == (S.NEW, 1, 0)
