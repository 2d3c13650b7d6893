"""Staff accounts: sign in and out, change and reset a password, idle sessions."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent
LOGIN = "/accounts/login/"
RESET_LINK = re.compile(r"https?://testserver(/accounts/reset/[^/\s]+/[^/\s]+/)")


@pytest.fixture
def checker(db, django_user_model):
    return django_user_model.objects.create_user(
        "chloe", email="chloe@factdesk.invalid", password="pw-chloe-123456", is_staff=True
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def test_the_login_page_lives_under_accounts():
    assert reverse("login") == LOGIN
    assert settings.LOGIN_URL == "login"


def test_the_login_page_renders_an_accessible_form(client, db):
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


def test_it_logs_in_a_staff_member_and_sends_them_to_the_review_desk(client, checker):
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert signed_in(client)
    assert client.get(reverse("admin:index")).status_code == 200


def test_the_login_form_carries_its_csrf_token(checker):
    client = Client(enforce_csrf_checks=True)
    page = client.get(LOGIN).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = client.post(
        LOGIN, {"username": "chloe", "password": "pw-chloe-123456", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert signed_in(client)


def test_a_wrong_password_shows_an_error_and_does_not_log_in(client, checker):
    response = client.post(LOGIN, {"username": "chloe", "password": "not-the-password"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert "Please enter a correct username and password" in html
    assert not signed_in(client)


def test_it_honours_next(client, checker):
    target = reverse("admin:factcheck_claim_changelist")
    page = client.get(LOGIN, {"next": target}).content.decode()
    assert f'name="next" value="{target}"' in page
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456", "next": target})
    assert response["Location"] == target


def test_it_ignores_a_next_that_leaves_the_site(client, checker):
    response = client.post(
        LOGIN, {"username": "chloe", "password": "pw-chloe-123456", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("admin:index")


def test_it_tells_a_signed_in_non_staff_user_why_the_desk_sent_them_back(client, django_user_model):
    reader = django_user_model.objects.create_user("reader", password="pw-reader-123456")
    client.force_login(reader)
    response = client.get(reverse("admin:index"), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == f"{LOGIN}?next=%2Fadmin%2F"
    assert "This account cannot use the review desk" in html
    assert ">Sign out</button>" in html


def test_logout_by_get_is_refused(client, checker):
    client.force_login(checker)
    response = client.get(reverse("logout"))
    assert response.status_code == 405
    assert signed_in(client)


def test_logout_by_post_signs_out_and_goes_home(client, checker):
    client.force_login(checker)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert not signed_in(client)


def test_the_admins_own_logout_still_signs_out(client, checker):
    client.force_login(checker)
    response = client.post(reverse("admin:logout"))
    assert response.status_code == 302
    assert not signed_in(client)


def test_the_admin_login_redirects_to_the_staff_login_keeping_next(client, db):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


def test_an_anonymous_visit_to_the_review_desk_ends_on_the_staff_login(client, db):
    response = client.get(reverse("admin:index"), follow=True)
    assert response.redirect_chain[-1][0] == f"{LOGIN}?next=%2Fadmin%2F"
    assert "registration/login.html" in [t.name for t in response.templates]


def test_the_profile_page_offers_a_sign_out_button_by_post(client, checker):
    client.force_login(checker)
    html = client.get(reverse("profile")).content.decode()
    assert "chloe" in html
    assert re.search(rf'<form[^>]*method="post" action="{reverse("logout")}"', html)
    assert ">Sign out</button>" in html


def test_the_profile_page_requires_login(client, db):
    response = client.get(reverse("profile"))
    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next={reverse('profile')}"


def test_password_change_requires_login(client, db):
    response = client.get(reverse("password_change"))
    assert response.status_code == 302
    assert response["Location"].startswith(f"{LOGIN}?next=")


def test_a_signed_in_member_changes_their_password(client, checker):
    client.force_login(checker)
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
    checker.refresh_from_db()
    assert checker.check_password("a-fresh-desk-password-42")


def test_password_reset_sends_exactly_one_email_with_a_reset_link(client, checker, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
    assert response["Location"] == reverse("password_reset_done")
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["chloe@factdesk.invalid"]
    assert message.subject == f"Reset your {settings.FACTDESK_NEWSROOM_NAME} password"
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert RESET_LINK.search(message.body)


def test_password_reset_for_an_unknown_address_sends_nothing_but_looks_the_same(client, checker, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "nobody@factdesk.invalid"}, follow=True)
    assert response.redirect_chain == [(reverse("password_reset_done"), 302)]
    assert "Check your email" in response.content.decode()
    assert mailoutbox == []


def test_the_reset_link_from_the_email_lets_you_set_a_new_password(client, checker, mailoutbox):
    client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
    link = RESET_LINK.search(mailoutbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "reset-and-ready-2024", "new_password2": "reset-and-ready-2024"},
    )
    assert response["Location"] == reverse("password_reset_complete")
    checker.refresh_from_db()
    assert checker.check_password("reset-and-ready-2024")
    assert "This reset link no longer works" in client.get(link, follow=True).content.decode()


def test_sessions_time_out_after_eight_idle_hours_by_default():
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE == 28800
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is False


def test_every_request_restarts_the_idle_clock(client, checker):
    client.force_login(checker)
    response = client.get(reverse("profile"))
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 28800


def read_settings(**env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("EMAIL_")}
    environment.pop("SESSION_IDLE_SECONDS", None)
    environment.update(env)
    code = (
        "from config import settings as s;"
        "print(s.EMAIL_BACKEND, getattr(s, 'EMAIL_HOST', '-'), getattr(s, 'EMAIL_PORT', '-'),"
        " getattr(s, 'EMAIL_USE_TLS', '-'), s.SESSION_COOKIE_AGE)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_mail_goes_to_the_console_unless_an_smtp_host_is_set():
    assert read_settings() == ["django.core.mail.backends.console.EmailBackend", "-", "-", "-", "28800"]
    assert read_settings(EMAIL_HOST="smtp.example", SESSION_IDLE_SECONDS="900") == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example",
        "587",
        "True",
        "900",
    ]


# Lockout after repeated wrong passwords (django-axes)


def fail_to_sign_in(client, times, **extra):
    for _ in range(times):
        response = client.post(LOGIN, {"username": "chloe", "password": "wrong-guess"}, **extra)
    return response


def test_five_wrong_passwords_lock_the_username_out_from_that_address(client, checker):
    assert fail_to_sign_in(client, 4).status_code == 200
    locked = fail_to_sign_in(client, 1)
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.text
    assert "paused for 15 minutes" in locked.text


def test_a_locked_out_username_is_refused_even_with_the_right_password(client, checker):
    fail_to_sign_in(client, 5)
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    assert response.status_code == 429
    assert not signed_in(client)


def test_the_same_username_still_signs_in_from_another_address(client, checker):
    fail_to_sign_in(client, 5, REMOTE_ADDR="203.0.113.9")
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    assert response.status_code == 302
    assert signed_in(client)


def test_a_successful_sign_in_clears_the_count(client, checker):
    fail_to_sign_in(client, 4)
    client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    client.post(reverse("logout"))
    assert fail_to_sign_in(client, 4).status_code == 200


def test_an_administrator_unlocks_a_username(client, checker):
    from io import StringIO

    from django.core.management import call_command

    fail_to_sign_in(client, 5)
    call_command("axes_reset_username", "chloe", stdout=StringIO())
    response = client.post(LOGIN, {"username": "chloe", "password": "pw-chloe-123456"})
    assert response.status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(client, checker):
    for n in range(5):
        response = client.post(
            LOGIN,
            {"username": "chloe", "password": "wrong-guess"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        )
    assert response.status_code == 429
