"""services.override_checklist_item: an editor lets a verdict's next publication through without
one checklist item, with a written reason, in the claim's history; everyone else is refused."""

import pytest
from django.contrib.auth.models import AnonymousUser

from factcheck import services
from factcheck.models import Claim

from ..factories import make_claim, make_staff, make_unready_claim, make_user, stored_state

S = Claim.Status
pytestmark = pytest.mark.django_db
REFUSED = "You may not override the checklist on this claim"


def override(claim, user, item="rationale", reason="The rating speaks for itself here.", **kwargs):
    return services.override_checklist_item(claim=claim, item=item, reason=reason, user=user, **kwargs)


def test_it_records_the_override_with_who_and_why(checker, editor):
    editor.first_name, editor.last_name = "Eda", "Editor"
    editor.save()
    claim = override(make_unready_claim(checker), editor)
    stored = claim.checklist_overrides["rationale"]
    assert (stored["reason"], stored["by"], stored["user_id"]) == (
        "The rating speaks for itself here.",
        "Eda Editor",
        editor.pk,
    )


def test_it_writes_the_override_in_the_claims_history(checker, editor):
    claim = override(make_unready_claim(checker), editor)
    event = claim.events.first()
    assert (event.action, event.actor, event.changes) == (
        "checklist_overridden",
        editor,
        {"checklist rationale": ["", "The rating speaks for itself here."]},
    )
    assert event.comment == ""  # never printed to readers as a change note


def test_it_refuses_a_checker(checker):
    claim = make_unready_claim(make_user("other", "Checker"))
    before = stored_state(claim)
    with pytest.raises(services.WorkflowError, match=REFUSED):
        override(claim, checker)
    assert stored_state(claim) == before


def test_it_refuses_a_staff_member_without_a_role(checker):
    claim = make_unready_claim(checker)
    with pytest.raises(services.WorkflowError, match=REFUSED):
        override(claim, make_staff())


def test_it_refuses_anonymous(checker):
    with pytest.raises(services.WorkflowError, match="Sign in"):
        override(make_unready_claim(checker), AnonymousUser())


def test_it_refuses_the_editor_who_submitted_the_check(editor):
    claim = make_unready_claim(editor)
    with pytest.raises(services.WorkflowError, match=REFUSED):
        override(claim, editor)


def test_it_refuses_a_dismissed_claim(editor):
    claim = make_claim(S.DISMISSED)
    with pytest.raises(services.WorkflowError, match=REFUSED):
        override(claim, editor)


def test_it_needs_a_reason(checker, editor):
    claim = make_unready_claim(checker)
    with pytest.raises(services.WorkflowError, match="An override needs a reason"):
        override(claim, editor, reason="  \n ")
    assert Claim.objects.get(pk=claim.pk).checklist_overrides == {}


def test_it_refuses_an_unknown_item(checker, editor):
    with pytest.raises(services.WorkflowError, match="There is no checklist item “sauce”."):
        override(make_unready_claim(checker), editor, item="sauce")


def test_it_quotes_an_unknown_item_ending_in_a_stop_with_no_second_stop(checker, editor):
    with pytest.raises(services.WorkflowError, match=r"^There is no checklist item “sauce\?”$"):
        override(make_unready_claim(checker), editor, item="sauce?")


def test_it_refuses_an_item_that_passes_already(checker, editor):
    with pytest.raises(services.WorkflowError, match="passes already"):
        override(make_unready_claim(checker), editor, item="source")


def test_it_refuses_an_item_switched_off(checker, editor, settings):
    settings.FACTDESK_PUBLISH_CHECKLIST = "source"
    with pytest.raises(services.WorkflowError, match="is not on this newsroom's checklist"):
        override(make_unready_claim(checker), editor)


def test_it_refuses_a_stale_page(checker, editor):
    claim = make_unready_claim(checker)
    with pytest.raises(services.EditConflict):
        override(claim, editor, opened_version=claim.version + 1)


def test_it_refuses_a_claim_nobody_has_checked_yet_saying_when_it_may(checker, editor):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    Claim.objects.filter(pk=claim.pk).update(reply_status="")
    claim.refresh_from_db()
    with pytest.raises(services.WorkflowError, match="only once the verdict is approved"):
        override(claim, editor, item="right_of_reply")
    claim.refresh_from_db()
    assert claim.checklist_overrides == {}
