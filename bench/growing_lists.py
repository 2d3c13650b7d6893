"""Time, in-process, the public pages whose cost grew with the archive (issue 17, part 4): the
sitemap, the front page, search and the API lists, each a miss of the public page cache, as a
ratio to the bare baseline view timed in the same run. Reads a database already filled by
`manage.py generate_bench_data` (default sizes), named by DATABASE_URL or FACTDESK_VAR_DIR as the
site reads it; DEBUG off.
Run by hand (see docs/benchmarks.md); it asserts nothing.

    FACTDESK_VAR_DIR=/tmp/bench-var .venv/bin/python bench/growing_lists.py [--repeat N]
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    "/bench/baseline/",
    "/sitemap.xml",
    "/",
    "/search/?q=unemployment",
    "/search/?q=unemployment+rose",
    "/api/v1/sources/",
    "/api/v1/statements/",
    "/api/v1/claimreviews/",
]


def setup():
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DJANGO_DEBUG": "0",
            "SECRET_KEY": "bench-" + "x" * 50,
            "ALLOWED_HOSTS": "testserver",
            "SECURE_SSL_REDIRECT": "0",
            "API_ANON_RATE": "1000000/second",
            "LOG_LEVEL": "ERROR",
        }
    )
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("collectstatic", interactive=False, verbosity=0)


def best_of(client, path, repeat):
    """The fastest of `repeat` requests (the first warms Python's caches), each a miss of the
    public page cache (emptied before it: this times the page, not the store), and its queries."""
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(repeat + 1):
        caches["pages"].clear()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            times.append(time.perf_counter() - started)
    return min(times[1:]), len(queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    setup()
    from django.db import connection
    from django.test import Client

    client = Client()
    results = {path: best_of(client, path, args.repeat) for path in PAGES}
    baseline = results[PAGES[0]][0]
    print(
        f"{connection.vendor}, best of {args.repeat}\n\n| page | ms | × baseline time | queries |\n|---|---:|---:|---:|"
    )
    for path, (seconds, queries) in results.items():
        print(f"| `{path}` | {seconds * 1000:.1f} | {seconds / baseline:,.0f} | {queries} |")


if __name__ == "__main__":
    main()
