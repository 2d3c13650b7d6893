"""API tokens as the revocation tests see them: a token for a person, whether they still hold one,
and an API request with it."""

from rest_framework.authtoken.models import Token

from factcheck.services.api_tokens import issue_api_token

from ..signing_in import LOGIN

API_CLAIMS = "/api/v1/claims/?include=unpublished"


def token_for(user):
    return issue_api_token(user=user)


def holds_a_token(user):
    return Token.objects.filter(user=user).exists()


def sign_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})
