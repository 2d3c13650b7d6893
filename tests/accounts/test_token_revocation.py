"""A new password revokes its owner's API token (config.passwords), whatever sets it; a save that
stores no new password leaves the token alone."""

import logging
from io import StringIO

from django.contrib.auth.hashers import make_password
from django.core.management import call_command

from config.passwords import revoke_api_token

from .tokens import holds_a_token, sign_in, token_for


def test_revoking_deletes_the_persons_token(chloe):
    token_for(chloe)
    assert revoke_api_token(user=chloe) is True
    assert not holds_a_token(chloe)


def test_revoking_without_a_token_says_there_was_none(chloe):
    assert revoke_api_token(user=chloe) is False


def test_revoking_leaves_other_peoples_tokens(chloe, django_user_model):
    dan = django_user_model.objects.create_user("dan", password="pw-dan-123456")
    token_for(dan)
    token_for(chloe)
    revoke_api_token(user=chloe)
    assert holds_a_token(dan)


def test_revoking_is_logged_for_whoever_reads_the_console(chloe, caplog):
    token_for(chloe)
    with caplog.at_level(logging.WARNING, logger="config.passwords"):
        revoke_api_token(user=chloe)
    assert "The API token of chloe was revoked" in caplog.text


def test_setting_a_password_in_code_revokes_the_token(chloe):
    token_for(chloe)
    chloe.set_password("a-fresh-desk-password-42")
    chloe.save()
    assert not holds_a_token(chloe)


def test_saving_only_the_password_field_revokes_the_token(chloe):
    token_for(chloe)
    chloe.set_password("a-fresh-desk-password-42")
    chloe.save(update_fields=["password"])
    assert not holds_a_token(chloe)


def test_setting_the_same_password_again_revokes_the_token(chloe):
    """A reset is a reset, even to the same words: the thief may know them too."""
    token_for(chloe)
    chloe.set_password("pw-chloe-123456")
    chloe.save()
    assert not holds_a_token(chloe)


def test_a_hash_assigned_directly_revokes_the_token(chloe):
    token_for(chloe)
    chloe.password = make_password("a-fresh-desk-password-42")
    chloe.save()
    assert not holds_a_token(chloe)


def test_an_unusable_password_revokes_the_token(chloe):
    token_for(chloe)
    chloe.set_unusable_password()
    chloe.save()
    assert not holds_a_token(chloe)


def test_the_saved_person_says_their_token_was_revoked(chloe):
    token_for(chloe)
    chloe.set_password("a-fresh-desk-password-42")
    chloe.save()
    assert chloe.api_token_revoked is True


def test_the_changepassword_command_revokes_the_token(chloe, monkeypatch):
    token_for(chloe)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "a-fresh-desk-password-42")
    call_command("changepassword", "chloe", stdout=StringIO())
    assert not holds_a_token(chloe)


def test_the_changepassword_command_says_the_token_was_revoked(chloe, monkeypatch, caplog):
    token_for(chloe)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "a-fresh-desk-password-42")
    with caplog.at_level(logging.WARNING, logger="config.passwords"):
        call_command("changepassword", "chloe", stdout=StringIO())
    assert "The API token of chloe was revoked" in caplog.text


def test_a_name_change_keeps_the_token(chloe):
    token_for(chloe)
    chloe.first_name = "Chloé"
    chloe.save()
    assert holds_a_token(chloe)


def test_signing_in_keeps_the_token(client, chloe):
    token_for(chloe)
    assert sign_in(client, "chloe", "pw-chloe-123456").status_code == 302
    assert holds_a_token(chloe)


def test_a_hash_rewritten_stronger_at_sign_in_keeps_the_token(client, chloe, settings):
    """Django rehashes an out-of-date hash at sign-in: the same password, no reason to revoke."""
    token_for(chloe)
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
    ]
    sign_in(client, "chloe", "pw-chloe-123456")
    chloe.refresh_from_db()
    assert chloe.password.startswith("pbkdf2_sha256$")
    assert holds_a_token(chloe)


def test_a_wrong_password_keeps_the_token(client, chloe):
    token_for(chloe)
    sign_in(client, "chloe", "a-wrong-guess")
    assert holds_a_token(chloe)


def test_a_new_person_with_a_password_is_saved(django_user_model):
    """Nobody new holds a token yet: creating someone stores their first password and no more."""
    dan = django_user_model.objects.create_user("dan", password="pw-dan-123456")
    assert dan.check_password("pw-dan-123456")
