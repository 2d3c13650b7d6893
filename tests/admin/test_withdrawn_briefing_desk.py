"""A withdrawn briefing's desk page: its Publish button says the published verdicts come back with
it (it read "approved claims (none yet)"), and the withdrawal's reason ends its sentence once."""

from django.urls import reverse

from factcheck import services
from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing

S = Claim.Status


def change_url(briefing):
    return reverse("admin:briefings_briefing_change", args=[briefing.pk])


def withdrawn(checker, editor, reason=""):
    briefing, claim = make_published_briefing(checker, editor)
    services.withdraw_briefing(briefing=briefing, user=editor, reason=reason)
    return briefing, claim


def test_publishing_a_withdrawn_briefing_again_says_its_verdicts_return(client, editor, checker):
    briefing, _ = withdrawn(checker, editor)
    client.force_login(editor)
    page = client.get(change_url(briefing)).text
    assert 'class="button publish-briefing default">Publish briefing again: 1 verdict returns…' in page
    assert "none yet" not in page


def test_it_also_counts_approved_claims_going_out_for_the_first_time(client, editor, checker):
    briefing, claim = withdrawn(checker, editor)
    make_claim(S.APPROVED, statement=claim.statement, assignee=checker, submitted_by=checker)
    client.force_login(editor)
    page = client.get(change_url(briefing)).text
    assert "Publish briefing again: 1 verdict returns, 1 approved goes out…" in page


def test_a_checker_is_offered_no_publish_on_a_withdrawn_briefing(client, editor, checker):
    briefing, _ = withdrawn(checker, editor)
    client.force_login(checker)
    assert "Publish briefing again" not in client.get(change_url(briefing)).text


def test_a_withdrawal_reason_with_its_own_full_stop_gets_no_second(client, editor, checker):
    briefing, _ = withdrawn(checker, editor, reason="Legal review.")
    client.force_login(editor)
    page = client.get(change_url(briefing)).text
    assert ": Legal review. Readers see a notice" in page


def test_a_withdrawal_reason_without_a_full_stop_gets_one(client, editor, checker):
    briefing, _ = withdrawn(checker, editor, reason="Legal review")
    client.force_login(editor)
    assert ": Legal review. Readers see a notice" in client.get(change_url(briefing)).text
