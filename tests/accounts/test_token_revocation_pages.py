"""Every page that sets a password revokes the person's API token and says so; a page that saves a
person for another reason keeps it."""

from django.urls import reverse

from .test_password_reset import RESET_LINK
from .tokens import API_CLAIMS, holds_a_token, token_for

NEW = {"new_password1": "a-fresh-desk-password-42", "new_password2": "a-fresh-desk-password-42"}
ADMIN_NEW = {"password1": "a-fresh-desk-password-42", "password2": "a-fresh-desk-password-42"}
SAID = "API token was revoked because the password changed"
SAID_TO_AN_ADMIN = "The API token of chloe was revoked because the password changed"


def change_own_password(client, chloe, address="/accounts/password_change/"):
    client.force_login(chloe)
    return client.post(address, {"old_password": "pw-chloe-123456", **NEW}, follow=True)


def reset_password(client, mailoutbox):
    client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
    form_page = client.get(RESET_LINK.search(mailoutbox[0].body).group(1), follow=True)
    return client.post(form_page.redirect_chain[-1][0], NEW, follow=True)


def admin_sets_password(client, superuser, person):
    client.force_login(superuser)
    return client.post(
        f"/admin/auth/user/{person.pk}/password/", {"usable_password": "true", **ADMIN_NEW}, follow=True
    )


def test_changing_ones_password_revokes_the_token(client, chloe):
    token_for(chloe)
    change_own_password(client, chloe)
    assert not holds_a_token(chloe)


def test_changing_ones_password_says_the_token_was_revoked(client, chloe):
    token_for(chloe)
    assert f"Your {SAID}" in change_own_password(client, chloe).text


def test_changing_ones_password_without_a_token_says_nothing_of_one(client, chloe):
    assert "API token" not in change_own_password(client, chloe).text


def test_the_admins_own_password_change_revokes_the_token(client, chloe):
    token_for(chloe)
    change_own_password(client, chloe, "/admin/password_change/")
    assert not holds_a_token(chloe)


def test_a_wrong_old_password_keeps_the_token(client, chloe):
    token_for(chloe)
    client.force_login(chloe)
    client.post("/accounts/password_change/", {"old_password": "a-guess", **NEW})
    assert holds_a_token(chloe)


def test_a_stolen_token_stops_working_after_a_password_change(client, chloe):
    key = token_for(chloe)
    change_own_password(client, chloe)
    client.logout()
    assert client.get(API_CLAIMS, HTTP_AUTHORIZATION=f"Token {key}").status_code == 401


def test_resetting_a_password_revokes_the_token(client, chloe, mailoutbox):
    token_for(chloe)
    reset_password(client, mailoutbox)
    assert not holds_a_token(chloe)


def test_resetting_a_password_says_the_token_was_revoked(client, chloe, mailoutbox):
    token_for(chloe)
    assert f"Your {SAID}" in reset_password(client, mailoutbox).text


def test_asking_for_a_reset_keeps_the_token(client, chloe, mailoutbox):
    """Anyone may ask for anyone's reset: asking alone must not cut off their API client."""
    token_for(chloe)
    client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
    assert holds_a_token(chloe)


def test_an_admin_setting_a_password_revokes_the_token(client, superuser, chloe):
    token_for(chloe)
    admin_sets_password(client, superuser, chloe)
    assert not holds_a_token(chloe)


def test_an_admin_turning_password_sign_in_off_revokes_the_token(client, superuser, chloe):
    token_for(chloe)
    client.force_login(superuser)
    client.post(f"/admin/auth/user/{chloe.pk}/password/", {"usable_password": "false", "unset-password": "1"})
    chloe.refresh_from_db()
    assert not chloe.has_usable_password()
    assert not holds_a_token(chloe)


def test_an_admin_setting_a_password_is_told_the_token_was_revoked(client, superuser, chloe):
    token_for(chloe)
    page = admin_sets_password(client, superuser, chloe).text
    assert SAID_TO_AN_ADMIN in page
    assert "Auth Token › Tokens" in page


def test_an_admin_renaming_someone_keeps_their_token(client, superuser, chloe):
    token_for(chloe)
    client.force_login(superuser)
    change = client.get(f"/admin/auth/user/{chloe.pk}/change/").context["adminform"].form
    data = {name: value for name, value in change.initial.items() if value is not None and name != "password"}
    data.update(first_name="Chloé", date_joined_0="2026-12-01", date_joined_1="09:00:00")
    data.pop("date_joined", None)
    data.pop("last_login", None)
    data.update(groups=[], user_permissions=[])
    response = client.post(f"/admin/auth/user/{chloe.pk}/change/", data)
    chloe.refresh_from_db()
    assert (response.status_code, chloe.first_name) == (302, "Chloé")
    assert holds_a_token(chloe)
