"""The briefing desk's "Publish briefing and approved claims" (POST .../publish/)."""

from django.urls import reverse

from ..factories import make_statement


def publish_url(briefing):
    return reverse("admin:briefings_briefing_publish", args=[briefing.pk])


def test_it_refuses_a_checker(client, checker):
    briefing = make_statement().briefing
    client.force_login(checker)
    assert client.post(publish_url(briefing)).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "draft"
