from argparse import ArgumentTypeError
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from factcheck import services
from factcheck.caching.generations import StoreUnavailable
from factcheck.models import Claim
from factcheck.workflow import BY_NAME

from ..people import find_user


def due_date(text):
    """argparse's type for --due: a clear refusal (usage and exit status 2) for a bad date."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentTypeError(f"takes a date as YYYY-MM-DD, not “{text}”") from None


class Command(BaseCommand):
    help = "Take a workflow action on a claim as a named user, under the same rules as the review desk."

    def add_arguments(self, parser):
        parser.add_argument("claim", type=int, help="The claim's id.")
        parser.add_argument("action", choices=sorted(BY_NAME), help="The workflow action.")
        parser.add_argument("--user", required=True, help="Who takes the action.")
        parser.add_argument(
            "--comment",
            default="",
            help="Required for request_changes, dismiss, withdraw (the public reason) and reconsider.",
        )
        parser.add_argument("--assignee", help="For assign: the checker's username.")
        parser.add_argument("--due", type=due_date, help="For assign: the due date, YYYY-MM-DD.")

    def handle(self, *args, claim, action, user, comment, assignee, due, **options):
        found = Claim.objects.filter(pk=claim).first()
        if found is None:
            raise CommandError(f"No such claim: {claim}")
        actor = find_user(user)
        try:
            result = services.take_action(
                claim=found,
                action=action,
                user=actor,
                comment=comment,
                assignee=find_user(assignee) if assignee else None,
                due_on=due,
            )
        except (services.WorkflowError, StoreUnavailable) as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Claim {result.pk} is now {result.get_status_display().lower()}.")
        )
