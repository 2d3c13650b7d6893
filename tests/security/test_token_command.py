"""`manage.py drf_create_token NAME [-r]`, the command door to API tokens: it prints a key that
works, once; the key of a token issued before cannot be shown again (only its digest is kept)."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from rest_framework.authtoken.models import Token

from factcheck.services.api_tokens import issue_api_token

from ..factories import make_user

UNPUBLISHED = "/api/v1/claims/?include=unpublished"


@pytest.fixture
def checker(db):
    return make_user("carla", role="Checker")


def status_with(key):
    return Client().get(UNPUBLISHED, HTTP_AUTHORIZATION=f"Token {key}").status_code


def create_token(*args):
    out = StringIO()
    call_command("drf_create_token", *args, stdout=out)
    return re.fullmatch(r"Generated token (\S+) for user carla\n", out.getvalue()).group(1)


def test_the_command_prints_a_key_that_works(checker):
    assert status_with(create_token("carla")) == 200


def test_the_command_cannot_show_an_existing_tokens_key(checker):
    key = issue_api_token(user=checker)
    with pytest.raises(CommandError, match="its key was shown once"):
        create_token("carla")
    assert status_with(key) == 200


def test_the_command_replaces_a_token_with_reset(checker):
    old = issue_api_token(user=checker)
    new = create_token("carla", "--reset")
    assert (status_with(old), status_with(new)) == (401, 200)


def test_the_command_refuses_an_unknown_person(db):
    with pytest.raises(CommandError, match="user nobody does not exist"):
        call_command("drf_create_token", "nobody", stdout=StringIO())
    assert not Token.objects.exists()
