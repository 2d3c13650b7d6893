"""Deleting a briefing on the desk (.../delete/ and the bulk "Delete selected briefings"): a
briefing with published verdicts is withdrawn, never deleted.

Only admins delete briefings at all: the Editor and Checker roles hold no delete permission."""

import pytest
from django.urls import reverse

from briefings.models import Briefing
from factcheck.models import Claim, ClaimVersion

from ..factories import make_published_briefing, make_statement
from ..signing_in import login_page_for


def delete_url(briefing):
    return reverse("admin:briefings_briefing_delete", args=[briefing.pk])


def change_url(briefing):
    return reverse("admin:briefings_briefing_change", args=[briefing.pk])


def a_draft():
    """A draft briefing no claim was ever made on."""
    return make_statement("A draft\nThe bridge opened in 1932. It carries six lanes.\n").briefing


def everything_kept(briefing, claim):
    """The briefing, its claim and its published version are all still there."""
    return (
        Briefing.objects.filter(pk=briefing.pk).exists()
        and Claim.objects.filter(pk=claim.pk).exists()
        and ClaimVersion.objects.filter(claim=claim).exists()
    )


@pytest.fixture
def published(editor, checker):
    """A published briefing with a published verdict: (briefing, claim)."""
    return make_published_briefing(checker, editor)


def test_it_hides_the_delete_link_on_a_briefing_with_published_verdicts(client, superuser, published):
    briefing, _ = published
    client.force_login(superuser)
    assert delete_url(briefing) not in client.get(change_url(briefing)).text


def test_it_shows_the_delete_link_on_a_draft_without_published_verdicts(client, superuser):
    briefing = a_draft()
    client.force_login(superuser)
    assert delete_url(briefing) in client.get(change_url(briefing)).text


def test_it_sends_an_admin_back_with_the_reason(client, superuser, published):
    briefing, claim = published
    client.force_login(superuser)
    response = client.get(delete_url(briefing), follow=True)
    assert response.redirect_chain == [(change_url(briefing), 302)]
    assert "cannot be deleted: it has published verdicts" in response.text
    assert "withdraw it from the public instead" in response.text
    assert everything_kept(briefing, claim)


def test_it_refuses_an_admin_s_forged_post(client, superuser, published):
    briefing, claim = published
    client.force_login(superuser)
    response = client.post(delete_url(briefing), {"post": "yes"}, follow=True)
    assert response.redirect_chain == [(change_url(briefing), 302)]
    assert "withdraw it from the public instead" in response.text
    assert everything_kept(briefing, claim)


def test_it_refuses_a_withdrawn_briefing_with_published_verdicts(client, superuser, published):
    """Its verdicts are still on record (their pages answer 410 Gone)."""
    briefing, claim = published
    Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.WITHDRAWN)
    client.force_login(superuser)
    response = client.post(delete_url(briefing), {"post": "yes"}, follow=True)
    assert "it has published verdicts, which stay on record; it is withdrawn already." in response.text
    assert everything_kept(briefing, claim)


def test_it_deletes_a_draft_without_published_verdicts(client, superuser):
    briefing = a_draft()
    client.force_login(superuser)
    assert client.post(delete_url(briefing), {"post": "yes"}).status_code == 302
    assert not Briefing.objects.filter(pk=briefing.pk).exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_refuses_an_editor(client, editor, published, method):
    briefing, claim = published
    client.force_login(editor)
    assert getattr(client, method)(delete_url(briefing), {"post": "yes"}).status_code == 403
    assert everything_kept(briefing, claim)


def test_it_refuses_an_editor_a_draft_too(client, editor):
    """Editors hold no delete permission: drafts go too only by an admin's hand."""
    briefing = a_draft()
    client.force_login(editor)
    assert client.post(delete_url(briefing), {"post": "yes"}).status_code == 403
    assert Briefing.objects.filter(pk=briefing.pk).exists()


def test_it_refuses_a_checker(client, checker, published):
    briefing, claim = published
    client.force_login(checker)
    assert client.post(delete_url(briefing), {"post": "yes"}).status_code == 403
    assert everything_kept(briefing, claim)


def test_it_sends_anonymous_visitors_to_sign_in(client, published):
    briefing, claim = published
    url = delete_url(briefing)
    assert client.post(url, {"post": "yes"}, follow=True).redirect_chain[-1][0] == login_page_for(url)
    assert everything_kept(briefing, claim)


def bulk_delete(client, *briefings, confirmed=False):
    data = {"action": "delete_selected", "_selected_action": [briefing.pk for briefing in briefings]}
    if confirmed:
        data["post"] = "yes"  # the confirmation page's own POST
    return client.post(reverse("admin:briefings_briefing_changelist"), data, follow=True)


@pytest.mark.parametrize("confirmed", [False, True], ids=["asked", "confirmed"])
def test_the_bulk_delete_refuses_a_selection_with_published_verdicts(client, superuser, published, confirmed):
    """Nothing in the selection is deleted, and the briefing that stops it is named."""
    briefing, claim = published
    draft = a_draft()
    client.force_login(superuser)
    response = bulk_delete(client, briefing, draft, confirmed=confirmed)
    assert f"“{briefing}” cannot be deleted: it has published verdicts" in response.text
    assert everything_kept(briefing, claim)
    assert Briefing.objects.filter(pk=draft.pk).exists()


def test_the_bulk_delete_deletes_drafts_without_published_verdicts(client, superuser):
    draft = a_draft()
    client.force_login(superuser)
    bulk_delete(client, draft, confirmed=True)
    assert not Briefing.objects.filter(pk=draft.pk).exists()


def test_the_bulk_delete_is_not_offered_to_an_editor(client, editor):
    draft = a_draft()
    client.force_login(editor)
    response = bulk_delete(client, draft, confirmed=True)
    assert 'value="delete_selected"' not in response.text
    assert Briefing.objects.filter(pk=draft.pk).exists()
