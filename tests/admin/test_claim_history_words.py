"""The claim page's history table says each change in the newsroom's words, whatever it records."""

import datetime

from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, ClaimEvent
from factcheck.models.history import name_people
from factcheck.people import desk_name

from ..factories import make_claim


def history_of(client, user, claim):
    client.force_login(user)
    return client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text


def test_an_assignment_reads_with_its_due_date_as_the_desk_writes_it(client, editor, checker):
    claim = make_claim(Claim.Status.NEW)
    due = datetime.date(2026, 12, 9)
    services.take_action(claim=claim, action="assign", user=editor, assignee=checker, due_on=due)
    assert "due date: — → 9 Dec 2026" in history_of(client, editor, claim)


def test_added_evidence_reads_in_the_table_beside_the_other_changes(client, editor):
    claim = make_claim(Claim.Status.NEW)
    ClaimEvent.objects.create(
        claim=claim, action="evidence_added", changes={"evidence": ["", "Supports: Minutes"]}
    )
    assert "Added evidence; evidence: — → Supports: Minutes" in history_of(client, editor, claim)


def test_a_person_reads_by_their_full_name_not_their_username(client, editor, checker):
    checker.first_name, checker.last_name = "Rosa", "Smith"
    checker.save()
    claim = make_claim(Claim.Status.NEW)
    ClaimEvent.objects.create(claim=claim, action="edited", changes={"submitted_by": ["", checker.username]})
    assert "submitted by: — → Rosa Smith" in history_of(client, editor, claim)


def test_a_person_without_a_full_name_reads_by_their_username(client, editor):
    claim = make_claim(Claim.Status.NEW)
    ClaimEvent.objects.create(claim=claim, action="edited", changes={"submitted_by": ["", editor.username]})
    assert f"submitted by: — → {editor.username}" in history_of(client, editor, claim)


def test_a_rewritten_verdict_records_both_people_by_their_full_names(client, editor, checker):
    checker.first_name, checker.last_name = "Rosa", "Smith"
    checker.save()
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker, checked=True)
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim.rationale += " Checked again against the minutes."
    services.save_claim(claim=claim, user=editor, opened_version=claim.version)
    assert f"submitted by: Rosa Smith → {desk_name(editor)}" in history_of(client, editor, claim)


def test_a_history_names_its_recorded_people_in_one_query_however_many_events(
    client, editor, checker, django_assert_max_num_queries
):
    claim = make_claim(Claim.Status.NEW)
    for _ in range(30):
        ClaimEvent.objects.create(
            claim=claim, action="edited", changes={"submitted_by": [editor.username, checker.username]}
        )
    events = list(claim.events.all())
    with django_assert_max_num_queries(1):
        lines = [event.describe() for event in name_people(events)]
    assert all(desk_name(checker) in line for line in lines)
