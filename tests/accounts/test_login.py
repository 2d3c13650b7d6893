"""The staff login page (/accounts/login/), which the admin's own login page hands over to."""

import re

from django.conf import settings
from django.test import Client
from django.urls import reverse

from ..signing_in import LOGIN, signed_in


def test_it_lives_under_accounts():
    assert reverse("login") == LOGIN
    assert settings.LOGIN_URL == "login"


def test_it_renders_an_accessible_form(client, db):
    response = client.get(LOGIN)
    html = response.content.decode()
    assert response.status_code == 200
    assert "registration/login.html" in [t.name for t in response.templates]
    assert html.count("<h1") == 1
    assert '<label for="id_username">Username</label>' in html
    assert '<label for="id_password">Password</label>' in html
    assert ">Log in</button>" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert f'href="{reverse("password_reset")}">Forgot your password?</a>' in html


def test_it_logs_in_a_staff_member_and_sends_them_to_the_review_desk(client, chloe):
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert signed_in(client)
    assert client.get(reverse("admin:index")).status_code == 200


def test_its_form_carries_its_csrf_token(chloe):
    client = Client(enforce_csrf_checks=True)
    page = client.get(LOGIN).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = client.post(
        LOGIN, {"username": "chloe", "password": "pw-chloe-123456", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert signed_in(client)


def test_it_refuses_a_wrong_password_with_an_error(client, chloe):
    response = client.post(LOGIN, {"username": "chloe", "password": "not-the-password"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert "Please enter a correct username and password" in html
    assert not signed_in(client)


def test_it_honours_next(client, chloe):
    target = reverse("admin:factcheck_claim_changelist")
    page = client.get(LOGIN, {"next": target}).content.decode()
    assert f'name="next" value="{target}"' in page
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456", "next": target})
    assert response["Location"] == target


def test_it_ignores_a_next_that_leaves_the_site(client, chloe):
    response = client.post(
        LOGIN, {"username": "chloe", "password": "pw-chloe-123456", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("admin:index")


def test_the_admins_login_page_hands_over_to_it_keeping_next(client, db):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


def test_it_refuses_an_account_that_was_switched_off(client, chloe):
    chloe.is_active = False
    chloe.save()
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.text
    assert not signed_in(client)
