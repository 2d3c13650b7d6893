"""A page that carries a CSRF token sets the visitor's CSRF cookie with it: one visitor's. Sign-in
and the readers' form say `no-store`, but the password-reset pages and the anonymous browsable
API said nothing about caching at all, so a shared cache in front (the CDN docs/caching.md
invites) could keep one and hand the same CSRF cookie and token to every later visitor."""

import pytest

from ..factories import make_public_claim


def assert_never_stored(response):
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_password_reset_page_is_never_stored_by_a_shared_cache(client):
    assert_never_stored(client.get("/accounts/password_reset/"))


@pytest.mark.django_db
def test_the_anonymous_browsable_api_is_never_stored_by_a_shared_cache(client):
    assert_never_stored(client.get("/api/v1/claims/", HTTP_ACCEPT="text/html"))


@pytest.mark.django_db
def test_a_public_page_keeps_its_lifetime_for_a_cdn(client):
    claim = make_public_claim()
    assert "s-maxage" in client.get(f"/claims/{claim.pk}/")["Cache-Control"]


@pytest.mark.django_db
def test_the_api_keeps_its_own_cache_control(client):
    assert client.get("/api/v1/claims/")["Cache-Control"] == "no-cache"
