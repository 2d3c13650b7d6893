"""The API's lists without the public cache, on a database already filled by generate_bench_data:
in-process (best of 9, worker CPU and wall ms, queries; the page cache a dummy), then under load
on the bench's gunicorn (2 sync workers, DEBUG off), every request a miss (a new query string),
by the workers' CPU per request beside the bare Django view's. Run by hand (docs/benchmarks.md,
"The API without its cache"); it asserts nothing.

    .venv/bin/python bench/api_uncached.py DATABASE_URL [--seconds N] [--connections N ...] [PATH ...]
"""

import argparse
import tempfile
import time
from pathlib import Path

import measure
import server

PATHS = ["/api/v1/claims/?page_size=100", "/api/v1/claimreviews/", "/api/v1/statements/", "/api/v1/sources/"]


def in_process(paths, repeat=9):
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client()
    with override_settings(CACHES={**settings.CACHES, "pages": {"BACKEND": measure.DUMMY_CACHE}}):
        for path in paths:
            client.get(path)
            cpu, wall = [], []
            for _ in range(repeat):
                with CaptureQueriesContext(connection) as queries:
                    started, used = time.perf_counter(), time.process_time()
                    response = client.get(path)
                    cpu.append((time.process_time() - used) * 1000)
                    wall.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")
            print(f"in-process {path}: {min(wall):.1f} ms, CPU {min(cpu):.1f} ms, {len(queries)} queries")


def under_load(env, directory, paths, seconds, connections=(16,)):
    with open(Path(directory) / "gunicorn.log", "w") as log:
        with server.gunicorn(env, directory, settings="bench.settings_bare", log=log) as site:
            measure.warm(site.base + "/bench/baseline/", ())
            bare = measure.one_load(site, "/bench/baseline/", 16, seconds, (), False)
        print(f"bare Django: {bare['requests_per_second']:,.0f} req/s, CPU {bare['cpu_ms']:.2f} ms a request")
        with server.gunicorn(env, directory, log=log) as site:
            for path in paths:
                measure.warm(site.base + path, ())
                for count in connections:
                    _report(path, count, bare, measure.one_load(site, path, count, seconds, (), True))


def _report(path, connections, bare, cold):
    rate = cold["requests_per_second"]
    print(
        f"cold {path} @{connections}: {rate:,.0f} req/s ({rate / bare['requests_per_second']:.3f}×), CPU "
        f"{cold['cpu_ms']:.1f} ms a request ({bare['cpu_ms'] / cold['cpu_ms']:.3f}× by CPU), "
        f"p50 {cold['p50_ms']:,.1f} ms, p99 {cold['p99_ms']:,.1f} ms "
        f"({cold['p99_ms'] / cold['p50_ms']:.1f}×), errors {cold['errors']}"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database_url")
    parser.add_argument("paths", nargs="*", default=PATHS)
    parser.add_argument("--seconds", type=int, default=10, help="each load's length; 0: none")
    parser.add_argument(
        "--connections", type=int, nargs="+", default=[16], help="wrk's connections, a run each"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
        env = measure.environment(directory, args.database_url)
        measure.setup(env)  # migrate (the data stays) and collectstatic into the directory
        in_process(args.paths)
        if args.seconds:  # 0: in-process only
            under_load(env, directory, args.paths, args.seconds, args.connections)


if __name__ == "__main__":
    main()
