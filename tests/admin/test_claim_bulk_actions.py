"""The claim list's bulk actions: "Assign to me", "Assign to…" and "Dismiss as not checkable…",
each taken claim by claim through the service."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_user

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
