"""Signing out (POST /accounts/logout/), and the admin's own sign-out."""

from django.urls import reverse

from ..signing_in import signed_in


def test_it_refuses_get(client, chloe):
    client.force_login(chloe)
    response = client.get(reverse("logout"))
    assert response.status_code == 405
    assert signed_in(client)


def test_it_signs_out_and_goes_home(client, chloe):
    client.force_login(chloe)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert not signed_in(client)


def test_the_admins_own_logout_signs_out_too(client, chloe):
    client.force_login(chloe)
    response = client.post(reverse("admin:logout"))
    assert response.status_code == 302
    assert not signed_in(client)


def test_it_sends_anonymous_home(client, db):
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
