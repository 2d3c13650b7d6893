"""The briefing desk's "Withdraw from the public" (POST .../withdraw/): a takedown."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_published_briefing


def withdraw_url(briefing):
    return reverse("admin:briefings_briefing_withdraw", args=[briefing.pk])


def test_it_takes_the_briefing_and_its_verdicts_from_the_public(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    client.force_login(editor)
    assert client.post(withdraw_url(briefing)).status_code == 302
    briefing.refresh_from_db()
    assert briefing.status == "draft"
    assert not Claim.objects.public().filter(pk=claim.pk).exists()
    client.logout()
    assert client.get(claim.get_absolute_url()).status_code == 404


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
