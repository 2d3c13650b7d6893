"""Issuing an API token: the one function the doors share (the admin shows its key, the
`drf_create_token` command prints it, tests and scripts call it).

Only a digest of the key is stored (factcheck.models.tokens), so the key is returned here once and
never again; a person holds one token, and a second is refused unless it replaces the first.
"""

from django.db import transaction
from rest_framework.authtoken.models import Token


class TokenHeld(ValueError):
    """The person holds a token already, whose key cannot be shown again."""


@transaction.atomic
def issue_api_token(*, user, replace=False):
    """A new token for `user`; returns its key, the only time it is known."""
    held = Token.objects.select_for_update().filter(user=user)
    if replace:
        held.delete()
    elif held.exists():
        raise TokenHeld(
            f"{user.get_username()} holds an API token already; its key was shown once, when it was "
            "issued, and cannot be shown again. Replace the token to get a new key."
        )
    key = Token.generate_key()
    Token.objects.create(user=user, key=key)
    return key
