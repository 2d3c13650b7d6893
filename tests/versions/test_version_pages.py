"""/claims/<id>/versions/<n>/: every published version stays readable at its own address, and
the claim's page lists them with their dates, ratings and reasons."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.links import absolute
from factcheck.models import Rating

from ..factories import republish


@pytest.fixture
def corrected(desk):
    claim = desk.fresh()
    claim.rating = Rating.objects.get(slug="misleading")
    return republish(
        claim, editor=desk.editor, second_editor=desk.second_editor, comment="Only 120 ships docked."
    )


def version_url(claim, number):
    return reverse("claim-version", args=[claim.pk, number])


def test_it_shows_the_first_version_after_a_correction(client, corrected):
    page = client.get(version_url(corrected, 1)).content.decode()
    assert "An earlier version." in page
    assert "Accurate" in page
    assert "Read the current version" in page


def test_it_shows_the_latest_version_too(client, corrected):
    page = client.get(version_url(corrected, 2)).content.decode()
    assert "Misleading" in page
    assert "An earlier version." not in page


def test_an_earlier_version_carries_no_claimreview_and_points_to_the_current_page(client, corrected):
    page = client.get(version_url(corrected, 1)).content.decode()
    assert "application/ld+json" not in page
    address = absolute(reverse("claim", args=[corrected.pk]))
    assert f'rel="canonical" href="{address}"' in page


def test_an_earlier_version_reads_its_evidence_once(client, corrected, django_assert_max_num_queries):
    """The claim page's six queries, and the earlier version with its evidence: two more."""
    with django_assert_max_num_queries(8):
        assert client.get(version_url(corrected, 1)).status_code == 200


def test_the_live_versions_own_address_reads_only_what_the_claim_page_reads(
    client, corrected, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        assert client.get(version_url(corrected, 2)).status_code == 200


def test_the_live_versions_own_address_shows_the_claim_page(client, corrected):
    live = client.get(version_url(corrected, 2)).content
    assert live == client.get(reverse("claim", args=[corrected.pk])).content


def test_the_claim_page_lists_every_version_with_its_reason(client, corrected):
    page = client.get(reverse("claim", args=[corrected.pk])).content.decode()
    assert f'href="{version_url(corrected, 1)}">Version 1</a>' in page
    assert "<strong>Version 2</strong>" in page
    assert "First published." in page
    assert "Only 120 ships docked." in page


def test_a_versions_reason_leaves_out_the_reviewers_comments(client, desk):
    """The reason readers see is the change notes; what reviewers said to the checker on the desk
    (a request for changes, an approval's comment) stays on the desk."""
    claim = desk.fresh()
    claim.rating = Rating.objects.get(slug="misleading")
    claim = services.save_claim(claim=claim, user=desk.editor, comment="Only 120 ships docked.")
    claim = services.take_action(
        claim=claim, action="request_changes", user=desk.second_editor, comment="Ring the harbour master."
    )
    claim.rationale = (
        "The harbour master counts 120 ships, and the port authority's weekly log agrees, arrival by arrival."
    )
    claim = services.save_claim(claim=claim, user=desk.checker, comment="Harbour master's count.")
    claim = services.take_action(claim=claim, action="submit", user=desk.checker, comment="Done, I rang.")
    claim = services.take_action(claim=claim, action="approve", user=desk.second_editor, comment="Good call.")
    services.take_action(claim=claim, action="publish", user=desk.second_editor)
    page = client.get(reverse("claim", args=[claim.pk])).content.decode()
    assert "Only 120 ships docked. Harbour master&#x27;s count." in page
    for comment in ("Ring the harbour master.", "Done, I rang.", "Good call."):
        assert comment not in page


def test_the_claim_page_puts_corrections_above_the_evidence(client, corrected):
    page = client.get(reverse("claim", args=[corrected.pk])).content.decode()
    assert page.index("Rating changed from Accurate to Misleading") < page.index("Evidence</h2>")


def test_credits_name_everyone_who_researched_or_edited_any_version(client, corrected):
    page = client.get(reverse("claim", args=[corrected.pk])).content.decode()
    assert "Researched by Chris Checker, Eda Editor" in page
    assert "Edited by Eda Editor" in page


def test_claimreview_carries_the_first_publication_and_the_latest_change(client, corrected):
    review = client.get(f"/api/v1/claimreviews/{corrected.pk}/").json()
    first, latest = corrected.versions.order_by("number")
    assert review["datePublished"] == first.published_at.date().isoformat()
    assert review["dateModified"] == latest.published_at.date().isoformat()


def test_it_answers_404_for_a_version_that_does_not_exist(client, corrected):
    assert client.get(version_url(corrected, 3)).status_code == 404


def test_it_answers_404_for_a_claim_that_was_never_public(client, desk):
    claim = services.make_claim(statement=desk.claim.statement, user=desk.checker)
    assert client.get(version_url(claim, 1)).status_code == 404


def test_it_answers_410_after_a_takedown(client, desk):
    services.withdraw_briefing(briefing=desk.briefing, user=desk.editor)
    assert client.get(version_url(desk.claim, 1)).status_code == 410


def test_it_refuses_post(client, corrected):
    assert client.post(version_url(corrected, 1)).status_code == 405


def test_it_works_for_anonymous_readers_without_signing_in(client, corrected):
    assert client.get(version_url(corrected, 1)).status_code == 200
