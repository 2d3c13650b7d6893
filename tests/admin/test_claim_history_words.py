"""The claim page's history table says each change in the newsroom's words, whatever it records."""

import datetime

from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, ClaimEvent

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
