"""The workflow's rules hold through every door: admin buttons, bulk actions, commands."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim

from .factories import make_claim, make_statement, make_user

S = Claim.Status


@pytest.fixture
def admin_user(db):
    return make_user("admin", superuser=True)


def workflow_url(claim, action):
    return reverse("admin:factcheck_claim_workflow", args=[claim.pk, action])


def submitted_by(user):
    return make_claim(S.IN_REVIEW, assignee=user, submitted_by=user, checked=True)


# The two-person rule


def test_nobody_approves_their_own_check_through_the_admin_button(client, admin_user):
    claim = submitted_by(admin_user)
    client.force_login(admin_user)
    response = client.post(workflow_url(claim, "approve"), follow=True)
    assert "nobody approves their own check" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_nobody_approves_their_own_check_through_the_command(admin_user):
    claim = submitted_by(admin_user)
    with pytest.raises(CommandError, match="nobody approves their own check"):
        call_command("claim_action", claim.pk, "approve", "--user", "admin")
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_the_admin_offers_no_approve_button_to_the_submitter(client, admin_user):
    claim = submitted_by(admin_user)
    client.force_login(admin_user)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).content.decode()
    assert workflow_url(claim, "approve") not in page
    assert workflow_url(claim, "dismiss") in page


def test_another_editor_approves_through_the_admin_button(client, checker, editor):
    claim = submitted_by(checker)
    client.force_login(editor)
    client.post(workflow_url(claim, "approve"))
    claim.refresh_from_db()
    assert claim.status == S.APPROVED
    assert claim.reviewed_by == editor


def test_another_editor_approves_through_the_command(checker, editor):
    claim = submitted_by(checker)
    call_command("claim_action", claim.pk, "approve", "--user", "editor")
    claim.refresh_from_db()
    assert claim.status == S.APPROVED


# Wrong user, wrong method


def test_a_checker_cannot_approve_through_the_admin_button(client, checker):
    claim = submitted_by(make_user("other", "Checker"))
    client.force_login(checker)
    client.post(workflow_url(claim, "approve"))
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_the_workflow_door_rejects_get(client, editor, checker):
    claim = submitted_by(checker)
    client.force_login(editor)
    assert client.get(workflow_url(claim, "approve")).status_code == 405


def test_the_workflow_door_sends_anonymous_visitors_to_the_login(client, checker):
    claim = submitted_by(checker)
    response = client.post(workflow_url(claim, "approve"))
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_the_workflow_door_refuses_an_unknown_action(client, editor, checker):
    claim = submitted_by(checker)
    client.force_login(editor)
    assert client.post(workflow_url(claim, "explode")).status_code == 403


def test_request_changes_needs_a_comment(client, editor, checker):
    claim = submitted_by(checker)
    client.force_login(editor)
    response = client.post(workflow_url(claim, "request_changes"), {"comment": "  "}, follow=True)
    assert "needs a comment" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


# Submitting


def test_the_submit_button_says_what_is_still_needed(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, rationale="Figures from the port.")
    client.force_login(checker)
    response = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk]))
    assert "Still needed: a rating, at least one piece of evidence." in response.text


def test_a_complete_check_shows_nothing_still_needed(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    response = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk]))
    assert 'value="submit"' in response.text
    assert "Still needed" not in response.text


# Bulk actions


def test_assign_to_me_takes_only_unassigned_claims(client, checker):
    free = make_claim(S.NEW)
    taken = make_claim(S.IN_PROGRESS, statement=free.statement, assignee=make_user("other", "Checker"))
    client.force_login(checker)
    client.post(
        reverse("admin:factcheck_claim_changelist"),
        {"action": "take_claims", "_selected_action": [free.pk, taken.pk]},
    )
    free.refresh_from_db()
    taken.refresh_from_db()
    assert free.assignee == checker
    assert taken.assignee.username == "other"


def test_an_editor_assigns_claims_in_bulk(client, editor, checker):
    claims = [make_claim(S.NEW), make_claim(S.NEW)]
    client.force_login(editor)
    client.post(
        reverse("admin:factcheck_claim_changelist"),
        {
            "action": "assign_claims",
            "_selected_action": [c.pk for c in claims],
            "confirm": "1",
            "assignee": checker.pk,
        },
    )
    assert set(Claim.objects.values_list("assignee__username", flat=True)) == {"checker"}


def test_a_checker_is_not_offered_bulk_assign_or_dismiss(client, checker):
    make_claim(S.NEW)
    client.force_login(checker)
    page = client.get(reverse("admin:factcheck_claim_changelist")).content.decode()
    assert 'value="take_claims"' in page
    assert 'value="assign_claims"' not in page
    assert 'value="dismiss_claims"' not in page


def test_bulk_dismiss_needs_a_reason(client, editor):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    url = reverse("admin:factcheck_claim_changelist")
    client.post(
        url, {"action": "dismiss_claims", "_selected_action": [claim.pk], "confirm": "1", "comment": ""}
    )
    claim.refresh_from_db()
    assert claim.status == S.NEW
    client.post(
        url,
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


# One click from a statement, publishing a briefing


def test_a_checker_makes_a_claim_from_a_statement_in_one_click(client, checker):
    statement = make_statement()
    client.force_login(checker)
    response = client.post(
        reverse("admin:briefings_statement_claim", args=[statement.briefing_id, statement.pk])
    )
    claim = Claim.objects.get()
    assert response["Location"] == reverse("admin:factcheck_claim_change", args=[claim.pk])
    assert claim.text == statement.text
    assert claim.events.get().action == "created"


def test_making_a_claim_rejects_get(client, checker):
    statement = make_statement()
    client.force_login(checker)
    url = reverse("admin:briefings_statement_claim", args=[statement.briefing_id, statement.pk])
    assert client.get(url).status_code == 405
    assert not Claim.objects.exists()


def test_a_checker_cannot_publish_a_briefing(client, checker):
    briefing = make_statement().briefing
    client.force_login(checker)
    assert client.post(reverse("admin:briefings_briefing_publish", args=[briefing.pk])).status_code == 403
    with pytest.raises(CommandError, match="may not publish"):
        call_command("publish_briefing", briefing.slug, "--user", "checker")
    briefing.refresh_from_db()
    assert briefing.status == "draft"


def test_the_briefing_form_cannot_publish_behind_the_publish_button(client, editor, checker):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    briefing = claim.statement.briefing
    client.force_login(editor)
    form = {"title": briefing.title, "slug": briefing.slug, "status": "published", "note": ""}
    form.update({f"sections-{key}": value for key, value in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()})
    response = client.post(reverse("admin:briefings_briefing_change", args=[briefing.pk]), form)
    assert response.status_code == 302  # the rest of the form saved
    briefing.refresh_from_db()
    claim.refresh_from_db()
    assert (briefing.status, claim.status) == ("draft", S.APPROVED)


def test_the_publish_command_publishes(editor):
    claim = make_claim(S.APPROVED, submitted_by=make_user("c", "Checker"), checked=True)
    call_command("publish_briefing", claim.statement.briefing.slug, "--user", "editor")
    claim.refresh_from_db()
    assert claim.is_public


# Emails, after commit


def withdraw_url(briefing):
    return reverse("admin:briefings_briefing_withdraw", args=[briefing.pk])


def published_briefing(editor, checker):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    services.publish_briefing(briefing=claim.statement.briefing, user=editor)
    claim.refresh_from_db()
    return claim.statement.briefing, claim


def test_an_editor_withdraws_a_published_briefing_and_its_verdicts(client, editor, checker):
    briefing, claim = published_briefing(editor, checker)
    client.force_login(editor)
    page = client.get(reverse("admin:briefings_briefing_change", args=[briefing.pk])).content.decode()
    assert "Withdraw from the public" in page
    assert client.post(withdraw_url(briefing)).status_code == 302
    briefing.refresh_from_db()
    assert briefing.status == "draft"
    assert not Claim.objects.public().filter(pk=claim.pk).exists()
    client.logout()
    assert client.get(claim.get_absolute_url()).status_code == 404


def test_a_checker_cannot_withdraw_a_briefing(client, editor, checker):
    briefing, _ = published_briefing(editor, checker)
    client.force_login(checker)
    assert client.post(withdraw_url(briefing)).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_withdrawing_rejects_get(client, editor, checker):
    briefing, _ = published_briefing(editor, checker)
    client.force_login(editor)
    assert client.get(withdraw_url(briefing)).status_code == 405


def test_the_publish_command_withdraws_and_refuses_a_checker(editor, checker):
    briefing, _ = published_briefing(editor, checker)
    with pytest.raises(CommandError, match="may not withdraw"):
        call_command("publish_briefing", briefing.slug, "--user", "checker", "--withdraw")
    call_command("publish_briefing", briefing.slug, "--user", "editor", "--withdraw", stdout=StringIO())
    briefing.refresh_from_db()
    assert briefing.status == "draft"
