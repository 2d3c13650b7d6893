"""Deactivating a person revokes their API token (config.passwords), whatever door deactivates
them: a reactivated person's old key stays refused, and an admin issues a new one."""

import logging

from django.test import Client

from .tokens import holds_a_token, token_for

API = "/api/v1/claims/"
SAID_TO_AN_ADMIN = "The API token of chloe was revoked because the account was deactivated"


def admin_saves(superuser, person, *, active):
    """The admin's change form for `person`, saved with is_active as given."""
    admin = Client()
    admin.force_login(superuser)
    data = {
        "username": person.username,
        "email": person.email,
        "is_staff": "on",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "09:00:00",
        **({"is_active": "on"} if active else {}),
    }
    return admin.post(f"/admin/auth/user/{person.pk}/change/", data, follow=True)


def api_status(key):
    return Client().get(API, HTTP_AUTHORIZATION=f"Token {key}").status_code


def test_deactivating_a_person_in_the_admin_revokes_their_token(chloe, admin_user):
    token_for(chloe)
    admin_saves(admin_user, chloe, active=False)
    assert not holds_a_token(chloe)


def test_the_admin_says_the_token_was_revoked(chloe, admin_user):
    token_for(chloe)
    assert SAID_TO_AN_ADMIN in admin_saves(admin_user, chloe, active=False).text


def test_a_reactivated_persons_old_key_stays_refused(chloe, admin_user):
    key = token_for(chloe)
    admin_saves(admin_user, chloe, active=False)
    admin_saves(admin_user, chloe, active=True)
    chloe.refresh_from_db()
    assert chloe.is_active
    assert api_status(key) == 401


def test_deactivating_a_person_in_code_revokes_their_token(chloe):
    token_for(chloe)
    chloe.is_active = False
    chloe.save()
    assert not holds_a_token(chloe)


def test_deactivating_is_logged(chloe, caplog):
    token_for(chloe)
    chloe.is_active = False
    with caplog.at_level(logging.WARNING, logger="config.passwords"):
        chloe.save()
    assert "The API token of chloe was revoked: the account was deactivated." in caplog.text


def test_saving_an_active_person_in_the_admin_keeps_their_token(chloe, admin_user):
    key = token_for(chloe)
    admin_saves(admin_user, chloe, active=True)
    assert api_status(key) == 200


def test_a_token_used_by_a_deactivated_person_is_deleted(chloe):
    """A deactivation that skipped the save signals (QuerySet.update) is caught at the token's next use."""
    key = token_for(chloe)
    type(chloe).objects.filter(pk=chloe.pk).update(is_active=False)
    assert api_status(key) == 401
    assert not holds_a_token(chloe)


def test_a_deactivated_persons_token_is_answered_as_an_unknown_one(chloe):
    key = token_for(chloe)
    type(chloe).objects.filter(pk=chloe.pk).update(is_active=False)
    refused = Client().get(API, HTTP_AUTHORIZATION=f"Token {key}").json()
    assert refused == Client().get(API, HTTP_AUTHORIZATION="Token " + "0" * 40).json()


def test_an_editor_cannot_deactivate_a_person_in_the_admin(chloe, django_user_model):
    """The admin's user pages are the admins' alone: nobody else can revoke a token this way."""
    key = token_for(chloe)
    editor = django_user_model.objects.create_user("eddie", password="pw-eddie-123456", is_staff=True)
    admin_saves(editor, chloe, active=False)
    chloe.refresh_from_db()
    assert chloe.is_active
    assert api_status(key) == 200
