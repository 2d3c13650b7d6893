"""A refusal the desk answers 403 (publishing a briefing published already, a checker on an
editor's page) says why and the way back; Django's own page read "403 Forbidden" and nothing else."""

from django.urls import reverse

from ..factories import make_published_briefing, make_statement


def publish_url(briefing):
    return reverse("admin:briefings_briefing_publish", args=[briefing.pk])


def test_publishing_a_published_briefing_again_says_why_and_links_back(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(editor)
    response = client.get(publish_url(briefing))
    assert response.status_code == 403
    assert "You may not publish this briefing: it is published already." in response.text
    assert "Nothing was changed." in response.text
    assert f'href="{reverse("admin:briefings_briefing_change", args=[briefing.pk])}"' in response.text
    assert f'href="{reverse("admin:index")}"' in response.text


def test_a_checker_refused_the_publication_page_is_told_why(client, checker):
    briefing = make_statement().briefing
    client.force_login(checker)
    response = client.post(publish_url(briefing), {"confirm": "yes"})
    assert response.status_code == 403
    assert "You may not publish this briefing: publishing needs the Editor role." in response.text


def test_an_anonymous_visitor_is_never_shown_the_refusal_page(client, db):
    briefing = make_statement().briefing
    response = client.get(publish_url(briefing))
    assert response.status_code == 302
