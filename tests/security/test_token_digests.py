"""An API token is stored as a digest only (factcheck.models.tokens): whoever reads the database (a
backup, a replica, a dump) holds nothing that works as a key. The key is shown once, to whoever
issues it, and is sent as before (`Authorization: Token <key>` or `Bearer <key>`)."""

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from rest_framework.authtoken.models import Token

from factcheck.models import TokenPassword
from factcheck.services.api_tokens import issue_api_token

from ..factories import make_user

UNPUBLISHED = "/api/v1/claims/?include=unpublished"
ADD = "/admin/authtoken/tokenproxy/add/"
KEY = re.compile(r"<code[^>]*>([0-9a-f]{40})</code>")


@pytest.fixture
def checker(db):
    return make_user("carla", role="Checker")


def status_with(key, scheme="Token"):
    return Client().get(UNPUBLISHED, HTTP_AUTHORIZATION=f"{scheme} {key}").status_code


def stored_values():
    """Every value the token tables and the admin's log hold about tokens."""
    return [
        *Token.objects.values_list("key", flat=True),
        *TokenPassword.objects.values_list("token_id", flat=True),
        *LogEntry.objects.filter(content_type__app_label="authtoken").values_list("object_repr", flat=True),
        *LogEntry.objects.filter(content_type__app_label="authtoken").values_list("object_id", flat=True),
    ]


def admin_issues(person, superuser):
    admin = Client()
    admin.force_login(superuser)
    return admin.post(ADD, {"user": person.pk})


def test_the_issued_key_works_as_a_token(checker):
    assert status_with(issue_api_token(user=checker)) == 200


def test_the_issued_key_works_as_a_bearer_token(checker):
    assert status_with(issue_api_token(user=checker), "Bearer") == 200


def test_no_value_in_the_database_works_as_a_key(checker):
    issue_api_token(user=checker)
    assert {value: status_with(value) for value in stored_values()} == dict.fromkeys(stored_values(), 401)


def test_the_key_is_not_stored(checker):
    key = issue_api_token(user=checker)
    assert key not in stored_values()


def test_a_token_made_with_a_chosen_key_stores_its_digest(checker):
    Token.objects.create(user=checker, key="chosen-by-a-script-0123456789abcdef012345")
    assert not Token.objects.filter(key="chosen-by-a-script-0123456789abcdef012345").exists()
    assert status_with("chosen-by-a-script-0123456789abcdef012345") == 200


def test_a_second_token_is_refused_without_replace(checker):
    issue_api_token(user=checker)
    with pytest.raises(ValueError, match="holds an API token already"):
        issue_api_token(user=checker)


def test_replacing_a_token_stops_the_old_key(checker):
    old = issue_api_token(user=checker)
    new = issue_api_token(user=checker, replace=True)
    assert (status_with(old), status_with(new)) == (401, 200)


def test_an_admin_is_shown_the_key_once_when_issuing_it(checker):
    superuser = make_user("ada", superuser=True)
    page = admin_issues(checker, superuser)
    assert status_with(KEY.search(page.text).group(1)) == 200


def test_the_page_showing_the_key_is_never_stored_by_a_cache(checker):
    page = admin_issues(checker, make_user("ada", superuser=True))
    assert "no-store" in page["Cache-Control"]


def test_the_admins_token_list_shows_no_key(checker):
    superuser = make_user("ada", superuser=True)
    key = KEY.search(admin_issues(checker, superuser).text).group(1)
    admin = Client()
    admin.force_login(superuser)
    listing = admin.get("/admin/authtoken/tokenproxy/")
    assert listing.status_code == 200
    assert key not in listing.text


def test_an_editor_cannot_issue_a_token_in_the_admin(checker):
    editor = Client()
    editor.force_login(make_user("eddie", role="Editor"))
    assert editor.post(ADD, {"user": checker.pk}).status_code == 403
    assert not Token.objects.exists()


def test_an_anonymous_caller_cannot_issue_a_token_in_the_admin(checker):
    assert Client().post(ADD, {"user": checker.pk}).status_code == 302
    assert not Token.objects.exists()


def test_opening_the_admins_add_form_issues_nothing(checker):
    admin = Client()
    admin.force_login(make_user("ada", superuser=True))
    assert admin.get(ADD).status_code == 200
    assert not Token.objects.exists()


def test_the_admin_cannot_move_a_token_to_another_person(checker):
    superuser = make_user("ada", superuser=True)
    key = issue_api_token(user=checker)
    other = make_user("otto", role="Editor")
    admin = Client()
    admin.force_login(superuser)
    admin.post(f"/admin/authtoken/tokenproxy/{checker.pk}/change/", {"user": other.pk})
    assert Token.objects.get().user == checker
    assert status_with(key) == 200
