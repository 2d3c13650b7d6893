"""The claim's desk page in working order: the claim, its verdict, then the evidence, then the
record (workflow and history), so the evidence is not at the foot of a 3,000 px page while a
checker works; and its times are written the desk's one way."""

import datetime as dt

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_statement


def page_of(client, user, claim):
    client.force_login(user)
    return client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text


def test_the_evidence_comes_after_the_verdict(client, checker):
    page = page_of(client, checker, make_claim(Claim.Status.IN_PROGRESS, assignee=checker))
    assert page.index('id="fieldset-0-1-heading"') < page.index('id="evidence-heading"')


def test_the_record_comes_after_the_evidence(client, checker):
    page = page_of(client, checker, make_claim(Claim.Status.IN_PROGRESS, assignee=checker))
    evidence = page.index('id="evidence-heading"')
    assert evidence < page.index(">Workflow</h2>") < page.index(">History</h2>")


def test_the_evidence_is_shown_once(client, checker):
    page = page_of(client, checker, make_claim(Claim.Status.IN_PROGRESS, assignee=checker))
    assert page.count('id="evidence-group"') == 1


def test_the_add_form_keeps_the_same_order(client, checker):
    client.force_login(checker)
    page = client.get(reverse("admin:factcheck_claim_add"), {"statement": make_statement().pk}).text
    assert page.index('id="evidence-heading"') < page.index(">Workflow</h2>")


def test_its_times_are_written_as_the_desk_writes_them(client, checker):
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker)
    Claim.objects.filter(pk=claim.pk).update(created_at=dt.datetime(2026, 12, 7, 15, 8, tzinfo=dt.UTC))
    page = page_of(client, checker, claim)
    assert "7 Dec 2026 15:08" in page
    assert "p.m." not in page
