"""The claim's "Checked before" panel: a POST button per suggestion links it, with its similarity;
a linked earlier check shows its published verdict and an Unlink button. Every door tried with
the wrong method, anonymous, and a checker who may not edit the claim."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import PreviousCheck
from factcheck.similarity import similar_claims

from ..factories import make_claim, make_public_claim, make_user

pytestmark = pytest.mark.django_db

EARLIER = "Russia invaded Ukraine on February 24, 2022."
ASKED = "When did Russia begin its full-scale invasion of Ukraine?"


@pytest.fixture
def earlier():
    return make_public_claim(text=EARLIER)


@pytest.fixture
def claim(checker):
    return make_claim(text=ASKED, assignee=checker)


def link_url(claim, earlier, verb="link"):
    return reverse(f"admin:factcheck_claim_{verb}_previous", args=[claim.pk, earlier.pk])


def change_page(client, claim):
    response = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_panel_offers_a_link_button_bound_to_a_post_form_with_csrf(client, claim, earlier, checker):
    client.force_login(checker)

    html = change_page(client, claim)

    assert f'form="previous-link-{earlier.pk}"' in html
    form_start = html.index(
        f'<form id="previous-link-{earlier.pk}" method="post" action="{link_url(claim, earlier)}"'
    )
    assert "csrfmiddlewaretoken" in html[form_start : html.index("</form>", form_start)]


def test_the_button_links_with_the_suggestions_similarity(client, claim, earlier, checker):
    client.force_login(checker)
    (match,) = similar_claims(ASKED)

    response = client.post(link_url(claim, earlier), {"similarity": str(match.similarity)})

    assert response.status_code == 302
    link = PreviousCheck.objects.get()
    assert (link.claim, link.earlier, link.similarity, link.linked_by) == (
        claim,
        earlier,
        match.similarity,
        checker,
    )


def test_a_linked_check_shows_its_published_verdict_and_an_unlink_button(client, claim, earlier, checker):
    services.link_previous_check(claim=claim, earlier=earlier, user=checker, similarity=0.5)
    client.force_login(checker)

    html = change_page(client, claim)

    assert "Linked as previously checked" in html
    assert (
        f'<a href="{reverse("claim", args=[earlier.pk])}">{EARLIER}</a>: <strong>{earlier.live_version.rating_name}</strong>'
        in html
    )
    assert "similarity 0.50" in html
    assert f'form="previous-unlink-{earlier.pk}"' in html
    assert f'form="previous-link-{earlier.pk}"' not in html  # not suggested again


def test_the_unlink_button_unlinks(client, claim, earlier, checker):
    services.link_previous_check(claim=claim, earlier=earlier, user=checker)
    client.force_login(checker)

    response = client.post(link_url(claim, earlier, "unlink"))

    assert response.status_code == 302
    assert not PreviousCheck.objects.exists()


def test_a_checker_who_may_not_edit_the_claim_sees_no_buttons(client, claim, earlier):
    client.force_login(make_user("other", "Checker"))

    response = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk]))

    html = response.content.decode()
    assert EARLIER in html  # still shown
    assert "previous-link-" not in html


@pytest.mark.parametrize("verb", ["link", "unlink"])
def test_a_checker_who_may_not_edit_the_claim_is_refused_with_a_message(
    client, claim, earlier, checker, verb
):
    if verb == "unlink":
        services.link_previous_check(claim=claim, earlier=earlier, user=checker)
    before = PreviousCheck.objects.count()
    client.force_login(make_user("other", "Checker"))

    response = client.post(link_url(claim, earlier, verb), follow=True)

    assert PreviousCheck.objects.count() == before
    assert "may not link earlier checks" in response.content.decode()


@pytest.mark.parametrize("verb", ["link", "unlink"])
def test_a_get_is_refused_with_405(client, claim, earlier, checker, verb):
    client.force_login(checker)

    assert client.get(link_url(claim, earlier, verb)).status_code == 405
    assert not PreviousCheck.objects.exists()


@pytest.mark.parametrize("verb", ["link", "unlink"])
def test_anonymous_is_sent_to_sign_in(client, claim, earlier, verb):
    response = client.post(link_url(claim, earlier, verb))

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert not PreviousCheck.objects.exists()


def test_linking_an_unpublished_claim_says_why_not(client, claim, checker):
    draft = make_claim(text=EARLIER)
    client.force_login(checker)

    response = client.post(link_url(claim, draft), follow=True)

    assert "only a claim with a published verdict" in response.content.decode()
    assert not PreviousCheck.objects.exists()


def test_linking_a_claim_that_does_not_exist_says_so(client, claim, checker):
    client.force_login(checker)

    response = client.post(
        reverse("admin:factcheck_claim_link_previous", args=[claim.pk, 999999]), follow=True
    )

    assert response.status_code == 200
    assert "no such earlier claim" in response.content.decode()


def test_a_similarity_that_is_no_number_links_without_one(client, claim, earlier, checker):
    client.force_login(checker)

    client.post(link_url(claim, earlier), {"similarity": "lots"})

    assert PreviousCheck.objects.get().similarity is None
