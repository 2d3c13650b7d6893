"""The benchmark suite (issue 17): `make bench`. On a throwaway SQLite file and, when it answers,
a throwaway PostgreSQL database (created and dropped), it generates the bench data and prints one
table: import throughput, in-process render times and queries of every public page and API list,
and under load (wrk, or a Python fallback) requests/s and p50/p99 latency at 16 and 32 connections,
each as a ratio to a bare Django view measured in the same run, with the workers' memory after.
It asserts nothing; results go into docs/benchmarks.md with the command.

    .venv/bin/python bench/suite.py [--quick] [--no-postgresql] [--postgresql URL]
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

import loadtest
import report

HERE = Path(__file__).resolve().parent
POSTGRESQL = "postgres://postgres@127.0.0.1:5432/postgres"
DATABASE = "factdesk_bench_suite"
RUN_TIMEOUT = 30 * 60  # seconds for one database's run; the full one takes a few minutes


def postgresql_answers(url):
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


def _admin(url, statement):
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


def run(database_url, quick, directory, name):
    """measure.py on one database, in its own process; what it measured."""
    out = Path(directory) / f"{name}.json"
    command = [sys.executable, str(HERE / "measure.py"), database_url, str(out)]
    print(f"==> {name}: generating the bench data and measuring (a few minutes)", file=sys.stderr, flush=True)
    before = os.getloadavg()[0]
    subprocess.run(command + (["--quick"] if quick else []), check=True, timeout=RUN_TIMEOUT)
    return {**json.loads(out.read_text()), "load_average": (before, os.getloadavg()[0])}


def run_postgresql(admin_url, quick, directory):
    _admin(admin_url, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    _admin(admin_url, f"CREATE DATABASE {DATABASE}")
    try:
        return run(admin_url.rsplit("/", 1)[0] + f"/{DATABASE}", quick, directory, "PostgreSQL")
    finally:
        _admin(admin_url, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def machine(runs):
    tool = (
        "wrk " + subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split()[1]
        if loadtest.have_wrk()
        else "the Python load generator"
    )
    engines = "; ".join(
        f"{name}: {result['generated']['engine']}, load average {result['load_average'][0]:.1f} before and "
        f"{result['load_average'][1]:.1f} after"
        for name, result in runs.items()
    )
    return (
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; {engines}; gunicorn 2 sync workers, DEBUG off, load by {tool} "
        "(-t2, 16 and then 32 connections, 10 s each; the admin list also at an editor's desk, 2 and 4 "
        "connections, whose p50/p99 stand in the 16-connection columns)"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="a tenth of the data, 2-second loads: a smoke run"
    )
    parser.add_argument("--no-postgresql", action="store_true", help="SQLite only")
    parser.add_argument(
        "--postgresql",
        default=POSTGRESQL,
        help=f"a server to create the throwaway database on ({POSTGRESQL})",
    )
    args = parser.parse_args(argv)
    if not loadtest.have_wrk():
        print(loadtest.INSTALL_WRK, file=sys.stderr)
    runs = {}
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-suite-") as directory:
        runs["SQLite"] = run(
            f"sqlite:///{Path(directory) / 'bench.sqlite3'}", args.quick, directory, "SQLite"
        )
        if args.no_postgresql:
            pass
        elif postgresql_answers(args.postgresql):
            runs["PostgreSQL"] = run_postgresql(args.postgresql, args.quick, directory)
        else:
            print(f"PostgreSQL does not answer at {args.postgresql}: SQLite only.", file=sys.stderr)
    print(machine(runs) + "\n")
    print("\n".join(report.table(runs)))


if __name__ == "__main__":
    main()
