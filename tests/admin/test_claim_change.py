"""The claim's change form on the desk: no lost edits, the edit rule, due dates and the history."""

import datetime

from django.urls import reverse

from factcheck import services
from factcheck.admin.forms import ClaimForm
from factcheck.models import Claim

from ..factories import (
    make_claim,
    make_published_briefing,
    make_statement,
    make_user,
    publish_a_check,
    stored_state,
)
from ..signing_in import login_page_for

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
        "reply_status": claim.reply_status,
        "contacted_on": claim.contacted_on or "",
        "reply_note": claim.reply_note,
        "due_on": "",
        "change_note": "",
        "opened_version": claim.version if opened_version is None else opened_version,
        **({"claimant_unknown": "on"} if claim.claimant_unknown else {}),
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


def test_it_refuses_the_second_of_two_concurrent_edits_naming_who_changed_what(client, checker, editor):
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


def test_it_saves_one_edit_after_another_from_fresh_copies(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(checker)
    client.post(change_url(claim), form_data(claim, rationale="First."))
    claim.refresh_from_db()
    client.post(change_url(claim), form_data(claim, rationale="Second."))
    claim.refresh_from_db()
    assert claim.rationale == "Second."
    assert claim.version == 3


def test_it_refuses_a_stale_evidence_edit_naming_who_changed_it(client, checker, editor):
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


def test_it_rolls_back_a_save_that_loses_the_race_after_the_forms_check(client, checker, monkeypatch):
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


def test_it_ignores_a_due_date_from_a_checker(client, checker):
    """The field is read-only for checkers; services.save_claim refuses one too
    (tests/services/test_save_claim.py)."""
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(checker)
    client.post(change_url(claim), form_data(claim, due_on="2099-01-01"))
    claim.refresh_from_db()
    assert claim.due_on is None


def test_it_lets_an_editor_set_a_due_date(client, editor, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(editor)
    client.post(change_url(claim), form_data(claim, due_on="2099-01-01"))
    claim.refresh_from_db()
    assert claim.due_on == datetime.date(2099, 1, 1)


def test_it_shows_a_checker_another_checkers_claim_but_refuses_their_edit(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=make_user("other", "Checker"))
    client.force_login(checker)
    response = client.post(change_url(claim), form_data(claim, rationale="Mine now."))
    claim.refresh_from_db()
    assert claim.rationale == ""
    assert response.status_code == 403
    assert client.get(change_url(claim)).status_code == 200  # view only
    assert "Mine now." not in client.get(change_url(claim)).content.decode()


def test_it_shows_the_claims_history(client, checker, editor):
    claim = publish_a_check(checker, editor)
    client.force_login(editor)
    page = client.get(change_url(claim)).content.decode()
    assert "Approved; In review → Approved" in page


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    claim = make_claim(S.IN_PROGRESS)
    client.force_login(staff_member)
    assert client.get(change_url(claim)).status_code == 403
    assert client.post(change_url(claim), form_data(claim, rationale="Mine now.")).status_code == 403
    claim.refresh_from_db()
    assert (claim.rationale, claim.version) == ("", 1)


def test_it_redirects_anonymous_to_login(client, db):
    claim = make_claim(S.IN_PROGRESS)
    before = stored_state(claim)
    url = change_url(claim)
    response = client.post(url, form_data(claim, rationale="Mine now."), follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(url)
    assert stored_state(claim) == before


def test_it_refuses_a_change_that_does_not_say_which_version_it_saw(client, checker):
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker)
    client.force_login(checker)
    response = client.post(change_url(claim), form_data(claim, opened_version="", claimant="Someone"))
    assert "did not say which version of the claim you opened" in response.content.decode()
    assert stored_state(claim) == (Claim.Status.IN_PROGRESS, 1, 0)


def test_it_refuses_to_move_a_published_verdict_to_another_briefing_and_it_stays_public(
    client, checker, editor
):
    claim = make_published_briefing(checker, editor)[1]
    draft = make_statement("A draft article\nIt says one thing.\n")
    client.force_login(checker)

    response = client.post(change_url(claim), form_data(claim, statement=draft.pk), follow=True)

    assert "A claim stays on its own article" in response.text
    client.logout()
    assert client.get(claim.get_absolute_url()).status_code == 200
