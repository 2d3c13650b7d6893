"""Time the importer against a real database server: statements/s of a whole import (parse, split,
score, find speakers, store) of a document of bench-corpus sentences (factcheck.benchdata,
`random.Random(1)`, what `bench/measure.py`'s import rate imports), by wall time and by CPU time.
Issue 18 asks for 10,000 statements/s with scoring, on SQLite and PostgreSQL.

On a shared machine waiting for a core is not work, so CPU time is reported beside wall time:
the client's (`time.process_time`) plus, on PostgreSQL, the server backend's (utime + stime of
`pg_backend_pid()` from /proc, when the server runs on this machine; "n/a" otherwise).

The database is a throwaway: with a PostgreSQL URL, a new database `<name>_import_bench` on the
same server (empty, or a copy of `--template`, e.g. a bench archive), made, migrated and dropped
by the script (it refuses one that exists); with SQLite or
no URL, a file in a temporary directory. Never var/ or the database the URL names. Run by hand
(docs/benchmarks.md); it asserts nothing about timings.

    DATABASE_URL=postgres://user@host:5432/name .venv/bin/python bench/import_db_speed.py \\
        [--statements 5000] [--repeat 5] [--profile]
"""

import argparse
import cProfile
import os
import platform
import pstats
import random
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


@contextmanager
def throwaway_database(url, template=None):
    """The URL of a fresh database for the run (PostgreSQL: a copy of `template` if given),
    removed afterwards."""
    if not url or url.startswith("sqlite"):
        with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
            yield f"sqlite:///{Path(directory) / 'bench.sqlite3'}", directory
        return
    import psycopg

    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'factdesk'}_import_bench"
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
            yield urlunsplit(parts._replace(path=f"/{name}")), directory
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def setup_django(url, directory):
    os.environ["DATABASE_URL"] = url
    os.environ["FACTDESK_VAR_DIR"] = str(directory)
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-import-db-speed-throwaway-key-not-used-for-anything-real")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def document(statements):
    """`bench/measure.py`'s import-rate document: a title, then paragraphs of five bench sentences."""
    from factcheck.benchdata import sentences

    rng = random.Random(1)
    return "An imported article\n\n" + "".join(
        " ".join(sentences.sentence(rng) for _ in range(5)) + "\n\n" for _ in range(statements // 5)
    )


def server_cpu():
    """CPU seconds the database server's backend for this connection has used, or None."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def one_import(text, slug):
    """(wall s, client CPU s, server CPU s or None, statements) of one import."""
    from briefings.importers import import_briefing

    server = server_cpu()
    started, started_cpu = time.perf_counter(), time.process_time()
    imported = import_briefing(text, slug=slug)
    wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    after = server_cpu()
    return wall, cpu, None if server is None else after - server, imported.briefing.statements.count()


def report(vendor, runs, statements):
    walls, cpus = [run[0] for run in runs], [run[1] for run in runs]
    servers = [run[2] for run in runs if run[2] is not None]
    print(f"{vendor}: {statements:,} statements, {len(runs)} imports, load average {os.getloadavg()[0]:.1f}")
    print("| | best | median |")
    print("| --- | ---: | ---: |")
    print(f"| wall ms | {min(walls) * 1000:.0f} | {statistics.median(walls) * 1000:.0f} |")
    print(f"| client CPU ms | {min(cpus) * 1000:.0f} | {statistics.median(cpus) * 1000:.0f} |")
    if vendor != "postgresql":
        print("| (SQLite runs inside the client: its CPU is the client's) | | |")
    elif len(servers) == len(runs):
        totals = [run[1] + run[2] for run in runs]
        print(f"| server CPU ms | {min(servers) * 1000:.0f} | {statistics.median(servers) * 1000:.0f} |")
        print(
            f"| client + server CPU ms | {min(totals) * 1000:.0f} | {statistics.median(totals) * 1000:.0f} |"
        )
        print(
            f"| statements/s by CPU | {statements / min(totals):,.0f} | {statements / statistics.median(totals):,.0f} |"
        )
    else:
        print("| server CPU ms | n/a | n/a |")
    print(
        f"| statements/s by wall | {statements / min(walls):,.0f} | {statements / statistics.median(walls):,.0f} |"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=5000, help="sentences in the document (5000)")
    parser.add_argument("--repeat", type=int, default=5, help="imports timed (5)")
    parser.add_argument("--profile", action="store_true", help="then profile one more import (cProfile)")
    parser.add_argument(
        "--template",
        help="PostgreSQL: import into a copy of this database (e.g. a bench archive), not an empty one",
    )
    args = parser.parse_args(argv)
    with throwaway_database(os.environ.get("DATABASE_URL", ""), args.template) as (url, directory):
        setup_django(url, directory)
        from django.db import connection

        text = document(args.statements)
        one_import(text, "bench-import-warm")  # caches and the connection warm
        runs = [one_import(text, f"bench-import-{number}") for number in range(args.repeat)]
        print(f"Python {platform.python_version()}")
        report(connection.vendor, runs, runs[0][3])
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(one_import, text, "bench-import-profiled")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        connection.close()


if __name__ == "__main__":
    main()
