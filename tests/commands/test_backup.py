"""manage.py backup PATH [--force]: the whole database to one file, on SQLite or PostgreSQL.

The round trip (a backup restores every table as it was) is in test_restore.py."""

import os
import stat
import subprocess

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from config.backups import postgres, sqlite
from config.backups.errors import BackupRefused
from config.backups.files import kind_of

pytestmark = pytest.mark.django_db(transaction=True)  # pg_dump reads only what is committed

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="pg_dump backs up PostgreSQL only"
)


def back_up(path, *args):
    call_command("backup", str(path), *args, stdout=None)


def fake_tool(directory, name, script):
    """An executable `name` in `directory` running the shell `script`: a client tool as another
    machine might have it."""
    directory.mkdir(exist_ok=True)
    tool = directory / name
    tool.write_text(f"#!/bin/sh\n{script}\n")
    tool.chmod(0o755)
    return tool


def test_it_writes_a_backup_of_the_database_s_engine(tmp_path):
    back_up(tmp_path / "desk.backup")
    assert kind_of(tmp_path / "desk.backup") == connection.vendor


def test_it_says_where_it_wrote_the_backup(tmp_path, capsys):
    back_up(tmp_path / "desk.backup")
    assert capsys.readouterr().out.startswith(f"Backed up the database to {tmp_path / 'desk.backup'} (")


def test_only_its_owner_may_read_the_backup(tmp_path):
    """It holds password hashes and sessions."""
    back_up(tmp_path / "desk.backup")
    assert stat.S_IMODE((tmp_path / "desk.backup").stat().st_mode) == 0o600


def test_it_refuses_to_replace_an_existing_file(tmp_path):
    existing = tmp_path / "desk.backup"
    existing.write_bytes(b"yesterday's backup")
    with pytest.raises(CommandError, match=r"exists already: pass --force to replace it\.$"):
        back_up(existing)
    assert existing.read_bytes() == b"yesterday's backup"


def test_it_replaces_an_existing_file_with_force(tmp_path):
    existing = tmp_path / "desk.backup"
    existing.write_bytes(b"yesterday's backup")
    back_up(existing, "--force")
    assert kind_of(existing) == connection.vendor


def test_it_refuses_a_missing_directory(tmp_path):
    with pytest.raises(CommandError, match=f"^No such directory: {tmp_path / 'nowhere'}$"):
        back_up(tmp_path / "nowhere" / "desk.backup")


def test_it_refuses_a_directory_it_may_not_write_to():
    """/sys refuses new files even to root."""
    with pytest.raises(CommandError, match=r"^Cannot write to /sys: Permission denied\.$"):
        back_up("/sys/desk.backup")


def test_it_refuses_a_directory_as_the_path(tmp_path):
    with pytest.raises(CommandError, match=r"is a directory: name the backup file to write\.$"):
        back_up(tmp_path)


def test_a_failed_backup_leaves_no_file_and_the_old_one_as_it_was(tmp_path, monkeypatch):
    """The backup is written beside the path and renamed only once it is whole."""
    existing = tmp_path / "desk.backup"
    existing.write_bytes(b"yesterday's backup")

    def half_a_backup(connection, target):
        target.write_bytes(b"SQLite format 3\x00 and then the disk filled up")
        raise BackupRefused("The disk is full.")

    monkeypatch.setattr({"sqlite": sqlite, "postgresql": postgres}[connection.vendor], "dump", half_a_backup)
    with pytest.raises(CommandError, match=r"^The disk is full\.$"):
        back_up(existing, "--force")
    assert existing.read_bytes() == b"yesterday's backup"
    assert [path.name for path in tmp_path.iterdir()] == ["desk.backup"]


@on_postgresql
def test_it_says_when_pg_dump_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(CommandError, match=r"^pg_dump is not installed \(or not on PATH\)"):
        back_up(tmp_path / "desk.backup")
    assert not (tmp_path / "desk.backup").exists()


@on_postgresql
def test_it_refuses_a_pg_dump_older_than_the_server(tmp_path, monkeypatch):
    """pg_dump cannot read a newer server's catalogue: say which client tools to install."""
    tools = tmp_path / "bin"
    fake_tool(tools, "pg_dump", 'echo "pg_dump (PostgreSQL) 9.6.24"')
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    server = connection.pg_version // 10000
    with pytest.raises(CommandError, match=rf"^pg_dump 9 cannot back up a PostgreSQL {server} server"):
        back_up(tmp_path / "desk.backup")
    assert not (tmp_path / "desk.backup").exists()


@on_postgresql
def test_it_backs_up_the_database_django_uses(tmp_path):
    """Under pytest that is the test database, named in connection.settings_dict, not the one in
    DATABASE_URL."""
    back_up(tmp_path / "desk.backup")
    listing = subprocess.run(
        ["pg_restore", "--list", str(tmp_path / "desk.backup")], capture_output=True, text=True, check=True
    ).stdout
    assert f"dbname: {connection.settings_dict['NAME']}\n" in listing
