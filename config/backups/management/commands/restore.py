from django.core.management.base import BaseCommand, CommandError

from config.backups.errors import BackupRefused
from config.backups.operations import restore


class Command(BaseCommand):
    help = (
        "Replace the whole database with a backup made by `manage.py backup` on the same engine "
        "(SQLite or PostgreSQL), in one transaction: all of it or nothing. A database that holds any "
        "data beyond what `migrate` creates (content types, permissions, the roles, the rating scale) "
        "is refused unless --replace: everything in it is then lost, so back it up first. A backup "
        "made by an older Factdesk is migrated forward after the restore; one made by a newer "
        "Factdesk, by another project or on the other engine, or a damaged file, is refused before "
        "anything changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file to restore.")
        parser.add_argument(
            "--replace", action="store_true", help="Replace a database that holds data (all of it is lost)."
        )

    def handle(self, *args, path, replace, **options):
        try:
            restored = restore(path, replace=replace)
        except BackupRefused as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(self.style.SUCCESS(f"Restored the {restored.engine} database from {path}."))
        if restored.migrated:
            names = ", ".join(f"{app}.{name}" for app, name in restored.migrated)
            self.stdout.write(f"The backup was older than this code; migrated it forward: {names}.")
