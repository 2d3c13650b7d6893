from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from briefings.importers import FORMATS, ImportRefused, check_size, import_briefing
from briefings.signals import ChangeRefused


class Command(BaseCommand):
    help = "Import an article (plain text, Markdown or a saved web page) as a briefing."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The document to import.")
        parser.add_argument("--format", choices=FORMATS, default="auto")
        parser.add_argument("--slug", help="The briefing's slug; derived from the title when left out.")
        parser.add_argument("--user", help="Username to record as the importer.")

    def handle(self, *args, path, format, slug, user, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {path}")
        importer = None
        if user:
            importer = get_user_model().objects.filter(username=user).first()
            if importer is None:
                raise CommandError(f"No such user: {user}")
        try:
            check_size(file.stat().st_size)
            result = import_briefing(
                file.read_bytes(), format=format, slug=slug, filename=file.name, imported_by=importer
            )
        except (ImportRefused, ChangeRefused) as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(self.style.SUCCESS(result.summary()))
