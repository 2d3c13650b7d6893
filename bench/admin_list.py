"""The admin claims list for the bench editor, on a database that already holds the bench data
(`manage.py generate_bench_data`; use a copy): its render time in-process (best and median wall
time, and this process's CPU time, which includes SQLite's work but not PostgreSQL's), then with
`--load`, requests/s, p50/p99 and the workers' CPU per request on gunicorn (2 sync workers) at an
editor's desk (2 and 4 connections) and at 16 (a stress figure), 10 s each.

    .venv/bin/python bench/admin_list.py DATABASE_URL VAR_DIRECTORY [--requests N] [--load]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402
import server  # noqa: E402

PATH = "/admin/factcheck/claim/"
CONNECTIONS = (*measure.DESK_CONNECTIONS, 16)


def in_process(editor, requests):
    """Best and median wall time, best CPU time, in ms, and the page's size."""
    from django.conf import settings
    from django.test.utils import override_settings

    walls, cpus = [], []
    with override_settings(CACHES={**settings.CACHES, "pages": {"BACKEND": measure.DUMMY_CACHE}}):
        editor.get(PATH)
        for _ in range(requests):
            wall, cpu = time.perf_counter(), time.process_time()
            response = editor.get(PATH)
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
    return min(walls), statistics.median(walls), min(cpus), len(response.content)


def under_load(env, directory, cookie, seconds):
    headers = (f"Cookie: sessionid={cookie}",)
    with open(Path(directory) / "gunicorn.log", "w") as log, server.gunicorn(env, directory, log=log) as site:
        measure.warm(site.base + PATH, headers)
        for connections in CONNECTIONS:
            load = measure.one_load(site, PATH, connections, seconds, headers, False)
            print(
                f"{connections:>2} connections: {load['requests_per_second']:.1f} requests/s, "
                f"p50 {load['p50_ms']:.1f} ms, p99 {load['p99_ms']:.1f} ms, "
                f"{load['cpu_ms']:.1f} ms of worker CPU per request, {load['errors']} errors",
                flush=True,
            )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database_url")
    parser.add_argument("directory", type=Path, help="a directory of its own (static files, the log)")
    parser.add_argument("--requests", type=int, default=15, help="in-process requests (15)")
    parser.add_argument("--load", action="store_true", help="also load it on gunicorn")
    parser.add_argument("--seconds", type=int, default=10, help="each load run (10)")
    args = parser.parse_args(argv)
    args.directory.mkdir(parents=True, exist_ok=True)
    env = measure.environment(args.directory, args.database_url)
    measure.setup(env)
    editor = measure.editor_client()
    best, median, cpu, size = in_process(editor, args.requests)
    print(f"in-process: best {best:.1f} ms, median {median:.1f} ms, CPU {cpu:.1f} ms; {size:,} bytes")
    if args.load:
        under_load(env, args.directory, editor.cookies["sessionid"].value, args.seconds)
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
