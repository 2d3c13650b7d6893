from django.core.management.base import BaseCommand, CommandError

from briefings.models import Briefing
from factcheck import services
from factcheck.caching.generations import StoreUnavailable

from ..people import find_user


class Command(BaseCommand):
    help = "Publish a briefing and its approved claims, or withdraw a published one, as a named editor."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--user", required=True)
        parser.add_argument(
            "--withdraw", action="store_true", help="Take the briefing and its verdicts back from the public."
        )
        parser.add_argument(
            "--reason", default="", help="With --withdraw: the public reason, shown on the withdrawn pages."
        )

    def handle(self, *args, slug, user, withdraw, reason, **options):
        briefing = Briefing.objects.filter(slug=slug).first()
        if briefing is None:
            raise CommandError(f"No such briefing: {slug}")
        if reason and not withdraw:
            raise CommandError("--reason goes with --withdraw.")
        try:
            if withdraw:
                services.withdraw_briefing(briefing=briefing, user=find_user(user), reason=reason)
                message = f"Withdrew “{briefing}”: it and its verdicts are no longer public."
            else:
                actor = find_user(user)
                unready = services.publication_preview(briefing).unready
                count = services.publish_briefing(briefing=briefing, user=actor)
                message = f"Published “{briefing}” and {count} approved claim(s)."
        except (services.WorkflowError, StoreUnavailable) as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(self.style.SUCCESS(message))
        for claim in [] if withdraw else unready:
            missing = "; ".join(claim.checklist_missing)
            self.stdout.write(f"Held back: claim {claim.pk} “{claim}”: it needs {missing}.")
