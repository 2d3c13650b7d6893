"""The signed-in staff member's page (/accounts/), with its sign-out button."""

import re

from django.urls import reverse

from ..signing_in import LOGIN


def test_it_offers_a_sign_out_button_by_post(client, chloe):
    client.force_login(chloe)
    html = client.get(reverse("profile")).content.decode()
    assert "chloe" in html
    assert re.search(rf'<form[^>]*method="post" action="{reverse("logout")}"', html)
    assert ">Sign out</button>" in html


def test_it_redirects_anonymous_to_login(client, db):
    response = client.get(reverse("profile"))
    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next={reverse('profile')}"


def test_it_refuses_post(client, chloe):
    client.force_login(chloe)
    assert client.post(reverse("profile")).status_code == 405
