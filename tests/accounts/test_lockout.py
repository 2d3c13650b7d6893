"""Lockout after repeated wrong passwords (django-axes)."""

from io import StringIO

from django.core.management import call_command
from django.urls import reverse

from ..signing_in import LOGIN, signed_in


def fail_to_sign_in(client, times, **extra):
    for _ in range(times):
        response = client.post(LOGIN, {"username": "chloe", "password": "wrong-guess"}, **extra)
    return response


def test_five_wrong_passwords_lock_the_username_out_from_that_address(client, chloe):
    assert fail_to_sign_in(client, 4).status_code == 200
    locked = fail_to_sign_in(client, 1)
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.text
    assert "paused for 15 minutes" in locked.text


def test_a_locked_out_username_is_refused_even_with_the_right_password(client, chloe):
    fail_to_sign_in(client, 5)
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    assert response.status_code == 429
    assert not signed_in(client)


def test_the_same_username_still_signs_in_from_another_address(client, chloe):
    fail_to_sign_in(client, 5, REMOTE_ADDR="203.0.113.9")
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    assert response.status_code == 302
    assert signed_in(client)


def test_a_successful_sign_in_clears_the_count(client, chloe):
    fail_to_sign_in(client, 4)
    client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    client.post(reverse("logout"))
    assert fail_to_sign_in(client, 4).status_code == 200


def test_an_administrator_unlocks_a_username(client, chloe):
    fail_to_sign_in(client, 5)
    call_command("axes_reset_username", "chloe", stdout=StringIO())
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    assert response.status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(client, chloe):
    for n in range(5):
        response = client.post(
            LOGIN,
            {"username": "chloe", "password": "wrong-guess"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        )
    assert response.status_code == 429
