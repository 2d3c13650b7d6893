from django.core.management.base import BaseCommand, CommandError

from config.backups.errors import BackupRefused
from config.backups.operations import back_up


class Command(BaseCommand):
    help = (
        "Back up the whole database to PATH: on SQLite a copy made with SQLite's online backup API, on "
        "PostgreSQL a pg_dump archive (custom format). Safe while the site runs: the copy is one "
        "consistent snapshot. PATH must be a file in an existing directory; an existing file is "
        "refused unless --force. The backup is written beside PATH, read back, and only then renamed "
        "to PATH, so PATH never holds half a backup. It is readable by its owner only: it holds "
        "password hashes and sessions."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file to write.")
        parser.add_argument("--force", action="store_true", help="Replace PATH if it exists.")

    def handle(self, *args, path, force, **options):
        try:
            size = back_up(path, force=force)
        except BackupRefused as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(self.style.SUCCESS(f"Backed up the database to {path} ({size:,} bytes)."))
