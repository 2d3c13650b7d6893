"""The ninth outside test's held ground (docs/security.md): a person's other sessions and token
end with their password, their account or their role, at their next request; logout needs POST
and CSRF; a token is read from the Authorization header only; sign-in starts a new session and a
new CSRF token; an unknown username is locked out as a known one is."""

import re

import pytest
from django.core import mail
from django.test import Client
from rest_framework.authtoken.models import Token

from ..factories import make_user
from ..signing_in import LOGIN, signed_in

PASSWORD = "pw-123456-long"
NEW = "Zq9-newer-pass!"
DESK = "/admin/factcheck/claim/"
UNPUBLISHED = "/api/v1/claims/?include=unpublished"


@pytest.fixture
def checker(db):
    return make_user("carla", role="Checker")


def signed_in_twice(user):
    """Two browsers signed in as `user` through the sign-in page."""
    browsers = Client(), Client()
    for browser in browsers:
        assert browser.post(LOGIN, {"username": user.username, "password": PASSWORD}).status_code == 302
    return browsers


def still_signed_in(browser):
    browser.get("/accounts/")
    return signed_in(browser)


def token_client(user):
    return Client(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).issued_key}")


def test_a_password_change_ends_the_persons_other_sessions(checker):
    here, elsewhere = signed_in_twice(checker)
    here.post(
        "/accounts/password_change/", {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW}
    )
    assert (still_signed_in(here), still_signed_in(elsewhere)) == (True, False)


def test_a_password_reset_ends_every_session_of_the_person(checker):
    browser, _ = signed_in_twice(checker)
    stranger = Client()
    stranger.post("/accounts/password_reset/", {"email": checker.email})
    link = re.search(r"https?://\S+?(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form = stranger.get(link, follow=True).redirect_chain[-1][0]
    stranger.post(form, {"new_password1": NEW, "new_password2": NEW})
    assert not still_signed_in(browser)


def test_an_admin_setting_the_password_ends_the_persons_sessions(checker):
    browser, _ = signed_in_twice(checker)
    admin = Client()
    admin.force_login(make_user("root", superuser=True))
    admin.post(
        f"/admin/auth/user/{checker.pk}/password/",
        {"password1": NEW, "password2": NEW, "usable_password": "true"},
    )
    assert not still_signed_in(browser)


def test_a_deactivated_member_is_signed_out_at_their_next_request(checker):
    browser, _ = signed_in_twice(checker)
    checker.is_active = False
    checker.save()
    assert browser.get(DESK).status_code == 302


def test_a_deactivated_members_session_is_ended_not_kept(checker):
    browser, _ = signed_in_twice(checker)
    checker.is_active = False
    checker.save()
    browser.get("/")
    assert not signed_in(browser)


def test_reactivating_a_member_does_not_bring_back_a_session_used_meanwhile(checker):
    """Django answered the session as anonymous but kept it, and every request saved it again
    (SESSION_SAVE_EVERY_REQUEST): a stolen browser kept polling came back with the account."""
    browser, _ = signed_in_twice(checker)
    checker.is_active = False
    checker.save()
    browser.get(DESK)
    checker.is_active = True
    checker.save()
    assert browser.get(DESK).status_code == 302


def test_a_deleted_members_session_is_ended(checker):
    browser, _ = signed_in_twice(checker)
    checker.delete()
    browser.get("/")
    assert not signed_in(browser)


def test_an_anonymous_readers_session_is_left_alone(db):
    reader = Client()
    session = reader.session
    session["kept"] = "yes"
    session.save()
    reader.get("/")
    assert reader.session.get("kept") == "yes"


def test_a_deactivated_members_token_reads_nothing_at_its_next_request(checker):
    api = token_client(checker)
    checker.is_active = False
    checker.save()
    assert api.get(UNPUBLISHED).status_code == 401


def test_a_removed_role_closes_the_desk_at_the_next_request(checker):
    browser, _ = signed_in_twice(checker)
    assert browser.get(DESK).status_code == 200
    checker.groups.clear()
    assert browser.get(DESK).status_code == 403


def test_a_removed_role_closes_unpublished_work_to_the_token_at_its_next_request(checker):
    api = token_client(checker)
    assert api.get(UNPUBLISHED).status_code == 200
    checker.groups.clear()
    assert api.get(UNPUBLISHED).status_code == 403


def test_a_removed_staff_flag_closes_unpublished_work_to_the_token(checker):
    api = token_client(checker)
    checker.is_staff = False
    checker.save()
    assert api.get(UNPUBLISHED).status_code == 403


def test_logout_without_a_csrf_token_is_refused(checker):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(checker)
    assert browser.post("/accounts/logout/").status_code == 403
    assert signed_in(browser)


@pytest.mark.parametrize("name", ["token", "auth_token", "access_token", "key", "api_key"])
def test_a_token_in_the_query_string_is_not_read(checker, name):
    key = Token.objects.create(user=checker).issued_key
    assert Client().get(f"{UNPUBLISHED}&{name}={key}").status_code == 401


def test_signing_in_issues_a_new_session_and_csrf_token(checker):
    browser = Client()
    browser.get(LOGIN)
    browser.cookies["sessionid"] = "chosen-by-an-attacker-0123456789"
    csrf_before = browser.cookies["csrftoken"].value
    browser.post(LOGIN, {"username": checker.username, "password": PASSWORD})
    assert browser.cookies["sessionid"].value != "chosen-by-an-attacker-0123456789"
    assert browser.cookies["csrftoken"].value != csrf_before


def test_an_unknown_username_is_locked_out_as_a_known_one_is(checker, settings):
    def locked_page(username):
        browser = Client()
        for _ in range(settings.AXES_FAILURE_LIMIT):
            browser.post(LOGIN, {"username": username, "password": "wrong"})
        response = browser.post(LOGIN, {"username": username, "password": "wrong"})
        return response.status_code, response.content.replace(username.encode(), b"NAME")

    assert locked_page("carla") == locked_page("nobody-here")
