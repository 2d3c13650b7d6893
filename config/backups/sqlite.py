"""SQLite backups with SQLite's online backup API (`sqlite3.Connection.backup`).

The API copies the database page by page under one read transaction, so a backup taken while the
server runs is a consistent snapshot: writers that commit meanwhile are either wholly in it or
not at all. The backup is itself a SQLite database (in rollback-journal mode, one self-contained
file). Restoring copies it the other way, into the live database, in one write transaction:
either all of it arrives or nothing changes.
"""

import sqlite3
from contextlib import closing
from pathlib import Path

from .errors import BackupRefused


def database_file(connection):
    """The database's own file, or None for an in-memory database."""
    if connection.is_in_memory_db():
        return None
    return Path(connection.settings_dict["NAME"]).resolve()


def dump(connection, target):
    """Copy the whole database into the (empty) file `target`."""
    connection.ensure_connection()
    with closing(sqlite3.connect(target)) as copy:
        connection.connection.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # no -wal file beside it: the backup is one file


def _open(path):
    return closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True))


def recorded_migrations(connection, path):
    """{(app, name)} as the backup at `path` records them; refuses a damaged file or a SQLite
    database that Django never migrated."""
    try:
        with _open(path) as backup:
            if backup.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupRefused(f"{path} is damaged: SQLite's integrity check fails on it.")
            tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "django_migrations" not in tables:
                raise BackupRefused(f"{path} is not a Factdesk backup: it has no migration records.")
            return set(backup.execute("SELECT app, name FROM django_migrations"))
    except sqlite3.DatabaseError as error:
        raise BackupRefused(f"{path} is not a usable SQLite backup: {error}.") from None


def load(connection, path):
    """Replace everything in the database with the backup at `path`, in one transaction."""
    connection.ensure_connection()
    try:
        with _open(path) as backup:
            backup.backup(connection.connection)
    except sqlite3.DatabaseError as error:
        raise BackupRefused(f"The restore failed and nothing was changed: {error}.") from None
