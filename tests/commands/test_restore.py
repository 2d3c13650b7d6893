"""manage.py restore PATH [--replace]: the whole database from a backup, all of it or nothing.

Each refusal leaves every table as it was."""

import os
import subprocess

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from briefings.importers import import_briefing
from config.backups import postgres
from factcheck.models import Claim

from ..factories import SIMPLE_ARTICLE, make_user
from .test_backup import fake_tool, on_postgresql
from .whole_database import every_table, fill_every_table, other_project_sqlite

pytestmark = pytest.mark.django_db(transaction=True)  # a restore cannot run inside a transaction


@pytest.fixture
def backup(tmp_path, reference_data):
    """A backup of a desk with one editor, and the path it is at."""
    make_user("kept-editor", "Editor")
    path = tmp_path / "desk.backup"
    call_command("backup", str(path), stdout=None)
    return path


def restore(path, *args, stdout=None):
    call_command("restore", str(path), *args, stdout=stdout)


def change_everything():
    """Edits, additions and deletions across the desk, as a day's work after the backup would."""
    Claim.objects.filter(status="published").update(text="Rewritten after the backup.")
    get_user_model().objects.filter(username="checker2").delete()
    make_user("new-since", "Checker")
    import_briefing(SIMPLE_ARTICLE, slug="new-since")
    Session.objects.all().delete()


def test_it_brings_back_every_table_as_it_was(tmp_path, settings, reference_data):
    fill_every_table(settings)
    before = every_table()
    call_command("backup", str(tmp_path / "desk.backup"), stdout=None)
    change_everything()
    assert every_table() != before
    restore(tmp_path / "desk.backup", "--replace")
    assert every_table() == before


def test_new_rows_after_a_restore_get_new_ids(tmp_path, settings, reference_data):
    """The id counters come back with the rows, so the next briefing does not collide."""
    fill_every_table(settings)
    call_command("backup", str(tmp_path / "desk.backup"), stdout=None)
    restore(tmp_path / "desk.backup", "--replace")
    briefing = import_briefing(SIMPLE_ARTICLE, slug="after-the-restore").briefing
    assert briefing.statements.count() == 2


def test_it_restores_into_a_freshly_migrated_database_without_replace(backup):
    """What `migrate` makes (content types, permissions, roles, the rating scale) is not data."""
    get_user_model().objects.all().delete()
    restore(backup)
    assert get_user_model().objects.filter(username="kept-editor").exists()


def test_it_says_what_it_restored(backup, capsys):
    restore(backup, "--replace")
    assert capsys.readouterr().out == f"Restored the {connection.display_name} database from {backup}.\n"


def test_it_refuses_a_database_holding_data_without_replace(backup):
    make_user("joined-since", "Checker")
    before = every_table()
    with pytest.raises(
        CommandError, match=r"^This database already holds data \(2 users, .*run again with --replace"
    ):
        restore(backup)
    assert every_table() == before


def test_it_refuses_a_missing_file(backup, tmp_path):
    before = every_table()
    with pytest.raises(CommandError, match=f"^No such file: {tmp_path / 'nothing.backup'}$"):
        restore(tmp_path / "nothing.backup", "--replace")
    assert every_table() == before


def test_it_refuses_a_file_that_is_not_a_backup(backup, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Not a database.\n")
    before = every_table()
    with pytest.raises(CommandError, match=r"is not a Factdesk backup: it is neither a SQLite database nor"):
        restore(notes, "--replace")
    assert every_table() == before


def test_it_refuses_a_damaged_backup(backup, tmp_path):
    """Half a backup, as a full disk or a broken copy leaves it."""
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    before = every_table()
    with pytest.raises(CommandError, match=r"(not a usable|is damaged|could not read all)"):
        restore(damaged, "--replace")
    assert every_table() == before


def the_other_engine_s_backup(tmp_path):
    """On PostgreSQL a SQLite database; on SQLite the start of a pg_dump archive (the file's
    header says what it is)."""
    if connection.vendor == "postgresql":
        return other_project_sqlite(tmp_path / "other.sqlite3"), "SQLite"
    archive = tmp_path / "other.dump"
    archive.write_bytes(b"PGDMP\x01\x0e\x00\x04\x08\x01\x01")
    return archive, "PostgreSQL"


def test_it_refuses_a_backup_from_the_other_engine(backup, tmp_path):
    other, engine = the_other_engine_s_backup(tmp_path)
    before = every_table()
    with pytest.raises(
        CommandError, match=rf"is a {engine} backup and this database is {connection.display_name}"
    ):
        restore(other, "--replace")
    assert every_table() == before


def another_project_s_backup(tmp_path):
    if connection.vendor == "sqlite":
        return other_project_sqlite(tmp_path / "other.sqlite3")
    archive = tmp_path / "other.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--table=auth_user", f"--file={archive}"],
        env=postgres.environment(connection.settings_dict),
        check=True,
    )
    return archive


