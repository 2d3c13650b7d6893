"""A new password revokes its owner's API token, whatever door set it; so does a deactivation.

A token is a password that never expires; a person who changes or resets their password after a
stolen laptop expects whatever the thief holds to stop working. So a save of a user that stores a
new password hash deletes their rest_framework.authtoken Token: the staff password-change pages,
the reset confirm page, the admin's "set password" form, `manage.py changepassword`, or any code
that calls `user.set_password()` (or `set_unusable_password()`) and saves. The rule lives here,
once, on the user model's save signals; the doors only say so to the person (tell_token_revoked).

A save that stores no new password leaves the token alone: the last_login written at sign-in, a
name changed in the admin, and the new hash Django writes at sign-in when the old one's algorithm
or iterations are out of date (same password, stronger hash; `password_rehashed` is sent, so that
the token's record of the password it was issued under can follow).

These signals are not the only guard: a path that skips them (`QuerySet.update(password=…)`) is
caught when the token is next used, since each token holds only under the password it was issued
under (factcheck.api.authentication).

A person who leaves the newsroom is deactivated, and a newsroom expects whatever they hold to stop
for good: a save of an inactive user deletes their token (the admin's change form, any code that
saves `is_active = False`), so a reactivation does not bring an old key back; an admin issues a
new one. A deactivation that skips the save (`QuerySet.update`) is caught at the token's next use,
which deletes it (factcheck.api.authentication).
"""

import logging

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import get_hasher, identify_hasher
from django.db.models.signals import post_save, pre_save
from django.dispatch import Signal
from rest_framework.authtoken.models import Token

logger = logging.getLogger(__name__)

REVOKED = (
    "{token} was revoked because the password changed. An admin can make a new one under Auth Token › Tokens."
)
DEACTIVATED = (
    "{token} was revoked because the account was deactivated. If it is reactivated, an admin can make a "
    "new one under Auth Token › Tokens."
)
#: Sent with `user` after a save stored a new hash of the same password (Django's rehash at sign-in).
password_rehashed = Signal()


def revoke_api_token(*, user, reason="their password changed"):
    """Delete `user`'s API token; True when there was one. Logged, so that whoever ran a command
    (`manage.py changepassword`) reads it too."""
    deleted, _ = Token.objects.filter(user=user).delete()
    if deleted:
        logger.warning("The API token of %s was revoked: %s.", user.get_username(), reason)
    return bool(deleted)


def _rehashed_at_sign_in(stored_hash):
    """Django rewrites a hash whose algorithm or iterations are out of date when its owner signs
    in (without set_password's mark): the same password, so no reason to revoke."""
    try:
        hasher = identify_hasher(stored_hash)
    except ValueError:  # an unusable or unknown hash before: whatever comes now is new
        return False
    return hasher.algorithm != get_hasher().algorithm or hasher.must_update(stored_hash)


def is_a_new_password(user, stored_hash):
    """Whether saving `user` stores a new password over `stored_hash`."""
    if user.password == stored_hash:
        return False
    # set_password() keeps the raw password in _password until the save (Django's own mark, read
    # by its password validators' password_changed); set_unusable_password() stores a "!" hash.
    if getattr(user, "_password", None) is not None or not user.has_usable_password():
        return True
    return not _rehashed_at_sign_in(stored_hash)


def note_a_new_password(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save: read the stored hash (one query, only when the save writes the password)."""
    instance._stores_a_new_password = instance._rehashes_the_password = False
    if raw or instance.pk is None or (update_fields is not None and "password" not in update_fields):
        return
    stored = sender._default_manager.filter(pk=instance.pk).values_list("password", flat=True).first()
    if stored is None or stored == instance.password:
        return
    instance._stores_a_new_password = is_a_new_password(instance, stored)
    instance._rehashes_the_password = not instance._stores_a_new_password


def revoke_on_a_new_password(sender, instance, raw=False, **kwargs):
    """post_save: the new password is stored, or the person is inactive; the token goes.
    `api_token_revoked` (and `api_token_revoked_because`) tell a door. The same password under a
    new hash: `password_rehashed` tells whoever keeps track of it."""
    if not raw and not instance.is_active:
        instance._stores_a_new_password = False
        instance.api_token_revoked = revoke_api_token(user=instance, reason="the account was deactivated")
        instance.api_token_revoked_because = DEACTIVATED
    elif getattr(instance, "_stores_a_new_password", False):
        instance._stores_a_new_password = False
        instance.api_token_revoked = revoke_api_token(user=instance)
        instance.api_token_revoked_because = REVOKED
    elif getattr(instance, "_rehashes_the_password", False):
        instance._rehashes_the_password = False
        password_rehashed.send(sender=sender, user=instance)


def tell_token_revoked(request, user, *, token="Your API token"):
    """A door's message, when saving `user` just revoked their token."""
    if getattr(user, "api_token_revoked", False):
        messages.warning(request, getattr(user, "api_token_revoked_because", REVOKED).format(token=token))


def connect():
    user_model = get_user_model()
    pre_save.connect(note_a_new_password, sender=user_model, dispatch_uid="config.passwords.note")
    post_save.connect(revoke_on_a_new_password, sender=user_model, dispatch_uid="config.passwords.revoke")
