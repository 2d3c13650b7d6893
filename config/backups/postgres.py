"""PostgreSQL backups with pg_dump's custom format, restored through pg_restore and psql.

pg_dump reads the whole database in one snapshot, so a backup taken while the server runs is
consistent. Restoring first turns the archive into SQL with pg_restore (a damaged archive fails
here, before anything is touched), then psql drops every table in the database and loads the
backup in one transaction (--single-transaction, ON_ERROR_STOP): a failure rolls all of it back.
Dropping every table, not only the backup's, matters when the code is newer than the backup: the
tables of later migrations must go so that those migrations can run again after the restore.

The tools get the connection settings from Django's DATABASES through libpq's environment
variables (PGHOST, PGDATABASE, PGPASSWORD, …), never through a shell or the command line, so no
setting is ever parsed as an option and the password never shows in the process list.
"""

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import BackupRefused

SETTINGS_ENV = {
    "HOST": "PGHOST",
    "PORT": "PGPORT",
    "USER": "PGUSER",
    "PASSWORD": "PGPASSWORD",
    "NAME": "PGDATABASE",
}
OPTIONS_ENV = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
}


def environment(settings_dict):
    """The process environment with libpq's variables set from a DATABASES entry."""
    env = dict(os.environ)
    options = settings_dict.get("OPTIONS") or {}
    env.update(
        {
            variable: str(settings_dict[key])
            for key, variable in SETTINGS_ENV.items()
            if settings_dict.get(key)
        }
    )
    env.update({variable: str(options[key]) for key, variable in OPTIONS_ENV.items() if options.get(key)})
    return env


def _tool(name):
    found = shutil.which(name)
    if found is None:
        raise BackupRefused(
            f"{name} is not installed (or not on PATH): PostgreSQL backups need the PostgreSQL client "
            "tools, e.g. `apt install postgresql-client`."
        )
    return found


def _major(text):
    """15 from "pg_dump (PostgreSQL) 15.20 (Debian …)" or "15.20 (Debian …)"; 9 from "9.6.24"."""
    found = re.search(r"\b(\d+)(?:\.\d+)*", text)
    return int(found.group(1)) if found else None


def _run(command, *, env=None, failure):
    """Run a client tool (a list of arguments, no shell); a failure is refused with its message."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [
            line for line in done.stderr.splitlines() if line and not line.startswith(("NOTICE", "DETAIL"))
        ]
        raise BackupRefused(f"{failure}: {' '.join(lines[-3:]) or f'exit status {done.returncode}'}")
    return done.stdout


def _server_major(connection):
    connection.ensure_connection()
    return connection.pg_version // 10000


def database_file(connection):
    return None


def dump(connection, target):
    pg_dump = _tool("pg_dump")
    tool, server = (
        _major(_run([pg_dump, "--version"], failure="pg_dump does not run")),
        _server_major(connection),
    )
    if tool is None or tool < server:
        raise BackupRefused(
            f"pg_dump {tool} cannot back up a PostgreSQL {server} server: install the client tools of "
            f"version {server} or later (postgresql-client-{server})."
        )
    _run(
        [pg_dump, "--format=custom", "--no-password", f"--file={target}"],
        env=environment(connection.settings_dict),
        failure="pg_dump failed",
    )


def _check_server_version(listing, connection, path):
    found = re.search(r"Dumped from database version: (.+)", listing)
    made_on = _major(found.group(1)) if found else None
    server = _server_major(connection)
    if made_on is not None and made_on > server:
        raise BackupRefused(
            f"{path} is a backup of a PostgreSQL {made_on} server; this one is PostgreSQL {server}. "
            f"Restore it on PostgreSQL {made_on} or later."
        )


def _copied_rows(script):
    """The (app, name) rows of the COPY block of django_migrations in pg_restore's SQL."""
    block = re.search(r"^COPY \S*django_migrations \((.*?)\) FROM stdin;\n(.*?)^\\\.$", script, re.M | re.S)
    if block is None:
        return set()
    columns = [column.strip() for column in block.group(1).split(",")]
    app, name = columns.index("app"), columns.index("name")
    rows = [line.split("\t") for line in block.group(2).splitlines() if line]
    return {(row[app], row[name]) for row in rows}


def recorded_migrations(connection, path):
    """{(app, name)} as the archive at `path` records them; refuses a file pg_restore cannot read,
    an archive with no migration records, or one from a newer PostgreSQL server."""
    pg_restore = _tool("pg_restore")
    listing = _run([pg_restore, "--list", str(path)], failure=f"{path} is not a usable pg_dump archive")
    _check_server_version(listing, connection, path)
    if not re.search(r"^\d+; \d+ \d+ TABLE DATA \S+ django_migrations ", listing, re.M):
        raise BackupRefused(f"{path} is not a Factdesk backup: it has no migration records.")
    script = _run(
        [pg_restore, "--data-only", "--table=django_migrations", "--file=-", str(path)],
        failure=f"{path} is not a usable pg_dump archive",
    )
    return _copied_rows(script)


def _own_functions(connection):
    """The functions migrations made in the database's schema (factcheck 0020's
    `factcheck_match_keys`), not an extension's: a restore must drop them with the tables, or
    the backup's own CREATE FUNCTION, or the migration's after an older backup, fails."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND NOT EXISTS "
            "(SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') ORDER BY 1"
        )
        return [row[0] for row in cursor.fetchall()]


def _drop_every_table(connection):
    quote = connection.ops.quote_name
    tables = connection.introspection.table_names(include_views=False)
    functions = _own_functions(connection)
    drops = [f"DROP TABLE IF EXISTS {', '.join(quote(table) for table in tables)} CASCADE"] if tables else []
    if functions:
        drops.append(f"DROP FUNCTION IF EXISTS {', '.join(functions)} CASCADE")
    return "; ".join(drops) or "SELECT 1"


def load(connection, path):
    """Replace every table in the database with the archive's, in one transaction."""
    pg_restore, psql = _tool("pg_restore"), _tool("psql")
    with tempfile.TemporaryDirectory(prefix="factdesk-restore-") as scratch:
        script = Path(scratch) / "restore.sql"
        _run(
            [pg_restore, "--no-owner", "--no-privileges", f"--file={script}", str(path)],
            failure=f"pg_restore could not read all of {path}; nothing was changed",
        )
        command = [psql, "--no-psqlrc", "--quiet", "--no-password", "--single-transaction"]
        _run(
            [
                *command,
                "--set=ON_ERROR_STOP=1",
                f"--command={_drop_every_table(connection)}",
                f"--file={script}",
            ],
            env=environment(connection.settings_dict),
            failure="The restore failed and was rolled back, so nothing was changed",
        )
    connection.close()  # the next query opens a connection that sees the restored tables
