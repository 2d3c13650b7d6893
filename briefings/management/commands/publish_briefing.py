from django.core.management.base import BaseCommand, CommandError

from briefings.models import Briefing
from factcheck import services
from factcheck.management.commands.claim_action import find_user


class Command(BaseCommand):
    help = "Publish a briefing and its approved claims, as a named editor."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--user", required=True)

    def handle(self, *args, slug, user, **options):
        briefing = Briefing.objects.filter(slug=slug).first()
        if briefing is None:
            raise CommandError(f"No such briefing: {slug}")
        try:
            count = services.publish_briefing(briefing, find_user(user))
        except services.WorkflowError as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(self.style.SUCCESS(f"Published “{briefing}” and {count} approved claim(s)."))
