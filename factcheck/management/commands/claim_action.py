from django.core.management.base import BaseCommand, CommandError

from factcheck import services
from factcheck.models import Claim
from factcheck.workflow import BY_NAME

from ..people import find_user


class Command(BaseCommand):
    help = "Take a workflow action on a claim as a named user, under the same rules as the review desk."

    def add_arguments(self, parser):
        parser.add_argument("claim", type=int, help="The claim's id.")
        parser.add_argument("action", choices=sorted(BY_NAME), help="The workflow action.")
        parser.add_argument("--user", required=True, help="Who takes the action.")
        parser.add_argument("--comment", default="", help="Required for request_changes and dismiss.")
        parser.add_argument("--assignee", help="For assign: the checker's username.")

    def handle(self, *args, claim, action, user, comment, assignee, **options):
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
            )
        except services.WorkflowError as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Claim {result.pk} is now {result.get_status_display().lower()}.")
        )
