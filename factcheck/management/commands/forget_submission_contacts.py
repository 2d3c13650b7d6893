from django.conf import settings
from django.core.management.base import BaseCommand

from factcheck import services


class Command(BaseCommand):
    help = (
        "Blank the contact address of every reader submission received more than "
        "FACTDESK_SUBMISSION_CONTACT_DAYS days ago. Safe to run as often as you like (cron: daily); "
        "a new submission does the same as it arrives."
    )

    def handle(self, *args, **options):
        forgotten = services.forget_submission_contacts()
        days = settings.FACTDESK_SUBMISSION_CONTACT_DAYS
        self.stdout.write(
            self.style.SUCCESS(f"Forgot {forgotten} contact address(es) older than {days} days.")
        )
