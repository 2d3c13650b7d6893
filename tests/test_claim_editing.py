"""No lost edits, re-review of settled verdicts, corrections, and a complete history."""

import datetime

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.admin.forms import ClaimForm
from factcheck.models import Claim, Evidence, Rating

from .factories import make_claim, make_source, make_user, offered

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
    monkeypatch.setattr(ClaimForm, "version_check", lambda claim, version: None)  # the form's early check misses it
    client.force_login(checker)
    response = client.post(change_url(claim), stale, follow=True)
    assert "changed this claim" in response.text
    claim.refresh_from_db()
    assert (claim.rationale, claim.version) == ("Theirs.", 2)


def test_the_service_refuses_a_stale_save_under_the_row_lock(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    mine, theirs = Claim.objects.get(pk=claim.pk), Claim.objects.get(pk=claim.pk)
    theirs.rationale = "Theirs."
    services.save_claim(claim=theirs, user=checker, opened_version=theirs.version)
    mine.rationale = "Mine."
    with pytest.raises(services.EditConflict):
        services.save_claim(claim=mine, user=checker, opened_version=mine.version)


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


def test_evidence_edits_are_recorded_field_by_field(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    evidence = claim.evidence.get()
    evidence.stance, evidence.excerpt = Evidence.Stance.CONTRADICTS, "Only 120 ships"
    services.save_evidence(evidence=evidence, user=checker, opened_version=evidence.version)
    assert claim.events.first().changes == {
        "evidence stance": ["Supports", "Contradicts"],
        "evidence excerpt": ["140 ships", "Only 120 ships"],
    }


def test_removing_evidence_records_what_was_removed(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    services.save_evidence(evidence=claim.evidence.get(), user=checker, remove=True)
    event = claim.events.first()
    assert event.action == "evidence_removed"
    assert event.changes["evidence"][0].startswith("Supports: ")
    assert "“140 ships”" in event.changes["evidence"][0]
    assert not claim.evidence.exists()


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


def test_changing_an_approved_verdict_sends_it_back_to_review(checker, editor):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    claim = services.take_action(
        claim=services.take_action(claim=claim, action="submit", user=checker), action="approve", user=editor
    )
    claim.rationale = "A better explanation."
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    assert claim.status == S.IN_REVIEW
    assert claim.reviewed_by is None
    assert claim.submitted_by == checker


def test_adding_evidence_to_a_published_claim_sends_it_back_to_review(checker, editor):
    claim = published_claim(checker, editor)
    evidence = Evidence(
        claim=claim, source=make_source("https://example.org/new", "New"), stance=Evidence.Stance.CONTEXT
    )
    claim = services.save_evidence(evidence=evidence, user=editor)
    assert claim.status == S.IN_REVIEW
    assert not claim.corrections.exists()


def test_the_editor_who_changes_a_verdict_cannot_then_approve_it(checker, editor):
    claim = published_claim(checker, editor)
    claim.rating = Rating.objects.get(slug="misleading")
    claim = services.save_claim(
        claim=claim, user=editor, opened_version=claim.version, comment="New records."
    )
    assert "approve" not in offered(claim, editor)
    assert "approve" in offered(claim, make_user("editor2", "Editor"))


def test_the_reviewer_who_rewrites_a_verdict_in_review_cannot_then_approve_it(checker, editor):
    claim = services.take_action(
        claim=make_claim(S.IN_PROGRESS, assignee=checker, checked=True), action="submit", user=checker
    )
    claim.rating = Rating.objects.get(slug="false")
    claim = services.save_claim(claim=claim, user=editor, opened_version=claim.version)
    assert claim.status == S.IN_REVIEW
    assert "approve" not in offered(claim, editor)
    assert claim.events.first().changes["submitted_by"] == [str(checker), str(editor)]


def test_the_reviewer_who_changes_evidence_in_review_cannot_then_approve_it(checker, editor):
    claim = services.take_action(
        claim=make_claim(S.IN_PROGRESS, assignee=checker, checked=True), action="submit", user=checker
    )
    evidence = Evidence(claim=claim, source=make_source(), stance=Evidence.Stance.CONTEXT)
    claim = services.save_evidence(evidence=evidence, user=editor)
    assert "approve" not in offered(claim, editor)


def test_a_checker_who_polishes_their_own_submitted_verdict_keeps_it(checker, editor):
    claim = services.take_action(
        claim=make_claim(S.IN_PROGRESS, assignee=checker, checked=True), action="submit", user=checker
    )
    claim.rationale = "Clearer."
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    assert claim.submitted_by == checker
    assert "approve" in offered(claim, editor)


def republish(claim, editor):
    claim = services.take_action(claim=claim, action="approve", user=make_user("editor2", "Editor"))
    return services.take_action(claim=claim, action="publish", user=editor)


def test_a_revised_rating_is_corrected_in_public_when_it_is_published_again(checker, editor):
    claim = published_claim(checker, editor)
    claim.rating = Rating.objects.get(slug="misleading")
    claim = services.save_claim(
        claim=claim, user=editor, opened_version=claim.version, comment="New port records."
    )
    assert not claim.corrections.exists()
    claim = republish(claim, editor)
    correction = claim.corrections.get()
    assert correction.note.startswith("Rating changed from Accurate to Misleading on ")
    assert correction.note.endswith(": New port records.")


def test_the_correction_names_the_rating_readers_saw_and_the_one_they_see_now(checker, editor):
    claim = published_claim(checker, editor)
    for slug in ["false", "misleading"]:
        claim.rating = Rating.objects.get(slug=slug)
        claim = services.save_claim(
            claim=claim, user=editor, opened_version=claim.version, comment=f"Now {slug}."
        )
    claim = republish(claim, editor)
    correction = claim.corrections.get()
    assert (correction.from_rating.slug, correction.to_rating.slug) == ("accurate", "misleading")
    assert correction.reason == "Now misleading."


def test_republishing_the_same_rating_prints_no_correction(checker, editor):
    claim = published_claim(checker, editor)
    claim.rationale = "A clearer explanation."
    claim = republish(services.save_claim(claim=claim, user=editor, opened_version=claim.version), editor)
    assert not claim.corrections.exists()


def test_republishing_keeps_the_first_publication_date(checker, editor):
    claim = published_claim(checker, editor)
    first = claim.published_at
    claim.rationale = "A clearer explanation."
    claim = republish(services.save_claim(claim=claim, user=editor, opened_version=claim.version), editor)
    assert claim.published_at == first


def test_editing_the_wording_of_a_published_claim_sends_it_back_to_review(checker, editor):
    claim = published_claim(checker, editor)
    claim.text = "Russia did not invade Ukraine."
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    assert claim.status == S.IN_REVIEW
    assert not Claim.objects.public().filter(pk=claim.pk).exists()


def test_changing_an_unsettled_claim_keeps_its_status(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    claim.rationale = "Draft."
    assert (
        services.save_claim(claim=claim, user=checker, opened_version=claim.version).status == S.IN_PROGRESS
    )


def test_history_records_every_step_with_who_from_and_to(checker, editor):
    claim = services.make_claim(statement=make_claim().statement, user=checker)
    claim = services.take_action(claim=claim, action="take", user=checker)
    claim.rationale = "The figures match."
    claim.rating = Rating.objects.get(slug="accurate")
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    evidence = Evidence(claim=claim, source=make_source(), stance=Evidence.Stance.SUPPORTS)
    services.save_evidence(evidence=evidence, user=checker)
    claim.refresh_from_db()
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(
        claim=claim, action="request_changes", user=editor, comment="Quote the source."
    )
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(claim=claim, action="approve", user=editor)
    claim = services.take_action(claim=claim, action="publish", user=editor)
    events = list(claim.events.order_by("id"))
    assert [event.action for event in events] == [
        "created",
        "take",
        "edited",
        "evidence_added",
        "submit",
        "request_changes",
        "submit",
        "approve",
        "publish",
    ]
    assert [event.actor.username for event in events] == [
        "checker",
        "checker",
        "checker",
        "checker",
        "checker",
        "editor",
        "checker",
        "editor",
        "editor",
    ]
    assert events[2].changes["rating"] == ["", "Accurate"]
    assert events[5].from_status == S.IN_REVIEW
    assert events[5].to_status == S.CHANGES_REQUESTED
    assert events[5].comment == "Quote the source."
    assert claim.version == len(events)


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
