"""/claims/<id>/preview/ and /briefings/<slug>/preview/: staff see unpublished work as the public
would if it were published now, marked as a preview, never indexed, without ClaimReview."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim

from ..factories import make_claim, make_staff, make_user, publish_a_check

pytestmark = pytest.mark.django_db
S = Claim.Status


@pytest.fixture
def approved(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    claim = services.take_action(claim=claim, action="submit", user=checker)
    return services.take_action(claim=claim, action="approve", user=make_user("approver", "Editor"))


def claim_preview(claim):
    return reverse("claim-preview", args=[claim.pk])


def briefing_preview(claim):
    return reverse("briefing-preview", args=[claim.statement.briefing.slug])


def test_staff_see_a_claim_that_is_not_published(client, checker, approved):
    client.force_login(checker)
    page = client.get(claim_preview(approved)).content.decode()
    assert "Preview: not public." in page
    assert approved.rationale.replace("'", "&#x27;") in page


def test_it_is_never_indexed_and_carries_no_claimreview(client, checker, approved):
    client.force_login(checker)
    page = client.get(claim_preview(approved)).content.decode()
    assert '<meta name="robots" content="noindex">' in page
    assert "application/ld+json" not in page


def test_the_article_preview_shows_what_publishing_would_put_out(client, editor, approved):
    client.force_login(editor)
    page = client.get(briefing_preview(approved)).content.decode()
    assert "Preview: not public." in page
    assert "1 of 2 statements checked" in page
    assert "application/ld+json" not in page


def test_it_shows_a_revision_in_review_instead_of_the_live_version(client, checker, editor):
    claim = publish_a_check(checker, editor)
    claim.rationale = "A revised rationale."
    services.save_claim(claim=claim, user=editor, opened_version=claim.version)
    client.force_login(editor)
    page = client.get(claim_preview(claim)).content.decode()
    assert "A revised rationale." in page
    assert "An earlier version." not in page


def test_it_is_404_for_anonymous_visitors(client, approved):
    assert client.get(claim_preview(approved)).status_code == 404
    assert client.get(briefing_preview(approved)).status_code == 404


def test_it_is_404_for_someone_who_is_not_staff(client, approved, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", password="pw-reader-123456"))
    assert client.get(claim_preview(approved)).status_code == 404


def test_it_is_404_for_staff_without_a_role(client, approved):
    client.force_login(make_staff())
    assert client.get(claim_preview(approved)).status_code == 404
    assert client.get(briefing_preview(approved)).status_code == 404


def test_it_refuses_post(client, checker, approved):
    client.force_login(checker)
    assert client.post(claim_preview(approved)).status_code == 405


def test_the_desk_links_view_on_site_to_the_preview_until_it_is_public(client, editor, approved):
    client.force_login(editor)
    page = client.get(reverse("admin:factcheck_claim_change", args=[approved.pk])).content.decode()
    assert claim_preview(approved) in page
