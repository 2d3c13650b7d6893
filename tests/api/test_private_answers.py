"""What a desk member reads through the API is theirs alone, however they sign in and whatever
it is rendered as: the JSON says `private`; the browsable API (HTML, for people) said nothing
when the caller came with a token rather than a session."""

import pytest
from rest_framework.authtoken.models import Token

from ..factories import make_claim, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def token():
    return Token.objects.create(user=make_user("ed", "Editor")).issued_key


def test_a_token_holders_unpublished_claim_in_the_browsable_api_is_private_and_not_stored(client, token):
    claim = make_claim(text="A claim nobody has published.")
    response = client.get(
        f"/api/v1/claims/{claim.pk}/?include=unpublished",
        HTTP_ACCEPT="text/html",
        HTTP_AUTHORIZATION=f"Token {token}",
    )
    assert response.status_code == 200
    assert "A claim nobody has published." in response.content.decode()
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))


def test_a_token_holders_json_answer_stays_private(client, token):
    claim = make_claim()
    response = client.get(
        f"/api/v1/claims/{claim.pk}/?include=unpublished", HTTP_AUTHORIZATION=f"Token {token}"
    )
    assert "private" in response["Cache-Control"].split(", ")
