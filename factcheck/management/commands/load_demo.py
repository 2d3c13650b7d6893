from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from briefings.demo import DEMO_PASSWORD
from factcheck.demo import load_demo


class Command(BaseCommand):
    help = "Load the sample briefing and the demo users (development only; safe to run again)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "load_demo only runs with DEBUG on: the demo users share a published password."
            )
        users, result = load_demo()
        self.stdout.write(self.style.SUCCESS(f"Sample briefing {result.summary()}"))
        self.stdout.write("Demo users (password “{}”): {}".format(DEMO_PASSWORD, ", ".join(users)))
