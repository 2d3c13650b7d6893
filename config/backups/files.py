"""The backup file: what kind a file is, reading one, and writing a new one all at once."""

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import BackupRefused

HEADERS = {
    "sqlite": b"SQLite format 3\x00",  # every SQLite database file starts so
    "postgresql": b"PGDMP",  # pg_dump's custom format
}
KIND_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def kind_of(path):
    """ "sqlite" or "postgresql" for a file that starts like a backup of that engine, else None."""
    with open(path, "rb") as file:
        start = file.read(max(len(header) for header in HEADERS.values()))
    return next((kind for kind, header in HEADERS.items() if start.startswith(header)), None)


def existing_backup(path):
    """`path` as an absolute Path to a readable file, or a refusal that says what is wrong."""
    file = Path(path).expanduser().absolute()
    if not file.exists():
        raise BackupRefused(f"No such file: {path}")
    if not file.is_file():
        raise BackupRefused(f"{path} is not a file.")
    try:
        kind_of(file)
    except OSError as error:
        raise BackupRefused(f"Cannot read {path}: {error.strerror}.") from None
    return file


def _check_target(file, path, force):
    if file.is_dir():
        raise BackupRefused(f"{path} is a directory: name the backup file to write.")
    if file.exists() and not force:
        raise BackupRefused(f"{path} exists already: pass --force to replace it.")
    if not file.parent.is_dir():
        raise BackupRefused(f"No such directory: {file.parent}")


@contextmanager
def new_file(path, *, force=False):
    """Yield a temporary file beside `path` (readable by its owner only: a backup holds password
    hashes and sessions) to write the backup into; when the block ends without an error it
    becomes `path` in one rename, so `path` is never half-written. On an error it is removed and
    `path`, if it existed, is left as it was."""
    file = Path(path).expanduser().absolute()
    _check_target(file, path, force)
    try:
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.", suffix=".partial")
    except OSError as error:
        raise BackupRefused(f"Cannot write to {file.parent}: {error.strerror}.") from None
    os.close(handle)
    temporary = Path(temporary)
    try:
        yield temporary
        os.replace(temporary, file)
    finally:
        temporary.unlink(missing_ok=True)
