"""The password an API token was issued under, kept beside the token as a short keyed fingerprint
of the owner's password hash (factcheck.api.authentication compares it on every request).

A token stops working as soon as its owner's password hash changes, by whatever path: the
revocation on the user's save signals (config.passwords) deletes it, and a path that skips those
signals (`QuerySet.update(password=…)`, raw SQL, a restored row) leaves a fingerprint that no
longer matches. The fingerprint is an HMAC keyed by SECRET_KEY: it says nothing of the hash to
someone who reads the table without the key.

The token itself is stored as a digest: DRF's `Token.key` column holds the first 40 hex digits of
the SHA-256 of the key (160 bits, as many as the key has), never the key, so a backup, a replica
or a dump holds nothing that works as a key. The key is random (160 bits from `secrets`), so a
plain hash suffices where a password needs a slow salted one; a request's key is looked up by its
digest, and comparing digests leaks nothing about the key. docs/security.md says why this and not
django-rest-knox.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.utils.crypto import constant_time_compare, salted_hmac
from rest_framework.authtoken.models import Token

SALT = "factcheck.api.token-password"
FINGERPRINT_LENGTH = 32
KEY_DIGEST_LENGTH = 40  # DRF's Token.key column


def key_digest(key):
    """What the token table stores of `key` (and looks a request's key up by)."""
    return hashlib.sha256(key.encode()).hexdigest()[:KEY_DIGEST_LENGTH]


def store_digest(sender, instance, raw=False, **kwargs):
    """pre_save of Token (and the admin's TokenProxy): a new token is stored as its key's digest,
    whatever door made it (the admin, a command, `Token.objects.create`); the key stays on the
    instance as `issued_key`, for the door to show once. A loaded token (a digest) is left alone,
    as is a fixture's (raw: it holds a digest already). bulk_create skips this, and its tokens
    never match: fail closed."""
    if raw or not instance._state.adding:
        return
    instance.issued_key = instance.key or Token.generate_key()
    instance.key = key_digest(instance.issued_key)


def password_fingerprint(password_hash, secret=None):
    """The keyed fingerprint of `password_hash` (the stored hash, never a raw password)."""
    digest = salted_hmac(SALT, password_hash or "", secret=secret, algorithm="sha256").hexdigest()
    return digest[:FINGERPRINT_LENGTH]


def matches_password(fingerprint, password_hash):
    """Whether `fingerprint` was taken of `password_hash`, under SECRET_KEY or one of its
    fallbacks (so that rotating the key does not cut every client off at once)."""
    secrets = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return any(
        constant_time_compare(fingerprint, password_fingerprint(password_hash, secret)) for secret in secrets
    )


class TokenPassword(models.Model):
    token = models.OneToOneField(
        Token, on_delete=models.CASCADE, primary_key=True, related_name="issued_under"
    )
    fingerprint = models.CharField(
        max_length=FINGERPRINT_LENGTH,
        help_text="A keyed fingerprint of the owner's password hash when the token was issued.",
    )

    class Meta:
        verbose_name = "API token's password"
        verbose_name_plural = "API tokens' passwords"

    def __str__(self):
        return f"The password {self.token.user} held when their token was issued"
