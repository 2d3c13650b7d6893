"""An API token holds only under the password it was issued under (factcheck.api.authentication),
whatever path changes the password: also those that skip the user model's save signals."""

import logging
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token, TokenProxy

from factcheck.api.authentication import APITokenAuthentication
from factcheck.models import TokenPassword
from factcheck.models.tokens import password_fingerprint

from .tokens import API_CLAIMS, sign_in, token_for


@pytest.fixture
def chloe(chloe):
    """An editor: her token reads unpublished claims, which only signed-in editors may."""
    chloe.groups.add(Group.objects.get(name="Editor"))
    return chloe


def api_status(client, key):
    return client.get(API_CLAIMS, HTTP_AUTHORIZATION=f"Token {key}").status_code


def update_password(user, raw):
    """A password written without a save: no pre_save, no post_save."""
    type(user).objects.filter(pk=user.pk).update(password=make_password(raw))


def test_a_token_works_under_the_password_it_was_issued_under(client, chloe):
    assert api_status(client, token_for(chloe)) == 200


def test_a_password_written_with_update_refuses_the_token(client, chloe):
    key = token_for(chloe)
    update_password(chloe, "a-fresh-desk-password-42")
    assert api_status(client, key) == 401


def test_a_password_made_unusable_with_update_refuses_the_token(client, chloe):
    key = token_for(chloe)
    type(chloe).objects.filter(pk=chloe.pk).update(password=make_password(None))
    assert api_status(client, key) == 401


def test_a_refused_token_is_answered_as_an_unknown_one(client, chloe):
    key = token_for(chloe)
    update_password(chloe, "a-fresh-desk-password-42")
    refused = client.get(API_CLAIMS, HTTP_AUTHORIZATION=f"Token {key}").json()
    unknown = client.get(API_CLAIMS, HTTP_AUTHORIZATION="Token " + "0" * 40).json()
    assert refused == unknown


def test_a_refused_token_is_logged(client, chloe, caplog):
    key = token_for(chloe)
    update_password(chloe, "a-fresh-desk-password-42")
    with caplog.at_level(logging.WARNING, logger="factcheck.api.authentication"):
        api_status(client, key)
    assert "An API token of chloe was refused" in caplog.text


def test_a_token_issued_after_the_change_works(client, chloe):
    token_for(chloe)
    update_password(chloe, "a-fresh-desk-password-42")
    Token.objects.filter(user=chloe).delete()
    assert api_status(client, token_for(chloe)) == 200


def test_a_token_issued_in_the_admin_works(client, chloe):
    key = TokenProxy.objects.create(user=chloe).issued_key
    assert api_status(client, key) == 200


def test_a_token_with_no_record_of_its_password_is_refused(client, chloe):
    key = token_for(chloe)
    TokenPassword.objects.filter(token__user=chloe).delete()
    assert api_status(client, key) == 401


def test_the_migration_fills_in_the_tokens_that_exist(client, chloe):
    key = token_for(chloe)
    TokenPassword.objects.all().delete()
    migration = __import__("factcheck.migrations.0029_token_passwords", fromlist=["x"])
    migration.fingerprint_existing_tokens(apps, SimpleNamespace(connection=connection))
    assert api_status(client, key) == 200


def test_the_fingerprint_is_keyed_by_the_secret_key(chloe, settings):
    before = password_fingerprint(chloe.password)
    settings.SECRET_KEY = "another-secret-key-" * 3
    assert password_fingerprint(chloe.password) != before


def test_a_token_outlives_a_rotation_of_the_secret_key(client, chloe, settings):
    key = token_for(chloe)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-rotated-secret-key-" * 3
    assert api_status(client, key) == 200


def test_a_hash_rewritten_stronger_at_sign_in_keeps_the_token_working(client, chloe, settings):
    key = token_for(chloe)
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
    ]
    sign_in(client, "chloe", "pw-chloe-123456")
    client.logout()
    assert api_status(client, key) == 200


def test_authenticating_a_token_reads_token_user_and_fingerprint_in_one_query(chloe):
    key = token_for(chloe)
    with CaptureQueriesContext(connection) as queries:
        user, _ = APITokenAuthentication().authenticate_credentials(key)
        assert user.password  # the user row is loaded already
    assert len(queries) == 1


def test_a_bearer_token_is_refused_too_after_a_password_written_by_update(client, chloe):
    key = token_for(chloe)
    type(chloe).objects.filter(pk=chloe.pk).update(password=make_password("another-pw-98765"))
    assert client.get(API_CLAIMS, HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 401
