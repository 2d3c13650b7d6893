"""The briefing desk's "Withdraw from the public" (POST .../withdraw/): a takedown."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_published_briefing, make_statement
from ..signing_in import login_page_for


def withdraw_url(briefing):
    return reverse("admin:briefings_briefing_withdraw", args=[briefing.pk])


def test_it_takes_the_briefing_and_its_verdicts_from_the_public(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    client.force_login(editor)
    assert client.post(withdraw_url(briefing)).status_code == 302
    briefing.refresh_from_db()
    assert briefing.status == "withdrawn"
    assert not Claim.objects.public().filter(pk=claim.pk).exists()
    client.logout()
    assert client.get(claim.get_absolute_url()).status_code == 410


def test_it_records_the_public_reason_given(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    client.force_login(editor)
    client.post(withdraw_url(briefing), {"reason": "A court order."})
    briefing.refresh_from_db()
    assert briefing.withdrawal_reason == "A court order."
    client.logout()
    assert "A court order." in client.get(claim.get_absolute_url()).content.decode()


def test_it_refuses_a_checker(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(checker)
    assert client.post(withdraw_url(briefing)).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_it_refuses_get(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(editor)
    assert client.get(withdraw_url(briefing)).status_code == 405
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_it_refuses_a_staff_member_without_a_role(client, editor, checker, staff_member):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(staff_member)
    assert client.post(withdraw_url(briefing)).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_it_refuses_a_draft_briefing(client, editor):
    briefing = make_statement().briefing
    client.force_login(editor)
    assert client.post(withdraw_url(briefing)).status_code == 403


def test_it_redirects_anonymous_to_login(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    url = withdraw_url(briefing)
    assert client.post(url, follow=True).redirect_chain[-1][0] == login_page_for(url)
    briefing.refresh_from_db()
    assert briefing.status == "published"
