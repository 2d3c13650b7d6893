"""The claim desk says what readers see while a published verdict is revised, and offers to
publish again a verdict whose sources changed."""

from django.urls import reverse

from factcheck import services
from factcheck.models import Rating


def change_page(client, desk, user):
    client.force_login(user)
    return client.get(reverse("admin:factcheck_claim_change", args=[desk.claim.pk])).content.decode()


def test_it_says_which_version_is_live(client, desk):
    page = change_page(client, desk, desk.editor)
    assert "Version 1 is live: Accurate" in page


def test_it_says_a_revision_is_in_review(client, desk):
    claim = desk.fresh()
    claim.rating = Rating.objects.get(slug="misleading")
    services.save_claim(claim=claim, user=desk.editor, opened_version=claim.version)
    page = change_page(client, desk, desk.second_editor)
    assert "A revision is in review." in page
    assert "Readers keep seeing version 1" in page


def test_it_offers_to_publish_again_after_a_source_changed(client, desk):
    source = type(desk.source).objects.get(pk=desk.source.pk)
    source.title = "Port of Odesa annual report"
    services.save_source(source=source, user=desk.editor)
    page = change_page(client, desk, desk.second_editor)
    assert "A source or rating it cites has changed since." in page
    assert "Publish again with the changed sources" in page


def test_the_button_publishes_the_next_version(client, desk):
    source = type(desk.source).objects.get(pk=desk.source.pk)
    source.title = "Port of Odesa annual report"
    services.save_source(source=source, user=desk.editor)
    client.force_login(desk.second_editor)
    url = reverse("admin:factcheck_claim_workflow", args=[desk.claim.pk, "republish"])
    client.post(url, {"opened_version": desk.fresh().version})
    assert desk.fresh().live_version.number == 2


def test_a_checker_is_not_offered_to_publish_again(client, desk):
    source = type(desk.source).objects.get(pk=desk.source.pk)
    source.title = "Port of Odesa annual report"
    services.save_source(source=source, user=desk.editor)
    assert "Publish again" not in change_page(client, desk, desk.checker)
