"""The briefing desk's "Withdraw from the public" (.../withdraw/), a takedown: a GET, or a POST
without confirm=yes, shows which verdicts would come down and the reason field; only the
confirming POST withdraws."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_published_briefing, make_statement
from ..signing_in import login_page_for

CONFIRM = {"confirm": "yes"}


def withdraw_url(briefing):
    return reverse("admin:briefings_briefing_withdraw", args=[briefing.pk])


def test_it_takes_the_briefing_and_its_verdicts_from_the_public_once_confirmed(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    client.force_login(editor)
    assert client.post(withdraw_url(briefing), CONFIRM).status_code == 302
    briefing.refresh_from_db()
    assert briefing.status == "withdrawn"
    assert not Claim.objects.public().filter(pk=claim.pk).exists()
    client.logout()
    assert client.get(claim.get_absolute_url()).status_code == 410


def test_its_message_says_how_many_verdicts_came_down(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(editor)
    response = client.post(withdraw_url(briefing), CONFIRM, follow=True)
    assert f"Withdrew “{briefing.title}”: it and its 1 verdict are no longer public." in response.text


def test_it_records_the_public_reason_given(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    client.force_login(editor)
    client.post(withdraw_url(briefing), {**CONFIRM, "reason": "A court order."})
    briefing.refresh_from_db()
    assert briefing.withdrawal_reason == "A court order."
    client.logout()
    assert "A court order." in client.get(claim.get_absolute_url()).content.decode()


def test_a_get_lists_the_verdicts_that_come_down_and_changes_nothing(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    client.force_login(editor)
    response = client.get(withdraw_url(briefing))
    assert response.status_code == 200
    assert response.context["preview"].coming_down == [claim]
    assert "Verdicts that come down (1)" in response.text
    assert claim.text in response.text
    assert 'name="reason"' in response.text
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_the_desk_buttons_post_carries_the_reason_to_the_confirmation(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(editor)
    response = client.post(withdraw_url(briefing), {"reason": "A court order."})
    assert response.status_code == 200
    assert ">A court order.</textarea>" in response.text
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_a_reason_too_long_is_refused_with_a_message_and_changes_nothing(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(editor)
    response = client.post(withdraw_url(briefing), {**CONFIRM, "reason": "x" * 1001})
    assert response.status_code == 200
    assert "at most 1000 characters" in response.text
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_it_refuses_a_checker(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(checker)
    assert client.get(withdraw_url(briefing)).status_code == 403
    assert client.post(withdraw_url(briefing), CONFIRM).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_it_refuses_a_staff_member_without_a_role(client, editor, checker, staff_member):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(staff_member)
    assert client.get(withdraw_url(briefing)).status_code == 403
    assert client.post(withdraw_url(briefing), CONFIRM).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "published"


def test_it_refuses_a_draft_briefing(client, editor):
    briefing = make_statement().briefing
    client.force_login(editor)
    assert client.get(withdraw_url(briefing)).status_code == 403
    assert client.post(withdraw_url(briefing), CONFIRM).status_code == 403


def test_it_redirects_anonymous_to_login(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    url = withdraw_url(briefing)
    assert client.get(url, follow=True).redirect_chain[-1][0] == login_page_for(url)
    assert client.post(url, CONFIRM, follow=True).redirect_chain[-1][0] == login_page_for(url)
    briefing.refresh_from_db()
    assert briefing.status == "published"
