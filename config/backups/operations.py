"""Backing up and restoring the whole database: the one flow behind both commands.

Every check runs before anything is written: a refusal (BackupRefused) leaves the database, and
any existing file at the backup's path, as they were.
"""

from dataclasses import dataclass
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections

from . import postgres, schema, sqlite
from .errors import BackupRefused
from .files import KIND_NAMES, existing_backup, kind_of, new_file

ENGINES = {"sqlite": sqlite, "postgresql": postgres}


def engine_for(connection):
    engine = ENGINES.get(connection.vendor)
    if engine is None:
        raise BackupRefused(f"Backups work on SQLite and PostgreSQL, not on {connection.display_name}.")
    return engine


def _refuse_the_database_itself(engine, connection, path):
    database = engine.database_file(connection)
    if database is None:
        return
    itself = {
        database,
        database.with_name(f"{database.name}-wal"),
        database.with_name(f"{database.name}-shm"),
    }
    if Path(path).expanduser().resolve() in itself:
        raise BackupRefused(f"{path} is the database itself: name another file.")


def back_up(path, *, force=False, using=DEFAULT_DB_ALIAS):
    """Write a backup of the whole database to `path`; returns its size in bytes. An existing file
    is replaced only with `force`; the new backup is read back before it takes the path's place."""
    connection = connections[using]
    engine = engine_for(connection)
    _refuse_the_database_itself(engine, connection, path)
    with new_file(path, force=force) as target:
        engine.dump(connection, target)
        engine.recorded_migrations(connection, target)
        return target.stat().st_size


@dataclass
class Restored:
    engine: str
    migrated: list  # the (app, name) migrations run after the restore: the backup was older


def _checked_backup(engine, connection, path):
    """The backup at `path`, checked to be one of this database's engine and of this project,
    and the migrations the code has that it lacks."""
    file = existing_backup(path)
    _refuse_the_database_itself(engine, connection, file)
    kind, expected = kind_of(file), connection.vendor
    if kind is None:
        raise BackupRefused(
            f"{path} is not a Factdesk backup: it is neither a SQLite database nor a pg_dump archive."
        )
    if kind != expected:
        raise BackupRefused(
            f"{path} is a {KIND_NAMES[kind]} backup and this database is {KIND_NAMES[expected]}: "
            f"restore it into a {KIND_NAMES[kind]} database (DATABASE_URL)."
        )
    recorded = engine.recorded_migrations(connection, file)
    return file, schema.migrations_to_apply(recorded, path)


def _migrate_forward(connection, path):
    try:
        call_command("migrate", database=connection.alias, interactive=False, verbosity=0)
    except Exception as error:  # whatever a migration raises, say what state the database is in
        raise BackupRefused(
            f"Restored {path}, but migrating it forward failed: {error}. The database holds the backup, "
            "migrated as far as it went; run `manage.py migrate` to see why."
        ) from error


def restore(path, *, replace=False, using=DEFAULT_DB_ALIAS):
    """Replace the whole database with the backup at `path`. A database holding any data (beyond
    what `migrate` makes) is replaced only with `replace`. A backup from older code is migrated
    forward afterwards; one from newer code, another project or the other engine is refused."""
    connection = connections[using]
    engine = engine_for(connection)
    if connection.in_atomic_block:
        raise BackupRefused("A restore cannot run inside a transaction.")
    file, missing = _checked_backup(engine, connection, path)
    held = schema.data_held(connection)
    if held and not replace:
        raise BackupRefused(
            f"This database already holds data ({schema.describe(held)}). A restore replaces all of it "
            "with the backup: run again with --replace to do that."
        )
    engine.load(connection, file)
    ContentType.objects.clear_cache()  # its ids are the backup's now
    if missing:
        _migrate_forward(connection, path)
    return Restored(engine=KIND_NAMES[connection.vendor], migrated=missing)
