"""Assigning a claim on the desk: no default assignee, who is on it now, the due date in the same
form, and people named by their full name everywhere (issue 16, item 6)."""

import datetime

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim
from factcheck.people import desk_name

from ..factories import make_claim, make_user, stored_state
from .test_claim_change import form_data
from .test_claim_workflow_button import change_url

S = Claim.Status
DUE = datetime.date(2026, 11, 27)
LIST = reverse("admin:factcheck_claim_changelist")


@pytest.fixture
def chris(db):
    person = make_user("chris", "Checker")
    person.first_name, person.last_name = "Chris", "Checker"
    person.save()
    return person


def assign_on_page(client, claim, **inputs):
    data = {**form_data(claim), "_workflow": "assign"}
    data.update({f"workflow-assign-{name}": value for name, value in inputs.items()})
    return client.post(change_url(claim), data, follow=True)


def test_the_desk_names_a_person_by_full_name_or_else_username(chris, checker):
    assert (desk_name(chris), desk_name(checker), desk_name(None)) == ("Chris Checker", "checker", "—")


def test_the_assign_menu_starts_at_choose_a_person(client, editor, chris):
    client.force_login(editor)
    page = client.get(change_url(make_claim(S.NEW))).text
    assert '<option value="" selected>Choose a person</option>' in page
    assert f'<option value="{chris.pk}">Chris Checker</option>' in page


def test_it_refuses_an_assignment_to_nobody_saying_so(client, editor):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    response = assign_on_page(client, claim, assignee="")
    assert "Choose an active checker or editor to assign the claim to." in response.text
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_one_submit_assigns_and_sets_the_due_date_in_the_history(client, editor, chris):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    assign_on_page(client, claim, assignee=chris.pk, due_on=DUE.isoformat())
    claim.refresh_from_db()
    assert (claim.assignee, claim.due_on) == (chris, DUE)
    assert claim.events.first().changes == {"assignee": ["", "Chris Checker"], "due_on": ["", "2026-11-27"]}


def test_it_refuses_a_due_date_that_is_no_date_and_assigns_nobody(client, editor, chris):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    response = assign_on_page(client, claim, assignee=chris.pk, due_on="next week")
    assert "Nothing was done. Due date: Enter a valid date." in response.text
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_the_page_says_who_is_on_it_now(client, editor, chris):
    claim = make_claim(S.IN_PROGRESS, assignee=chris, due_on=DUE)
    client.force_login(editor)
    assert "On it now: Chris Checker, due 27 Nov." in client.get(change_url(claim)).text


def test_the_page_says_when_nobody_is_on_it(client, editor):
    client.force_login(editor)
    assert "Nobody is on it yet." in client.get(change_url(make_claim(S.NEW))).text


def test_the_bulk_assign_refuses_nobody_with_a_clear_message(client, editor):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    data = {"action": "assign_claims", "_selected_action": [claim.pk], "confirm": "1", "assignee": ""}
    response = client.post(LIST, data)
    assert "Choose a person to assign the claims to." in response.text
    assert stored_state(claim) == (S.NEW, 1, 0)


def test_the_bulk_assign_sets_the_due_date(client, editor, chris):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    data = {"action": "assign_claims", "_selected_action": [claim.pk], "confirm": "1", "assignee": chris.pk}
    client.post(LIST, {**data, "due_on": DUE.isoformat()})
    claim.refresh_from_db()
    assert (claim.assignee, claim.due_on) == (chris, DUE)


def test_the_claim_list_names_the_assignee_in_full(client, editor, chris):
    make_claim(S.IN_PROGRESS, assignee=chris)
    client.force_login(editor)
    page = client.get(LIST).text
    assert page.count("Chris Checker") >= 2  # the column and the filter
    assert ">chris<" not in page


def test_the_history_and_the_briefing_page_name_people_in_full(client, editor, chris):
    claim = services.take_action(claim=make_claim(S.NEW), action="take", user=chris)
    client.force_login(editor)
    history = client.get(change_url(claim)).text
    assert "<td>Chris Checker</td>" in history
    briefing = claim.statement.briefing
    page = client.get(reverse("admin:briefings_briefing_change", args=[briefing.pk])).text
    assert "· Chris Checker" in page


def test_the_service_assigns_with_a_due_date_for_any_door(editor, chris):
    claim = services.take_action(
        claim=make_claim(S.NEW), action="assign", user=editor, assignee=chris, due_on=DUE
    )
    assert (claim.assignee, claim.due_on) == (chris, DUE)
