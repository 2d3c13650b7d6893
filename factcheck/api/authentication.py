"""Who an API caller is: DRF's token authentication, read under either scheme a client may send,
and holding only under the password the token was issued under.

`Authorization: Token <key>` is DRF's own; `Authorization: Bearer <key>` (RFC 6750, what most HTTP
clients and OpenAPI tools send) is the same token, with the same rules: the same token table (a
revoked or replaced token reads nothing, an inactive user is refused), the same user for the
throttles and the same 401s. Any other scheme is not ours, and leaves the caller anonymous.

config.passwords deletes a person's token when a save of them stores a new password; a path that
skips the user model's save signals (`User.objects.filter(…).update(password=…)`, raw SQL, a
restored row) did not, and the token went on working. So the token's validity no longer depends
on those signals: each token keeps a keyed fingerprint of its owner's password hash from when it
was issued (factcheck.models.TokenPassword), and a request is authenticated only when it matches
the hash the user row holds now. The token, its user and its fingerprint come in the one query
DRF's TokenAuthentication made already.

A token with no fingerprint (made by a path that skips Token's own save signal, such as
bulk_create) is refused: it cannot say which password it was issued under. Django's rehash of an
out-of-date hash at sign-in (the same password, config.passwords.password_rehashed) moves the
fingerprint along, so a stronger hash keeps the token.

The token table holds digests, not keys (factcheck.models.tokens): a request's key is looked up by
its digest. A deactivated owner's token is deleted when it is next tried, so that a deactivation
that skipped config.passwords' save signal (`QuerySet.update(is_active=False)`) cannot come back
to life with a reactivation.
"""

import logging

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save, pre_save
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication, get_authorization_header
from rest_framework.authtoken.models import Token, TokenProxy

from ..models.tokens import TokenPassword, key_digest, matches_password, password_fingerprint, store_digest

logger = logging.getLogger(__name__)
INVALID = "Invalid token."
SCHEMES = ("Token", "Bearer")  # as DRF compares a scheme: in any case


def scheme_sent(request):
    """The scheme of ours the request's Authorization header names, or None."""
    parts = get_authorization_header(request).split()
    named = parts[0].lower() if parts else b""
    return next((scheme for scheme in SCHEMES if scheme.lower().encode() == named), None)


def issued_under_current_password(token):
    """Whether `token` (its user and fingerprint loaded) was issued under its owner's password."""
    try:
        fingerprint = token.issued_under.fingerprint
    except TokenPassword.DoesNotExist:
        return False
    return matches_password(fingerprint, token.user.password)


class APITokenAuthentication(TokenAuthentication):
    """DRF's TokenAuthentication, whose key may also come as `Bearer <key>`, refusing a token
    issued under another password than the owner's current one with the same answer as an
    unknown token (no oracle)."""

    def authenticate(self, request):
        scheme = scheme_sent(request)
        if scheme is None:
            return None
        self.keyword = scheme  # an instance per request (APIView.get_authenticators); DRF reads it
        return super().authenticate(request)

    def authenticate_header(self, request):
        """The challenge of a 401: `Token`, or `Bearer` to a caller who sent one (RFC 6750, 3)."""
        return scheme_sent(request) or SCHEMES[0]

    def authenticate_credentials(self, key):
        token = Token.objects.select_related("user", "issued_under").filter(key=key_digest(key)).first()
        if token is None:
            raise exceptions.AuthenticationFailed(INVALID)
        if not token.user.is_active:
            Token.objects.filter(pk=token.pk).delete()
            logger.warning("The API token of %s was revoked: the account is deactivated.", token.user)
            raise exceptions.AuthenticationFailed(INVALID)  # as an unknown token: no oracle
        if not issued_under_current_password(token):
            logger.warning("An API token of %s was refused: issued under another password.", token.user)
            raise exceptions.AuthenticationFailed(INVALID)
        return token.user, token


def record_issue(sender, instance, created=False, raw=False, **kwargs):
    """post_save of Token (and of the admin's TokenProxy): a new token is issued under the
    password its owner's row holds now (read from the database, not a changed instance)."""
    if not created or raw:
        return
    users = get_user_model()._default_manager
    stored = users.filter(pk=instance.user_id).values_list("password", flat=True).first()
    # The key, not pk: the admin's TokenProxy answers its user's id as pk.
    TokenPassword.objects.update_or_create(
        token_id=instance.key, defaults={"fingerprint": password_fingerprint(stored)}
    )


def follow_rehash(sender, user, **kwargs):
    """config.passwords.password_rehashed: the same password under a stronger hash keeps the token."""
    TokenPassword.objects.filter(token__user=user).update(fingerprint=password_fingerprint(user.password))


def connect(password_rehashed):
    for model in (Token, TokenProxy):
        pre_save.connect(store_digest, sender=model, dispatch_uid=f"factcheck.api.digests.{model.__name__}")
        post_save.connect(record_issue, sender=model, dispatch_uid=f"factcheck.api.tokens.{model.__name__}")
    password_rehashed.connect(follow_rehash, dispatch_uid="factcheck.api.tokens.rehash")