def test_it_refuses_a_backup_of_another_project(backup, tmp_path):
    other = another_project_s_backup(tmp_path)
    before = every_table()
    with pytest.raises(
        CommandError, match=r"is not a Factdesk backup: it (records no migrations|has no migration)"
    ):
        restore(other, "--replace")
    assert every_table() == before


def test_it_refuses_a_backup_made_by_newer_code(tmp_path, reference_data):
    """Its tables may hold what this code cannot read: restore it with the code that made it."""
    recorder = MigrationRecorder(connection)
    recorder.record_applied("factcheck", "9999_from_the_future")
    call_command("backup", str(tmp_path / "newer.backup"), stdout=None)
    recorder.record_unapplied("factcheck", "9999_from_the_future")
    make_user("current-editor", "Editor")
    before = every_table()
    with pytest.raises(
        CommandError, match=r"made by a newer or a different version of Factdesk.*9999_from_the_future"
    ):
        restore(tmp_path / "newer.backup", "--replace")
    assert every_table() == before


def test_it_migrates_an_older_backup_forward(tmp_path, reference_data):
    call_command("migrate", "factcheck", "0010_web_urls_only", verbosity=0)
    call_command("backup", str(tmp_path / "older.backup"), stdout=None)
    call_command("migrate", verbosity=0)
    restore(tmp_path / "older.backup", "--replace")
    assert (
        MigrationExecutor(connection).migration_plan(MigrationExecutor(connection).loader.graph.leaf_nodes())
        == []
    )


def test_it_says_which_migrations_it_ran(tmp_path, reference_data, capsys):
    call_command("migrate", "factcheck", "0010_web_urls_only", verbosity=0)
    call_command("backup", str(tmp_path / "older.backup"), stdout=None)
    call_command("migrate", verbosity=0)
    restore(tmp_path / "older.backup", "--replace")
    assert "migrated it forward: factcheck.0011_throttle_counts, factcheck.0012" in capsys.readouterr().out


def test_it_refuses_to_run_inside_a_transaction(backup):
    before = every_table()
    with (
        transaction.atomic(),
        pytest.raises(CommandError, match=r"^A restore cannot run inside a transaction\.$"),
    ):
        restore(backup, "--replace")
    assert every_table() == before


@on_postgresql
def test_it_says_when_psql_is_missing(backup, tmp_path, monkeypatch):
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "pg_restore").symlink_to(postgres.shutil.which("pg_restore"))
    monkeypatch.setenv("PATH", str(tools))
    before = every_table()
    with pytest.raises(CommandError, match=r"^psql is not installed \(or not on PATH\)"):
        restore(backup, "--replace")
    assert every_table() == before


@on_postgresql
def test_it_refuses_a_backup_of_a_newer_postgresql_server(backup, tmp_path, monkeypatch):
    """A newer server's dump may use what this one lacks: say which version it needs."""
    tools = tmp_path / "bin"
    fake_tool(tools, "pg_restore", 'echo ";     Dumped from database version: 99.1"')
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    before = every_table()
    with pytest.raises(
        CommandError, match=r"is a backup of a PostgreSQL 99 server; this one is PostgreSQL \d+\."
    ):
        restore(backup, "--replace")
    assert every_table() == before


@on_postgresql
def test_a_restore_that_fails_midway_changes_nothing(backup, monkeypatch):
    """psql loads the backup in one transaction: here the tables are not dropped first, so the
    first CREATE TABLE fails and everything is rolled back."""
    monkeypatch.setattr(postgres, "_drop_every_table", lambda connection: "DELETE FROM auth_user_groups")
    make_user("joined-since", "Checker")
    before = every_table()
    with pytest.raises(
        CommandError,
        match=r"^The restore failed and was rolled back, so nothing was changed: .*already exists",
    ):
        restore(backup, "--replace")
    assert every_table() == before
