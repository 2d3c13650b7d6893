"""Who a command acts as: `--user NAME` names a real account, whose rules then apply."""

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError


def find_user(username):
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"No such user: {username}")
    return user
