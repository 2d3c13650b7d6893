"""`manage.py drf_create_token NAME [-r]`: DRF's command, under its name and flags, for tokens
stored as digests (factcheck.models.tokens). It prints a new token's key, the only time it is
known; DRF's printed an existing token's key again, which no longer exists to print, so a person
who holds a token is refused unless `-r` replaces it. (factcheck comes before
rest_framework.authtoken in INSTALLED_APPS, so this command is the one `manage.py` runs.)"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from factcheck.services.api_tokens import TokenHeld, issue_api_token


class Command(BaseCommand):
    help = "Issue an API token for a person and print its key, once (-r replaces the token they hold)."

    def add_arguments(self, parser):
        parser.add_argument("username", type=str)
        parser.add_argument(
            "-r",
            "--reset",
            action="store_true",
            dest="reset_token",
            default=False,
            help="Replace the person's token (its key stops working) with a new one.",
        )

    def handle(self, *args, username, reset_token, **options):
        users = get_user_model()._default_manager
        try:
            user = users.get_by_natural_key(username)
        except users.model.DoesNotExist:
            raise CommandError(f"Cannot create the Token: user {username} does not exist") from None
        try:
            key = issue_api_token(user=user, replace=reset_token)
        except TokenHeld as error:
            raise CommandError(f"{error} Use -r to replace it.") from None
        self.stdout.write(f"Generated token {key} for user {username}")
