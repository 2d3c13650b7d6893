"""The briefing's page on the desk: the article's statements in order with their claims and
"+ Claim", and the editor's "Publish briefing" and "Withdraw from the public"."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing

S = Claim.Status


def change_url(briefing):
    return reverse("admin:briefings_briefing_change", args=[briefing.pk])


def test_it_shows_the_article_as_written(admin_client, sample_briefing):
    response = admin_client.get(change_url(sample_briefing))
    assert response.status_code == 200
    assert "What Lies Ahead?" in response.content.decode()


def test_it_offers_an_editor_withdraw_for_a_published_briefing(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(editor)
    assert "Withdraw from the public" in client.get(change_url(briefing)).content.decode()


def test_its_form_cannot_publish_behind_the_publish_button(client, editor, checker):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    briefing = claim.statement.briefing
    client.force_login(editor)
    form = {"title": briefing.title, "slug": briefing.slug, "status": "published", "note": ""}
    form.update({f"sections-{key}": value for key, value in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()})
    response = client.post(change_url(briefing), form)
    assert response.status_code == 302  # the rest of the form saved
    briefing.refresh_from_db()
    claim.refresh_from_db()
    assert (briefing.status, claim.status) == ("draft", S.APPROVED)
