import datetime

from django.core.management.base import BaseCommand, CommandError

from briefings.quoting import quoted_at_end
from factcheck.standards_report import DEFAULT_DAYS, as_text, standards_report


def _date(text, flag):
    if text is None:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{flag} takes a date as YYYY-MM-DD, not {quoted_at_end(text)}") from None


class Command(BaseCommand):
    help = (
        "Print the standards report for editors: corrections published and their delay, reader "
        f"submissions received and answered. By default the last {DEFAULT_DAYS} days."
    )

    def add_arguments(self, parser):
        parser.add_argument("--since", help="The first day, YYYY-MM-DD (default: 30 days before --until).")
        parser.add_argument("--until", help="The last day, YYYY-MM-DD (default: today).")

    def handle(self, *args, since, until, **options):
        try:
            report = standards_report(since=_date(since, "--since"), until=_date(until, "--until"))
        except ValueError as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(as_text(report), ending="")
