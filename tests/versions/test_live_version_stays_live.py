"""A published verdict stays exactly as published while its working copy is edited, sent back
and approved again, on every public page, feed and API answer, until the next version is
published; then it changes, in the open."""

from django.urls import reverse

from factcheck import services
from factcheck.models import Rating

API = "/api/v1/"


def public_answers(client, desk):
    claim = desk.claim
    urls = [
        reverse("home"),
        desk.briefing.get_absolute_url(),
        reverse("claim", args=[claim.pk]),
        reverse("source", args=[desk.source.pk]),
        reverse("search") + "?q=port",
        reverse("feed-rss"),
        reverse("feed-atom"),
        "/sitemap.xml",
        f"{API}claims/",
        f"{API}claims/{claim.pk}/",
        f"{API}claimreviews/",
        f"{API}claimreviews/{claim.pk}/",
        f"{API}statements/{claim.statement_id}/",
        f"{API}briefings/{desk.briefing.slug}/",
        f"{API}sources/{desk.source.pk}/",
    ]
    answers = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        answers[url] = (response.content, response.get("ETag"), response.get("Last-Modified"))
    return answers


def revise(desk):
    """An editor changes the rating; another sends it back; the checker reworks it and resubmits;
    the second editor approves: everything short of publishing."""
    claim = desk.fresh()
    claim.rating = Rating.objects.get(slug="misleading")
    claim.rationale = "Only 120 of the 140 ships docked; the rest anchored offshore, as the port authority's new weekly log shows."
    claim = services.save_claim(
        claim=claim, user=desk.editor, opened_version=claim.version, comment="The port's new figures."
    )
    claim = services.take_action(
        claim=claim, action="request_changes", user=desk.second_editor, comment="Cite the new figures."
    )
    claim.assignee = desk.checker
    claim.claimant = "The port authority"
    claim = services.save_claim(claim=claim, user=desk.checker, opened_version=claim.version)
    return claim


def test_every_public_answer_is_unchanged_while_the_working_copy_is_revised(client, desk):
    before = public_answers(client, desk)
    claim = revise(desk)
    assert public_answers(client, desk) == before
    assert claim.live_version.number == 1


def test_every_public_answer_is_unchanged_after_the_revision_is_approved(client, desk):
    before = public_answers(client, desk)
    claim = revise(desk)
    claim = services.take_action(claim=claim, action="submit", user=desk.checker)
    services.take_action(claim=claim, action="approve", user=desk.second_editor)
    assert public_answers(client, desk) == before


def test_the_claim_page_stays_up_while_its_revision_is_in_review(client, desk):
    revise(desk)
    page = client.get(reverse("claim", args=[desk.claim.pk])).content.decode()
    assert "Accurate" in page
    assert "The port authority&#x27;s figures show 140 ships." in page
    assert "120 of the 140" not in page


def test_the_article_keeps_the_verdict_while_its_revision_is_in_review(client, desk):
    revise(desk)
    page = client.get(desk.briefing.get_absolute_url()).content.decode()
    assert "1 of 2 statements checked" in page


def test_publishing_the_next_version_changes_the_public_answers(client, desk):
    before = public_answers(client, desk)
    claim = revise(desk)
    claim = services.take_action(claim=claim, action="submit", user=desk.checker)
    claim = services.take_action(claim=claim, action="approve", user=desk.second_editor)
    services.take_action(claim=claim, action="publish", user=desk.second_editor)
    after = public_answers(client, desk)
    changed = [url for url in before if after[url][0] != before[url][0]]
    assert f"{API}claims/{desk.claim.pk}/" in changed
    assert reverse("claim", args=[desk.claim.pk]) in changed
    assert reverse("feed-rss") in changed


def test_the_new_version_prints_a_correction_between_published_ratings(client, desk):
    claim = revise(desk)
    claim = services.take_action(claim=claim, action="submit", user=desk.checker)
    claim = services.take_action(claim=claim, action="approve", user=desk.second_editor)
    services.take_action(claim=claim, action="publish", user=desk.second_editor)
    page = client.get(reverse("claim", args=[desk.claim.pk])).content.decode()
    assert "Rating changed from Accurate to Misleading" in page
    assert "The port&#x27;s new figures." in page


def test_the_api_answer_does_not_move_while_the_working_copy_is_revised(client, desk):
    url = f"{API}claims/{desk.claim.pk}/"
    before = client.get(url)
    revise(desk)
    assert client.get(url, HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]).status_code == 304
    assert client.get(url).json()["rating"]["slug"] == "accurate"
