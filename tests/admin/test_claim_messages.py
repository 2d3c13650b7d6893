"""What the desk says after a workflow button or a bulk action on claims: what happened to which
claim, in newsroom words, naming people by their full names (factcheck.admin.outcomes)."""

import datetime

from django.contrib.messages import get_messages
from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing, make_submitted_claim, make_user

S = Claim.Status
LIST = reverse("admin:factcheck_claim_changelist")


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def press(client, claim, action, **data):
    url = reverse("admin:factcheck_claim_workflow", args=[claim.pk, action])
    return client.post(url, {"opened_version": claim.version, **data})


def named(user, first, last):
    user.first_name, user.last_name = first, last
    user.save()
    return user


def test_assigning_names_the_checker_and_the_due_date(client, editor, checker):
    named(checker, "Chris", "Checker")
    claim = make_claim(S.NEW, due_on=datetime.date(2026, 11, 27))
    client.force_login(editor)
    assert said(press(client, claim, "assign", assignee=checker.pk)) == [
        "Assigned to Chris Checker, due 27 Nov."
    ]


def test_assigning_someone_without_a_full_name_uses_their_username(client, editor, checker):
    claim = make_claim(S.NEW)
    client.force_login(editor)
    assert said(press(client, claim, "assign", assignee=checker.pk)) == ["Assigned to checker."]


def test_taking_a_claim_says_it_is_yours(client, checker):
    claim = make_claim(S.NEW, text="The port handled 140 ships last week.")
    client.force_login(checker)
    assert said(press(client, claim, "take")) == [
        "You are on “The port handled 140 ships last week.”: it is assigned to you."
    ]


def test_approving_names_the_claim(client, editor, checker):
    claim = make_submitted_claim(checker, text="The port handled 140 ships last week.")
    client.force_login(editor)
    assert said(press(client, claim, "approve")) == [
        "Approved “The port handled 140 ships last week.”: ready to publish."
    ]


def test_requesting_changes_names_the_checker_it_goes_back_to(client, editor, checker):
    named(checker, "Chris", "Checker")
    claim = make_submitted_claim(checker, text="Short claim.")
    client.force_login(editor)
    response = press(client, claim, "request_changes", comment="Add the port's own figures.")
    assert said(response) == ["Sent “Short claim.” back to Chris Checker with your request."]


def test_publishing_a_claim_in_a_published_briefing_says_which_version_is_public(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    Claim.objects.filter(pk=claim.pk).update(status=S.APPROVED)
    claim.refresh_from_db()
    client.force_login(editor)
    assert said(press(client, claim, "publish")) == [f"Published: “{claim.text}” is public as version 2."]


def test_publishing_a_claim_in_a_draft_briefing_says_readers_wait_for_the_briefing(client, editor, checker):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True, text="Short claim.")
    client.force_login(editor)
    desk = reverse("admin:briefings_briefing_change", args=[claim.statement.briefing_id])
    assert said(press(client, claim, "publish")) == [
        f'Published: “Short claim.” is version 1; readers see it once <a href="{desk}">the briefing is published</a>.'
    ]


def test_a_long_claim_is_quoted_cut_short(client, editor, checker):
    text = (
        "The port handled one hundred and forty ships last week, more than in any week since records began."
    )
    claim = make_submitted_claim(checker, text=text)
    client.force_login(editor)
    assert said(press(client, claim, "approve")) == [
        "Approved “The port handled one hundred and forty ships last week, more than…”: ready to publish."
    ]


def test_the_bulk_assign_names_the_checker_and_counts_the_claims(client, editor, checker):
    named(checker, "Chris", "Checker")
    claims = [make_claim(S.NEW), make_claim(S.NEW)]
    client.force_login(editor)
    data = {"action": "assign_claims", "_selected_action": [c.pk for c in claims], "confirm": "1"}
    response = client.post(LIST, {**data, "assignee": checker.pk})
    assert said(response) == ["Assigned 2 claims to Chris Checker."]


def test_the_bulk_take_counts_the_claims(client, checker):
    claim = make_claim(S.NEW)
    client.force_login(checker)
    response = client.post(LIST, {"action": "take_claims", "_selected_action": [claim.pk]})
    assert said(response) == ["You are on 1 claim now: assigned to you."]


def test_no_message_says_done(client, editor):
    other = make_user("other", "Checker")
    claim = make_claim(S.NEW)
    client.force_login(editor)
    assert not any("done" in message for message in said(press(client, claim, "assign", assignee=other.pk)))


def test_approving_a_verdict_the_checklist_would_refuse_says_what_it_still_needs(client, editor, checker):
    claim = make_submitted_claim(checker, text="The port handled 140 ships last week.")
    Claim.objects.filter(pk=claim.pk).update(reply_status="contacted", contacted_on=None)
    client.force_login(editor)
    assert said(press(client, claim, "approve")) == [
        "Approved “The port handled 140 ships last week.”, but it is not ready to publish. This verdict "
        "cannot be published yet: it needs the date the claimant was contacted. A change to it now sends "
        "it back to review: use Request changes to ask for it."
    ]
