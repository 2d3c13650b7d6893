"""An editor sets a claim's due date in two places on its page, the Assign box and the Workflow
section: both are the admin's date widget, showing and taking the same day-first format."""

import datetime
import re

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim

DUE = datetime.date(2026, 12, 9)


def date_inputs(client, claim):
    """Every input the page names due_on, as (name, class, value)."""
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    inputs = re.findall(r"<input[^>]*name=\"[^\"]*due_on\"[^>]*>", page)
    return [
        (
            re.search(r'name="([^"]*)"', tag)[1],
            re.search(r'class="([^"]*)"', tag),
            re.search(r'value="([^"]*)"', tag),
        )
        for tag in inputs
    ]


def test_both_due_date_inputs_are_the_admins_date_widget(client, editor, checker):
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker, due_on=DUE)
    client.force_login(editor)
    inputs = date_inputs(client, claim)
    assert [name for name, *_ in inputs] == ["workflow-assign-due_on", "due_on"]
    assert all(classes and classes[1] == "vDateField" for _, classes, _ in inputs)


def test_the_workflow_sections_due_date_shows_the_same_format_the_assign_box_takes(client, editor, checker):
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker, due_on=DUE)
    client.force_login(editor)
    values = {name: value[1] if value else "" for name, _, value in date_inputs(client, claim)}
    assert values["due_on"] == "09/12/2026"
    assert (
        'type="date"'
        not in client.get(reverse("admin:factcheck_claim_change", args=[claim.pk]))
        .text.split('id="workflow-heading"')[1]
        .split("</section>")[0]
    )


def test_the_assign_box_takes_a_day_first_due_date(client, editor, checker):
    claim = make_claim(Claim.Status.NEW)
    client.force_login(editor)
    client.post(
        reverse("admin:factcheck_claim_workflow", args=[claim.pk, "assign"]),
        {"opened_version": claim.version, "assignee": checker.pk, "due_on": "09/12/2026"},
    )
    claim.refresh_from_db()
    assert (claim.assignee, claim.due_on) == (checker, DUE)


def test_no_date_input_on_the_claim_page_is_the_browsers_own(client, checker):
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker, contacted_on=DUE, reply_status="contacted")
    client.force_login(checker)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    assert 'type="date"' not in page
    assert re.search(r'<input[^>]*name="contacted_on"[^>]*value="09/12/2026"', page)
