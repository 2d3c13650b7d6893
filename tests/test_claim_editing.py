"""No lost edits, re-review of settled verdicts, corrections, and a complete history."""

import datetime

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.admin.forms import ClaimForm
from factcheck.models import Claim, Rating

from .factories import make_claim, make_user

S = Claim.Status


def change_url(claim):
    return reverse("admin:factcheck_claim_change", args=[claim.pk])


def form_data(claim, opened_version=None, **overrides):
    evidence = list(claim.evidence.all())
    data = {
        "statement": claim.statement_id,
        "text": claim.text,
        "short_text": claim.short_text,
        "claimant": claim.claimant,
        "check_worthiness": claim.check_worthiness or "",
        "rating": claim.rating_id or "",
        "rationale": claim.rationale,
        "due_on": "",
        "change_note": "",
        "opened_version": claim.version if opened_version is None else opened_version,
        "evidence-TOTAL_FORMS": len(evidence),
        "evidence-INITIAL_FORMS": len(evidence),
        "evidence-MIN_NUM_FORMS": 0,
        "evidence-MAX_NUM_FORMS": 1000,
    }
    for index, item in enumerate(evidence):
        data.update(
            {
                f"evidence-{index}-id": item.pk,
                f"evidence-{index}-claim": claim.pk,
                f"evidence-{index}-source": item.source_id,
                f"evidence-{index}-stance": item.stance,
                f"evidence-{index}-excerpt": item.excerpt,
                f"evidence-{index}-locator": item.locator,
                f"evidence-{index}-opened_version": item.version,
            }
        )
    data.update(overrides)
    return data


def published_claim(checker, editor):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(claim=claim, action="approve", user=editor)
    return services.take_action(claim=claim, action="publish", user=editor)


def test_the_second_of_two_concurrent_edits_is_refused_naming_who_changed_what(client, checker, editor):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    opened = claim.version
    client.force_login(editor)
    first = client.post(change_url(claim), form_data(claim, rationale="Editor's wording."))
    assert first.status_code == 302
    client.force_login(checker)
    second = client.post(
        change_url(claim), form_data(claim, opened_version=opened, rationale="Checker's wording.")
    )
    page = second.content.decode()
    assert second.status_code == 200
    assert "editor changed this claim" in page
    assert "rationale" in page
    claim.refresh_from_db()
    assert claim.rationale == "Editor's wording."


def test_saving_from_a_fresh_copy_succeeds(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(checker)
    client.post(change_url(claim), form_data(claim, rationale="First."))
    claim.refresh_from_db()
    client.post(change_url(claim), form_data(claim, rationale="Second."))
    claim.refresh_from_db()
    assert claim.rationale == "Second."
    assert claim.version == 3


def test_a_stale_evidence_edit_is_refused_naming_who_changed_it(client, checker, editor):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    evidence = claim.evidence.get()
    stale = form_data(claim, **{"evidence-0-excerpt": "Checker's excerpt"})
    evidence.excerpt = "Editor's excerpt"
    services.save_evidence(evidence=evidence, user=editor, opened_version=evidence.version)
    client.force_login(checker)
    response = client.post(change_url(claim), stale)
    assert f"{editor} changed this claim" in response.text
    evidence.refresh_from_db()
    assert evidence.excerpt == "Editor's excerpt"


def test_a_save_that_loses_the_race_after_the_forms_check_is_rolled_back(client, checker, monkeypatch):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    stale = form_data(claim, rationale="Mine.")
    Claim.objects.filter(pk=claim.pk).update(rationale="Theirs.", version=claim.version + 1)
    monkeypatch.setattr(
        ClaimForm, "version_check", lambda claim, version: None
    )  # the form's early check misses it
    client.force_login(checker)
    response = client.post(change_url(claim), stale, follow=True)
    assert "changed this claim" in response.text
    claim.refresh_from_db()
    assert (claim.rationale, claim.version) == ("Theirs.", 2)


def test_a_workflow_button_on_a_stale_page_is_refused(client, checker, editor):
    claim = services.take_action(
        claim=make_claim(S.IN_PROGRESS, assignee=checker, checked=True), action="submit", user=checker
    )
    opened = claim.version
    claim.rating = Rating.objects.get(slug="false")
    services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    client.force_login(editor)
    response = client.post(
        reverse("admin:factcheck_claim_workflow", args=[claim.pk, "approve"]),
        {"opened_version": opened},
        follow=True,
    )
    assert "changed this claim" in response.text
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_a_checker_cannot_set_a_due_date(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(checker)
    client.post(change_url(claim), form_data(claim, due_on="2099-01-01"))
    claim.refresh_from_db()
    assert claim.due_on is None
    claim.due_on = datetime.date(2099, 1, 1)
    with pytest.raises(services.WorkflowError, match="Only editors set due dates"):
        services.save_claim(claim=claim, user=checker, opened_version=claim.version)


def test_an_editor_sets_a_due_date(client, editor, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(editor)
    client.post(change_url(claim), form_data(claim, due_on="2099-01-01"))
    claim.refresh_from_db()
    assert claim.due_on == datetime.date(2099, 1, 1)


def test_a_checker_cannot_edit_another_checkers_claim(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=make_user("other", "Checker"))
    client.force_login(checker)
    response = client.post(change_url(claim), form_data(claim, rationale="Mine now."))
    claim.refresh_from_db()
    assert claim.rationale == ""
    assert response.status_code == 403
    assert client.get(change_url(claim)).status_code == 200  # view only
    assert "Mine now." not in client.get(change_url(claim)).content.decode()


def test_the_claim_page_shows_its_history(client, checker, editor):
    claim = published_claim(checker, editor)
    client.force_login(editor)
    page = client.get(change_url(claim)).content.decode()
    assert "approve" in page
    assert "In review → Approved" in page


def test_the_history_prints_empty_values_as_a_dash_and_cuts_long_ones():
    from factcheck.models import ClaimEvent

    event = ClaimEvent(action="edited", changes={"rationale": ["", "x" * 100], "claimant": ["Kremlin", ""]})
    assert event.describe() == f"edited; rationale: — → {'x' * 59}…; claimant: Kremlin → —"
