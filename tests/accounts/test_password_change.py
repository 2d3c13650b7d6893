"""Changing one's own password (/accounts/password_change/)."""

from django.urls import reverse

from ..signing_in import LOGIN


def test_it_redirects_anonymous_to_login(client, db):
    response = client.get(reverse("password_change"))
    assert response.status_code == 302
    assert response["Location"].startswith(f"{LOGIN}?next=")


def test_it_changes_a_signed_in_members_password(client, chloe):
    client.force_login(chloe)
    assert client.get(reverse("password_change")).status_code == 200
    response = client.post(
        reverse("password_change"),
        {
            "old_password": "pw-chloe-123456",
            "new_password1": "a-fresh-desk-password-42",
            "new_password2": "a-fresh-desk-password-42",
        },
    )
    assert response["Location"] == reverse("password_change_done")
    chloe.refresh_from_db()
    assert chloe.check_password("a-fresh-desk-password-42")


def test_it_refuses_a_wrong_old_password(client, chloe):
    client.force_login(chloe)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": "not-the-password",
            "new_password1": "a-fresh-desk-password-42",
            "new_password2": "a-fresh-desk-password-42",
        },
    )
    assert response.status_code == 200
    assert "Your old password was entered incorrectly" in response.text
    chloe.refresh_from_db()
    assert chloe.check_password("pw-chloe-123456")


def test_wrong_old_passwords_lock_it_like_the_sign_in(client, chloe, settings):
    """Eight wrong guesses, then the right one: the lockout holds, the password stays."""
    client.force_login(chloe)
    new = {"new_password1": "a-fresh-desk-password-42", "new_password2": "a-fresh-desk-password-42"}
    for _ in range(8):
        client.post(reverse("password_change"), {"old_password": "a-guess", **new})
    response = client.post(reverse("password_change"), {"old_password": "pw-chloe-123456", **new})
    assert response.status_code == 429
    chloe.refresh_from_db()
    assert chloe.check_password("pw-chloe-123456")


ADMIN_PASSWORD_CHANGE = "/admin/password_change/"
NEW = {"new_password1": "a-fresh-desk-password-42", "new_password2": "a-fresh-desk-password-42"}


def test_the_admins_password_change_is_locked_by_wrong_old_passwords_too(client, chloe):
    """The admin has a password-change page of its own (its "Change password" link): it took
    guesses at the old password without ever locking, so a stolen session could find the
    password behind it there."""
    client.force_login(chloe)
    for _ in range(8):
        client.post(ADMIN_PASSWORD_CHANGE, {"old_password": "a-guess", **NEW})
    response = client.post(ADMIN_PASSWORD_CHANGE, {"old_password": "pw-chloe-123456", **NEW})
    assert response.status_code == 429
    chloe.refresh_from_db()
    assert chloe.check_password("pw-chloe-123456")


def test_wrong_old_passwords_on_the_admins_page_count_towards_the_sign_in_lockout(client, chloe):
    client.force_login(chloe)
    for _ in range(8):
        client.post(ADMIN_PASSWORD_CHANGE, {"old_password": "a-guess", **NEW})
    response = client.post(reverse("password_change"), {"old_password": "pw-chloe-123456", **NEW})
    assert response.status_code == 429


def test_the_admins_password_change_still_changes_the_password(client, chloe):
    client.force_login(chloe)
    response = client.post(ADMIN_PASSWORD_CHANGE, {"old_password": "pw-chloe-123456", **NEW})
    assert response.status_code == 302
    chloe.refresh_from_db()
    assert chloe.check_password("a-fresh-desk-password-42")
