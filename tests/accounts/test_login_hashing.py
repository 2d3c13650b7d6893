"""Sign-in does the same work for a username nobody has as for a wrong password of a real one:
one password hash each, so the time an answer takes does not tell who has an account (counted,
not timed). Also for an inactive member and a username in another case (the eighth outside
test; this held: Django's ModelBackend hashes the password given for an unknown username)."""

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher

from ..factories import make_user
from ..signing_in import LOGIN

pytestmark = pytest.mark.django_db

HASHES = []


class CountingHasher(MD5PasswordHasher):
    algorithm = "counting_md5"

    def encode(self, password, salt):
        HASHES.append(password)
        return super().encode(password, salt).replace("md5$", "counting_md5$", 1)

    def verify(self, password, encoded):
        return super().verify(password, encoded.replace("counting_md5$", "md5$", 1))


@pytest.fixture
def counted(settings):
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]
    user = make_user("chloe", "Checker")
    inactive = make_user("ines", "Checker")
    inactive.is_active = False
    inactive.save()
    HASHES.clear()
    return user


def hashes_for(client, username):
    HASHES.clear()
    response = client.post(LOGIN, {"username": username, "password": "not her password"})
    assert response.status_code == 200  # the form again: neither signed in nor locked out
    return len(HASHES)


def test_an_unknown_username_costs_one_hash_as_a_wrong_password_does(client, counted):
    assert hashes_for(client, "nobody") == hashes_for(client, "chloe") == 1


def test_an_inactive_member_costs_the_same_hash(client, counted):
    assert hashes_for(client, "ines") == 1


def test_a_username_in_another_case_costs_the_same_hash(client, counted):
    assert hashes_for(client, "CHLOE") == 1
